import { monthsOf, type Period } from './comparison-period.ts';
import { type ComparedFigures, compareFigures, NO_SALES, type SalesSums } from './sales-figures.ts';

/** One row as the database sums it: a key (null: orders without one, e.g. no region) and its sums in both periods. */
export interface SalesRowSums {
	key: string | null;
	current: SalesSums;
	/** Null when nothing is compared. */
	previous: SalesSums | null;
}

export interface SalesRow extends ComparedFigures {
	key: string | null;
}

/** A month of the period beside the month at the same place in the comparison period. */
export interface MonthRow extends SalesRow {
	key: string;
	/** The comparison period's month it stands beside ('YYYY-MM'); null when nothing is compared or it has fewer months. */
	previousMonth: string | null;
}

/** The rows with their figures and changes, in the order the database ranked them. */
export function summarizeSalesRows(rows: readonly SalesRowSums[]): SalesRow[] {
	return rows.map((r) => ({ key: r.key, ...compareFigures(r.current, r.previous) }));
}

/**
 * Every month of the period, with no sales as zeros, each beside the month at the same place in the
 * comparison period (March 2026 beside March 2025 for last year; beside the third month of the period
 * before for the previous period).
 */
export function compareMonths(period: Period, comparison: Period | null, current: ReadonlyMap<string, SalesSums>, previous: ReadonlyMap<string, SalesSums>): MonthRow[] {
	const before = comparison ? monthsOf(comparison.from, comparison.to) : [];
	return monthsOf(period.from, period.to).map((month, i) => {
		const previousMonth = comparison ? (before[i] ?? null) : null;
		const earlierSums = previousMonth === null ? NO_SALES : (previous.get(previousMonth) ?? NO_SALES);
		const earlier = comparison ? earlierSums : null;
		return { key: month, previousMonth, ...compareFigures(current.get(month) ?? NO_SALES, earlier) };
	});
}

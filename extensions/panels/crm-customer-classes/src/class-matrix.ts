/** Pure shaping of the ABC × XYZ matrix: one row per ABC class, one column per XYZ class, totals, and each cell's shade. */
import { formatMoneyLabel, formatPercent } from '@crm/studio';
import { ABC_CLASSES, type AbcClass, type MatrixCell, XYZ_CLASSES, type XyzClass } from './classes-overview.ts';
import { classLabel } from './class-label.ts';
import { compactMoney } from './compact-money.ts';

/** What a row or column header says under its letter. */
export const ABC_HINTS: Readonly<Record<AbcClass | 'none', string>> = { A: 'top revenue', B: 'middle', C: 'long tail', none: 'not classified' };
export const XYZ_HINTS: Readonly<Record<XyzClass | 'none', string>> = { X: 'steady', Y: 'fluctuating', Z: 'erratic', none: 'too little history' };

/** The palest and the strongest shade of a cell with revenue, in % of the theme's primary colour. */
/** Never so strong that the theme's text colour stops reading on it. */
export const TINT = { min: 6, max: 60 } as const;

export interface MatrixFigure {
	customers: number;
	/** Minor units of the base currency. */
	revenue: number;
	/** Share of all revenue in the matrix, "45.2 %"; "—" when there is none to share. */
	share: string;
	/** "1.2M EUR". */
	compact: string;
	/** "A · X: 12 customers · 1,234,567.89 EUR · 45.2 % of revenue" ("A · too little history: …" without an XYZ class). */
	title: string;
}

export interface MatrixShadedCell extends MatrixFigure {
	/** How much of the primary colour the cell is painted with (0–TINT.max), by its revenue against the largest cell's. */
	tint: number;
}

export interface MatrixRow {
	abc: AbcClass | null;
	label: string;
	hint: string;
	cells: MatrixShadedCell[];
	total: MatrixFigure;
}

export interface ClassMatrix {
	columns: { xyz: XyzClass | null; label: string; hint: string }[];
	rows: MatrixRow[];
	columnTotals: MatrixFigure[];
	total: MatrixFigure;
}

const COLUMNS: readonly (XyzClass | null)[] = [...XYZ_CLASSES, null];

interface Sum {
	customers: number;
	revenue: number;
}

function sumOf(cells: readonly MatrixCell[], keep: (cell: MatrixCell) => boolean): Sum {
	return cells.filter(keep).reduce((sum, c) => ({ customers: sum.customers + c.customers, revenue: sum.revenue + c.revenue }), { customers: 0, revenue: 0 });
}

/** A share of `total` in percent with one decimal: 4523 of 10000 → "45.2 %". */
export function revenueShare(revenue: number, total: number): string {
	return total > 0 ? formatPercent(Math.round((revenue * 1000) / total) * 10) : '—';
}

function figureOf(sum: Sum, what: string, totalRevenue: number, currency: string): MatrixFigure {
	const share = revenueShare(sum.revenue, totalRevenue);
	const customers = `${sum.customers} ${sum.customers === 1 ? 'customer' : 'customers'}`;
	const title = `${what}: ${customers} · ${formatMoneyLabel(sum.revenue, currency)}${share === '—' ? '' : ` · ${share} of revenue`}`;
	return { ...sum, share, compact: compactMoney(sum.revenue, currency), title };
}

/** A whole class in a total's title: "A (top revenue)", "Too little history" for no class. */
function groupName(value: string | null, hint: string): string {
	return value === null ? hint.charAt(0).toUpperCase() + hint.slice(1) : `${value} (${hint})`;
}

/** TINT.min for the smallest revenue up to TINT.max for the largest cell's; 0 for a cell without revenue. */
export function tintOf(revenue: number, largest: number): number {
	if (revenue <= 0 || largest <= 0) return 0;
	return Math.round(TINT.min + ((TINT.max - TINT.min) * revenue) / largest);
}

/**
 * Rows A, B, C (and "—" only when some customers have no ABC class), columns X, Y, Z and "—", the
 * customers and revenue of each cell, row and column totals, each cell shaded by its revenue.
 */
export function classMatrix(cells: readonly MatrixCell[], currency: string): ClassMatrix {
	const rowClasses: (AbcClass | null)[] = cells.some((c) => c.abc === null && c.customers > 0) ? [...ABC_CLASSES, null] : [...ABC_CLASSES];
	const total = sumOf(cells, () => true);
	const largest = Math.max(0, ...cells.map((c) => c.revenue));
	const figure = (keep: (c: MatrixCell) => boolean, what: string) => figureOf(sumOf(cells, keep), what, total.revenue, currency);
	const rows = rowClasses.map((abc): MatrixRow => {
		const rowCells = COLUMNS.map((xyz) => {
			const f = figure((c) => c.abc === abc && c.xyz === xyz, `${abc ?? 'Not classified'} · ${xyz ?? 'too little history'}`);
			return { ...f, tint: tintOf(f.revenue, largest) };
		});
		return { abc, label: classLabel(abc), hint: ABC_HINTS[abc ?? 'none'], cells: rowCells, total: figure((c) => c.abc === abc, groupName(abc, ABC_HINTS[abc ?? 'none'])) };
	});
	return {
		columns: COLUMNS.map((xyz) => ({ xyz, label: classLabel(xyz), hint: XYZ_HINTS[xyz ?? 'none'] })),
		rows,
		columnTotals: COLUMNS.map((xyz) => figure((c) => c.xyz === xyz, groupName(xyz, XYZ_HINTS[xyz ?? 'none']))),
		total: figureOf(total, 'All customers', total.revenue, currency),
	};
}

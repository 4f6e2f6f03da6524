import type { CommissionLine, CommissionLinePart } from './commission-line.ts';

/** A stored statement line as far as its totals go. */
export interface StatementLineAmounts {
	kind: CommissionLine['kind'];
	/** What the line pays, after the cap. */
	commissionMinor: number;
	/** What the line earns before the cap; null on lines stored before it was kept (taken as what it pays). */
	uncappedMinor: number | null;
}

/** What a statement adds up to, as a rep checks it: earned − clawed back − above the cap = payable. */
export interface CommissionStatementTotals {
	/** What the paid invoices earn before the cap. */
	earnedMinor: number;
	/** What the credit notes take back before the cap, as a positive amount. */
	clawedBackMinor: number;
	/** What the cap kept from being paid (negative when a clawback after the cap took back less than it earned back). */
	cappedMinor: number;
	/** What the statement pays: the sum of the lines' commission. */
	payableMinor: number;
}

/**
 * S6.3: the totals of a statement from its lines, adding up to the minor unit by construction: the part
 * above the cap is what the lines earned before it less what they pay, so no rounding can open a gap.
 */
export function totalCommissionStatement(lines: readonly StatementLineAmounts[]): CommissionStatementTotals {
	let earnedMinor = 0;
	let clawedBackMinor = 0;
	let payableMinor = 0;
	for (const line of lines) {
		const uncapped = line.uncappedMinor ?? line.commissionMinor;
		if (line.kind === 'credit_note') clawedBackMinor -= uncapped;
		else earnedMinor += uncapped;
		payableMinor += line.commissionMinor;
	}
	return { earnedMinor, clawedBackMinor, cappedMinor: earnedMinor - clawedBackMinor - payableMinor, payableMinor };
}

/** The rates a line was paid at: the lowest and, when it crossed a tier, the highest; nulls for a line of no basis. */
export function lineRates(parts: readonly CommissionLinePart[]): { rateBp: number | null; topRateBp: number | null } {
	if (parts.length === 0) return { rateBp: null, topRateBp: null };
	const rates = parts.map((p) => p.rateBp);
	const low = Math.min(...rates);
	const high = Math.max(...rates);
	return { rateBp: low, topRateBp: high === low ? null : high };
}

import { changeBp, type ComparedFigures, compareFigures, NO_SALES, ratio, type SalesSums } from './sales-figures.ts';

/** Proposals issued in a period by their outcome so far. Drafts were never offered and are not counted. */
export interface ProposalCounts {
	accepted: number;
	rejected: number;
	expired: number;
	/** Sent and not yet decided: not part of the conversion. */
	open: number;
}

/** What the database counts for one rep (null: orders, proposals or activities without a rep) in one period. */
export interface RepPeriodSums {
	sales: SalesSums;
	proposals: ProposalCounts;
	/** Calls, meetings, e-mails, visits… the rep logged; the CRM's own system entries are not activities. */
	activities: number;
}

export interface RepSums {
	rep: string | null;
	current: RepPeriodSums;
	/** Null when nothing is compared. */
	previous: RepPeriodSums | null;
}

export interface RepPeriodFigures {
	proposals: ProposalCounts;
	/** Accepted ÷ (accepted + rejected + expired), basis points; null when none was decided. */
	conversionBp: number | null;
	activities: number;
	/** Activities ÷ orders won (orders that count), in thousandths (2500 = 2.5); null without orders. */
	activitiesPerOrderMilli: number | null;
}

export interface RepRow extends ComparedFigures, RepPeriodFigures {
	rep: string | null;
	previousActivity: RepPeriodFigures | null;
	/** Conversion now minus before, basis points; null where either is none. */
	conversionChangeBp: number | null;
	activitiesGrowthBp: number | null;
}

export const NO_PROPOSALS: ProposalCounts = { accepted: 0, rejected: 0, expired: 0, open: 0 };
export const NO_REP_SUMS: RepPeriodSums = { sales: NO_SALES, proposals: NO_PROPOSALS, activities: 0 };

export function repPeriodFigures(sums: RepPeriodSums): RepPeriodFigures {
	const { accepted, rejected, expired } = sums.proposals;
	return { proposals: sums.proposals, conversionBp: ratio(accepted, accepted + rejected + expired, 10_000), activities: sums.activities, activitiesPerOrderMilli: ratio(sums.activities, sums.sales.orders, 1_000) };
}

function repRow(sums: RepSums): RepRow {
	const now = repPeriodFigures(sums.current);
	const before = sums.previous ? repPeriodFigures(sums.previous) : null;
	const conversionChangeBp = before && now.conversionBp !== null && before.conversionBp !== null ? now.conversionBp - before.conversionBp : null;
	return { rep: sums.rep, ...compareFigures(sums.current.sales, sums.previous?.sales ?? null), ...now, previousActivity: before, conversionChangeBp, activitiesGrowthBp: before ? changeBp(now.activities, before.activities) : null };
}

/** The leaderboard: every rep with figures in either period, by revenue (then margin, then the comparison period's revenue). */
export function repLeaderboard(reps: readonly RepSums[]): RepRow[] {
	const rows = reps.map(repRow);
	const keyOf = (r: RepRow) => r.rep ?? '~'; // no rep last among equals
	const byKey = (a: RepRow, b: RepRow) => Number(keyOf(a) > keyOf(b)) - Number(keyOf(a) < keyOf(b));
	return rows.sort((a, b) => b.revenue - a.revenue || b.margin - a.margin || (b.previous?.revenue ?? 0) - (a.previous?.revenue ?? 0) || byKey(a, b));
}

/** One rep's part as the database sums it separately: orders, proposals or activities, in the period and the comparison period. */
export type RepPart = { rep: string | null } & (
	| { part: 'sales'; current: SalesSums; previous: SalesSums }
	| { part: 'proposals'; current: ProposalCounts; previous: ProposalCounts }
	| { part: 'activities'; current: number; previous: number }
);

/** Puts the separately summed parts of each rep together (a part a rep lacks is zero); `compared` false leaves `previous` out. */
export function mergeRepSums(compared: boolean, parts: readonly RepPart[]): RepSums[] {
	const byRep = new Map<string | null, RepSums>();
	for (const p of parts) {
		const row = byRep.get(p.rep) ?? { rep: p.rep, current: { ...NO_REP_SUMS }, previous: compared ? { ...NO_REP_SUMS } : null };
		row.current = { ...row.current, [p.part]: p.current };
		if (row.previous) row.previous = { ...row.previous, [p.part]: p.previous };
		byRep.set(p.rep, row);
	}
	return [...byRep.values()];
}

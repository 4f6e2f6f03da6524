import { divideAndRound } from '../money/divide-and-round.ts';

/** An opportunity as the KPIs count it, its amount in the base currency; instants as ISO text. */
export interface KpiDeal {
	id: string;
	ownerId: string | null;
	status: 'open' | 'won' | 'lost';
	amountBase: number;
	openedAt: string;
	closedAt: string | null;
	expectedClose: string;
	/** The stages it visited, in order, by their place in the pipeline (sort). */
	visitedSorts: number[];
}

/** Who the figures are of: a rep (their deals) or a team (its reps' deals). */
export interface KpiGroup {
	kind: 'rep' | 'team' | 'total';
	id: string | null;
	name: string;
	ownerIds: readonly string[] | null;
	/** What is left of their revenue plans running on the day (target − actual), in minor units; null without a plan. */
	planRemaining: number | null;
	/** Until when those plans run: open deals expected to close by then cover them. */
	planEnd: string | null;
}

export interface SalesKpis {
	kind: KpiGroup['kind'];
	id: string | null;
	name: string;
	won: number;
	lost: number;
	/** Won ÷ (won + lost) of the deals closed in the period, in basis points; null when none closed. */
	winRateBp: number | null;
	wonAmount: number;
	/** The average won deal, half up; null without one. */
	averageDeal: number | null;
	/** Days from opening to winning, on average, in hundredths of a day; null without a won deal. */
	cycleCentidays: number | null;
	/** Open deals expected to close by the plan's end. */
	pipeline: number;
	planRemaining: number | null;
	/** Pipeline ÷ what is left of the plan, in basis points (30000 = covered three times); null without a plan left. */
	coverageBp: number | null;
}

export interface StageConversion {
	sort: number;
	/** Closed deals that reached this stage. */
	entered: number;
	/** Of them, the ones that went on to a later stage or were won. */
	advanced: number;
	conversionBp: number | null;
}

const ratioBp = (part: number | bigint, whole: number | bigint) => (BigInt(whole) === 0n ? null : Number(divideAndRound(BigInt(part) * 10_000n, BigInt(whole), 'half-up')));
const inPeriod = (instant: string | null, from: string, to: string) => instant !== null && instant.slice(0, 10) >= from && instant.slice(0, 10) <= to;

/**
 * S6.11 — a group's sales KPIs over the deals closed in a period: win rate, the average won deal, the sales cycle
 * (opening to winning), and how well the open pipeline covers what is left of their plan. Exact integers, each
 * ratio rounded once, half up.
 */
export function computeSalesKpis(deals: readonly KpiDeal[], group: KpiGroup, period: { from: string; to: string }): SalesKpis {
	const mine = group.ownerIds === null ? deals : deals.filter((d) => d.ownerId !== null && group.ownerIds!.includes(d.ownerId));
	const won = mine.filter((d) => d.status === 'won' && inPeriod(d.closedAt, period.from, period.to));
	const lost = mine.filter((d) => d.status === 'lost' && inPeriod(d.closedAt, period.from, period.to));
	const wonAmount = won.reduce((s, d) => s + d.amountBase, 0);
	const cycleMs = won.reduce((s, d) => s + BigInt(Date.parse(d.closedAt!) - Date.parse(d.openedAt)), 0n);
	const pipeline = mine.filter((d) => d.status === 'open' && (group.planEnd === null || d.expectedClose <= group.planEnd)).reduce((s, d) => s + d.amountBase, 0);
	return {
		kind: group.kind,
		id: group.id,
		name: group.name,
		won: won.length,
		lost: lost.length,
		winRateBp: ratioBp(won.length, won.length + lost.length),
		wonAmount,
		averageDeal: won.length === 0 ? null : Number(divideAndRound(BigInt(wonAmount), BigInt(won.length), 'half-up')),
		cycleCentidays: won.length === 0 ? null : Number(divideAndRound(cycleMs * 100n, BigInt(won.length) * 86_400_000n, 'half-up')),
		pipeline,
		planRemaining: group.planRemaining,
		coverageBp: group.planRemaining !== null && group.planRemaining > 0 ? ratioBp(pipeline, group.planRemaining) : null,
	};
}

/**
 * S6.11 — conversion by stage over the deals closed in a period: of those that reached a stage, how many went on
 * to a later one or were won. Closed deals only, so a deal still on its way does not count as stuck.
 */
export function convertByStage(deals: readonly KpiDeal[], openSorts: readonly number[], period: { from: string; to: string }): StageConversion[] {
	const closed = deals.filter((d) => d.status !== 'open' && inPeriod(d.closedAt, period.from, period.to));
	return [...openSorts].sort((a, b) => a - b).map((sort) => {
		const entered = closed.filter((d) => d.visitedSorts.includes(sort));
		const advanced = entered.filter((d) => d.status === 'won' || d.visitedSorts.some((s) => s > sort && openSorts.includes(s)));
		return { sort, entered: entered.length, advanced: advanced.length, conversionBp: ratioBp(advanced.length, entered.length) };
	});
}

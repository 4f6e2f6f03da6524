import { formatBp } from '../profitability/describe-amounts.ts';
import { ACTIVITY_MEASURES, type ActivityMeasure, type ActivityTarget } from './activity-target.ts';
import type { CalendarWeek } from './calendar-week.ts';

export type ActivityCounts = Record<ActivityMeasure, number>;

export interface ActivityFacts {
	week: CalendarWeek;
	reps: readonly { id: string; name: string; teamId: string | null }[];
	teams: readonly { id: string; name: string }[];
	targets: readonly ActivityTarget[];
	/** Interactions of the reps: their type and the day they occurred on (in the CRM's days). */
	interactions: readonly { repId: string; type: string; day: string }[];
	/** Proposals (quotes) by their owner and the day they were created. */
	quotes: readonly { ownerId: string; day: string }[];
}

export interface MeasureAttainment {
	target: number | null;
	actual: number;
	/** Actual of target in basis points, rounded down; null without a target (or a target of 0). */
	attainmentBp: number | null;
}

export interface ActivityRow {
	id: string;
	name: string;
	teamId: string | null;
	targetId: string | null;
	measures: Record<ActivityMeasure, MeasureAttainment>;
	sentence: string;
}

const UNIT: Record<ActivityMeasure, [string, string]> = { calls: ['call', 'calls'], visits: ['visit', 'visits'], proposals: ['proposal', 'proposals'] };
const inWeek = (week: CalendarWeek, day: string) => day >= week.monday && day <= week.sunday;
const validIn = (t: ActivityTarget, week: CalendarWeek) => t.validFrom <= week.sunday && (t.validTo === null || t.validTo >= week.monday);

/** The rep's own target valid in the week, else their team's; of several, the one that started last. */
function targetOf(facts: ActivityFacts, repId: string, teamId: string | null): ActivityTarget | null {
	const valid = facts.targets.filter((t) => validIn(t, facts.week)).sort((a, b) => b.validFrom.localeCompare(a.validFrom));
	return valid.find((t) => t.repId === repId) ?? valid.find((t) => teamId !== null && t.teamId === teamId) ?? null;
}

function countsOf(facts: ActivityFacts, repId: string): ActivityCounts {
	const mine = facts.interactions.filter((i) => i.repId === repId && inWeek(facts.week, i.day));
	return {
		calls: mine.filter((i) => i.type === 'call').length,
		visits: mine.filter((i) => i.type === 'visit').length,
		proposals: facts.quotes.filter((q) => q.ownerId === repId && inWeek(facts.week, q.day)).length,
	};
}

function measure(target: number | null, actual: number): MeasureAttainment {
	return { target, actual, attainmentBp: target ? Math.floor((actual * 10000) / target) : null };
}

function sentence(name: string, week: CalendarWeek, m: Record<ActivityMeasure, MeasureAttainment>): string {
	const parts = ACTIVITY_MEASURES.map((k) => {
		const { target, actual, attainmentBp } = m[k];
		const [one, many] = UNIT[k];
		if (target === null) return `${actual} ${actual === 1 ? one : many} (no target)`;
		return `${actual} of ${target} ${target === 1 ? one : many}${attainmentBp === null ? '' : ` (${formatBp(attainmentBp)})`}`;
	});
	return `${name} in ${week.label} (${week.monday} to ${week.sunday}): ${parts.join(', ')}.`;
}

function row(id: string, name: string, teamId: string | null, target: Pick<ActivityTarget, ActivityMeasure> | null, targetId: string | null, counts: ActivityCounts, week: CalendarWeek): ActivityRow {
	const measures = Object.fromEntries(ACTIVITY_MEASURES.map((k) => [k, measure(target ? target[k] : null, counts[k])])) as Record<ActivityMeasure, MeasureAttainment>;
	return { id, name, teamId, targetId, measures, sentence: sentence(name, week, measures) };
}

const sum = (rows: ActivityRow[], k: ActivityMeasure, part: 'target' | 'actual') => rows.reduce((n, r) => n + (r.measures[k][part] ?? 0), 0);

/** A team: its members' targets and actuals added up (a member without a target adds activity, not target). */
function teamRow(team: { id: string; name: string }, members: ActivityRow[], week: CalendarWeek): ActivityRow {
	const hasTarget = members.some((r) => r.targetId !== null);
	const target = hasTarget ? (Object.fromEntries(ACTIVITY_MEASURES.map((k) => [k, sum(members, k, 'target')])) as ActivityCounts) : null;
	const counts = Object.fromEntries(ACTIVITY_MEASURES.map((k) => [k, sum(members, k, 'actual')])) as ActivityCounts;
	return row(team.id, team.name, team.id, target, null, counts, week);
}

/**
 * S6.2 — activity against target per rep and team for one ISO week (Monday to Sunday): calls and visits are
 * the rep's interactions of that type in the week, proposals the quotes the rep owns created in the week.
 * A rep's own target wins over the team's; a team adds up its reps.
 */
export function computeActivityAttainment(facts: ActivityFacts): { reps: ActivityRow[]; teams: ActivityRow[] } {
	const reps = facts.reps.map((r) => {
		const target = targetOf(facts, r.id, r.teamId);
		return row(r.id, r.name, r.teamId, target, target?.id ?? null, countsOf(facts, r.id), facts.week);
	});
	const teams = facts.teams.map((t) => teamRow(t, reps.filter((r) => r.teamId === t.id), facts.week));
	return { reps, teams };
}

import type { BusinessCalendar } from '../business-time/business-calendar.ts';
import { businessMinutesBetween } from '../business-time/business-minutes-between.ts';
import { SERVICE_PRIORITIES, type ServicePriority } from '../service-routing/service-priority.ts';
import type { ClockPause } from './request-clock.ts';

/** An open request as the backlog counts it. */
export interface OpenRequestFacts {
	priority: ServicePriority | null;
	firstResponseAt: string | null;
	responseDueAt: string | null;
	resolutionDueAt: string | null;
}

/** A resolved request as the response and resolution times count it. */
export interface ResolvedRequestFacts {
	teamId: string | null;
	createdAt: string;
	firstResponseAt: string | null;
	resolvedAt: string;
	pauses: readonly ClockPause[];
	calendar: BusinessCalendar;
}

export interface SlaComplianceSummary {
	/** Most urgent first. */
	openByPriority: { priority: ServicePriority; open: number; breached: number }[];
	openTotal: number;
	breachedOpen: number;
	/** 0..1 */
	breachedShare: number;
	/** By week, then team id; means in business minutes to one decimal, null without a request. */
	weeks: { week: string; weekStart: string; teamId: string | null; resolved: number; meanFirstResponseMinutes: number | null; meanResolutionMinutes: number | null }[];
}

/** ISO 8601 week ('2026-W48') of an instant and its Monday, in UTC. */
export function isoWeekOf(instant: string): { week: string; start: string } {
	const d = new Date(instant);
	const monday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - ((d.getUTCDay() + 6) % 7)));
	const thursday = new Date(monday.getTime() + 3 * 86_400_000);
	const week = Math.floor((thursday.getTime() - Date.UTC(thursday.getUTCFullYear(), 0, 1)) / 86_400_000 / 7) + 1;
	return { week: `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`, start: monday.toISOString().slice(0, 10) };
}

/** Overdue now: no first response by its deadline, or not resolved by its deadline. */
function breachedAt(r: OpenRequestFacts, now: number): boolean {
	const over = (due: string | null) => due !== null && Date.parse(due) < now;
	return (r.firstResponseAt === null && over(r.responseDueAt)) || over(r.resolutionDueAt);
}

const mean = (xs: readonly number[]) => (xs.length === 0 ? null : Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10);

/**
 * The SLA compliance and backlog figures: open requests by priority and how many are overdue, and per
 * ISO week of resolution and team the mean business time to first response and to resolution. Time
 * waiting for the customer does not count; for resolution neither does time between a resolution and
 * its reopening.
 */
export function summarizeSlaCompliance(open: readonly OpenRequestFacts[], resolved: readonly ResolvedRequestFacts[], now: string): SlaComplianceSummary {
	const nowMs = Date.parse(now);
	const openByPriority = [...SERVICE_PRIORITIES].reverse().map((priority) => {
		const of = open.filter((r) => (r.priority ?? 'normal') === priority);
		return { priority, open: of.length, breached: of.filter((r) => breachedAt(r, nowMs)).length };
	});
	const breachedOpen = openByPriority.reduce((sum, p) => sum + p.breached, 0);

	const groups = new Map<string, { week: string; weekStart: string; teamId: string | null; resolved: number; response: number[]; resolution: number[] }>();
	for (const r of resolved) {
		const { week, start } = isoWeekOf(r.resolvedAt);
		const key = `${week}|${r.teamId ?? ''}`;
		const group = groups.get(key) ?? { week, weekStart: start, teamId: r.teamId, resolved: 0, response: [], resolution: [] };
		group.resolved += 1;
		const customerPauses = r.pauses.filter((p) => p.kind === 'customer').map(({ from, to }) => ({ from, to }));
		if (r.firstResponseAt !== null && r.firstResponseAt >= r.createdAt) group.response.push(businessMinutesBetween(r.createdAt, r.firstResponseAt, r.calendar, customerPauses));
		if (r.resolvedAt >= r.createdAt) group.resolution.push(businessMinutesBetween(r.createdAt, r.resolvedAt, r.calendar, r.pauses.map(({ from, to }) => ({ from, to: to ?? r.resolvedAt }))));
		groups.set(key, group);
	}
	return {
		openByPriority,
		openTotal: open.length,
		breachedOpen,
		breachedShare: open.length === 0 ? 0 : breachedOpen / open.length,
		weeks: [...groups.values()]
			.sort((a, b) => a.week.localeCompare(b.week) || (a.teamId ?? '').localeCompare(b.teamId ?? ''))
			.map((g) => ({ week: g.week, weekStart: g.weekStart, teamId: g.teamId, resolved: g.resolved, meanFirstResponseMinutes: mean(g.response), meanResolutionMinutes: mean(g.resolution) })),
	};
}

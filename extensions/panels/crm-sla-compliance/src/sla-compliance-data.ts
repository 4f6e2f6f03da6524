/** Pure data shaping of the SLA compliance panel: the query, the API answer, the headline and the chart series. */

export type Priority = 'urgent' | 'high' | 'normal' | 'low';

/** Most urgent first: the order of the backlog bars. */
export const PRIORITIES: readonly Priority[] = ['urgent', 'high', 'normal', 'low'];

export const PRIORITY_LABELS: Record<Priority, string> = { urgent: 'Urgent', high: 'High', normal: 'Normal', low: 'Low' };

export interface PriorityBacklog {
	priority: Priority;
	open: number;
	breached: number;
}

export interface WeekRow {
	/** ISO week, "2026-W47". */
	week: string;
	/** Its Monday, "2026-11-16". */
	weekStart: string;
	team: { id: string | number; name: string } | null;
	resolved: number;
	/** Business minutes; null when nothing was answered / resolved that week. */
	meanFirstResponseMinutes: number | null;
	meanResolutionMinutes: number | null;
}

export interface ComplianceView {
	generatedAt: string | null;
	/** One entry per priority, most urgent first (0 for a priority the answer leaves out). */
	openByPriority: PriorityBacklog[];
	openTotal: number;
	breachedOpen: number;
	/** 0..1: share of the open requests with a breached target. */
	breachedShare: number;
	weeks: WeekRow[];
}

export const DEFAULT_WEEKS = 8;
export const MAX_WEEKS = 52;

export const NO_TEAM_LABEL = 'No team';

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function count(value: unknown): number {
	const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	return typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.trunc(n) : 0;
}

function minutesOrNull(value: unknown): number | null {
	const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : null;
}

/** The `weeks` option as a whole number from 1 to 52 (default 8). */
export function normalizeWeeks(weeks: unknown): number {
	const n = typeof weeks === 'string' && weeks.trim() !== '' ? Number(weeks) : weeks;
	if (typeof n !== 'number' || !Number.isFinite(n) || n < 1) return DEFAULT_WEEKS;
	return Math.min(Math.trunc(n), MAX_WEEKS);
}

/** The query of GET /crm/service/sla-compliance. */
export function complianceQuery(weeks: unknown): { weeks: number } {
	return { weeks: normalizeWeeks(weeks) };
}

/**
 * Reads `{ data: { generated_at, open_by_priority, open_total, breached_open, breached_share, weeks } }`;
 * null when the shape is not that. Totals the answer leaves out are summed from the priorities; a
 * missing share is breached / open.
 */
export function fromComplianceResponse(body: unknown): ComplianceView | null {
	const data = isObject(body) && isObject(body['data']) ? body['data'] : null;
	if (!data || !Array.isArray(data['open_by_priority'])) return null;
	const openByPriority = backlogByPriority(data['open_by_priority'] as unknown[]);
	const summedOpen = openByPriority.reduce((sum, r) => sum + r.open, 0);
	const summedBreached = openByPriority.reduce((sum, r) => sum + r.breached, 0);
	const openTotal = data['open_total'] === undefined || data['open_total'] === null ? summedOpen : count(data['open_total']);
	const breachedOpen = data['breached_open'] === undefined || data['breached_open'] === null ? summedBreached : count(data['breached_open']);
	const weeks: WeekRow[] = (Array.isArray(data['weeks']) ? (data['weeks'] as unknown[]) : []).filter(isObject).flatMap((row) => toWeekRow(row) ?? []);
	return { generatedAt: typeof data['generated_at'] === 'string' ? data['generated_at'] : null, openByPriority, openTotal, breachedOpen, breachedShare: shareOf(data['breached_share'], breachedOpen, openTotal), weeks };
}

/** Open and breached per priority, every priority present, breached never above open. */
function backlogByPriority(rows: readonly unknown[]): PriorityBacklog[] {
	const byPriority = new Map<Priority, PriorityBacklog>(PRIORITIES.map((p) => [p, { priority: p, open: 0, breached: 0 }]));
	for (const row of rows) {
		if (!isObject(row) || !PRIORITIES.includes(row['priority'] as Priority)) continue;
		const entry = byPriority.get(row['priority'] as Priority)!;
		entry.open += count(row['open']);
		entry.breached += count(row['breached']);
	}
	return PRIORITIES.map((p) => {
		const entry = byPriority.get(p)!;
		return { ...entry, breached: Math.min(entry.breached, entry.open) };
	});
}

/** The breached share as sent (held to 0–1), else breached / open. */
function shareOf(raw: unknown, breachedOpen: number, openTotal: number): number {
	const share = typeof raw === 'string' ? Number(raw) : raw;
	if (typeof share === 'number' && Number.isFinite(share)) return Math.min(1, Math.max(0, share));
	return openTotal === 0 ? 0 : Math.min(1, breachedOpen / openTotal);
}

/** One week of one team; null without a week. */
function toWeekRow(row: Record<string, unknown>): WeekRow | null {
	const week = typeof row['week'] === 'string' ? row['week'] : '';
	if (week === '') return null;
	const rawTeam = row['team'];
	const team = isObject(rawTeam) && (typeof rawTeam['id'] === 'string' || typeof rawTeam['id'] === 'number') ? rawTeam : null;
	return {
		week,
		weekStart: typeof row['week_start'] === 'string' ? row['week_start'] : '',
		team: team ? { id: team['id'] as string | number, name: typeof team['name'] === 'string' && team['name'] !== '' ? team['name'] : String(team['id']) } : null,
		resolved: count(row['resolved']),
		meanFirstResponseMinutes: minutesOrNull(row['mean_first_response_minutes']),
		meanResolutionMinutes: minutesOrNull(row['mean_resolution_minutes']),
	};
}

/** A share as a whole percentage: 0.125 → "13 %"; "< 1 %" and "> 99 %" rather than 0 % or 100 % when it is neither. */
export function formatShare(share: number): string {
	if (!Number.isFinite(share) || share <= 0) return '0 %';
	if (share >= 1) return '100 %';
	const percent = Math.round(share * 100);
	if (percent === 0) return '< 1 %';
	if (percent === 100) return '> 99 %';
	return `${percent} %`;
}

/** "42 open · 12 % breached". */
export function headlineText(view: Pick<ComplianceView, 'openTotal' | 'breachedShare'>): string {
	return `${view.openTotal} open · ${formatShare(view.breachedShare)} breached`;
}

export interface BacklogSeries {
	categories: string[];
	/** Open requests with a breached target, per priority. */
	breached: number[];
	/** Open requests still within their targets, per priority. */
	within: number[];
}

/** The stacked bars of the backlog: one bar per priority, most urgent first. */
export function backlogSeries(view: Pick<ComplianceView, 'openByPriority'>): BacklogSeries {
	return {
		categories: view.openByPriority.map((r) => PRIORITY_LABELS[r.priority]),
		breached: view.openByPriority.map((r) => r.breached),
		within: view.openByPriority.map((r) => Math.max(0, r.open - r.breached)),
	};
}

/** Business minutes as hours with one decimal (150 → 2.5); null stays null. */
export function toHours(minutes: number | null): number | null {
	return minutes === null ? null : Math.round(minutes / 6) / 10;
}

/** "2.5 h", "–" for none. */
export function formatHours(hours: number | null): string {
	return hours === null ? '–' : `${hours.toFixed(1)} h`;
}

export type TimeMetric = 'firstResponse' | 'resolution';

export const METRIC_LABELS: Record<TimeMetric, string> = { firstResponse: 'first response', resolution: 'resolution' };

export interface TimeSeries {
	name: string;
	team: string;
	/** Index into `teams`. */
	teamIndex: number;
	metric: TimeMetric;
	/** Hours per week (in `weeks` order); null where the team had nothing that week. */
	data: (number | null)[];
}

export interface TimesChartData {
	/** ISO weeks, oldest first. */
	weeks: string[];
	/** Axis labels: "W47", or "2026-W47" when the weeks span two years. */
	categories: string[];
	/** Monday of each week, "2026-11-16" ('' when the answer leaves it out). */
	weekStarts: string[];
	/** Per team (by name, "No team" last): its first-response series, then its resolution series. */
	series: TimeSeries[];
	/** The teams in series order, with the requests each resolved per week (in `weeks` order). */
	teams: { name: string; resolved: number[] }[];
}

/** "2026-W47" → "W47". */
function shortWeek(week: string): string {
	const m = /^\d{4}-(W\d{1,2})$/.exec(week);
	return m ? m[1]! : week;
}

/** Teams by name (then id), the requests without a team last. */
function compareTeams([a, aName]: [string, string], [b, bName]: [string, string]): number {
	if ((a === '') !== (b === '')) return a === '' ? 1 : -1;
	return aName.localeCompare(bName) || a.localeCompare(b);
}

/** One team's line of one metric, in hours per week (null where the team resolved nothing that week). */
function metricSeries(team: string, teamIndex: number, metric: 'firstResponse' | 'resolution', rows: readonly (WeekRow | null)[]): TimeSeries {
	const data = rows.map((row) => (row ? toHours(metric === 'firstResponse' ? row.meanFirstResponseMinutes : row.meanResolutionMinutes) : null));
	return { name: `${team} · ${METRIC_LABELS[metric]}`, team, teamIndex, metric, data };
}

/** The lines of mean first-response and resolution time (hours) per team per week. */
export function timesChartData(view: Pick<ComplianceView, 'weeks'>): TimesChartData {
	const weekStarts = new Map<string, string>();
	for (const row of view.weeks) if (!weekStarts.has(row.week) || weekStarts.get(row.week) === '') weekStarts.set(row.week, row.weekStart);
	const weeks = [...weekStarts.keys()].sort();
	const years = new Set(weeks.map((w) => w.slice(0, 4)));

	const teamNames = new Map<string, string>();
	for (const row of view.weeks) teamNames.set(row.team === null ? '' : String(row.team.id), row.team === null ? NO_TEAM_LABEL : row.team.name);
	const teams = [...teamNames.entries()].sort(compareTeams);

	const series: TimeSeries[] = [];
	const teamRows: TimesChartData['teams'] = [];
	for (const [teamKey, teamName] of teams) {
		const rows = view.weeks.filter((r) => (r.team === null ? '' : String(r.team.id)) === teamKey);
		const at = (week: string) => rows.find((r) => r.week === week) ?? null;
		series.push(...(['firstResponse', 'resolution'] as const).map((metric) => metricSeries(teamName, teamRows.length, metric, weeks.map(at))));
		teamRows.push({ name: teamName, resolved: weeks.map((w) => at(w)?.resolved ?? 0) });
	}

	return {
		weeks,
		categories: years.size > 1 ? weeks : weeks.map(shortWeek),
		weekStarts: weeks.map((w) => weekStarts.get(w) ?? ''),
		series,
		teams: teamRows,
	};
}

/** True when no week has a mean time to draw. */
export function hasTimes(data: TimesChartData): boolean {
	return data.series.some((s) => s.data.some((v) => v !== null));
}

/**
 * Pure logic of the service request interface: reading GET /crm/service/requests/:id/overview and
 * turning it into the rows the interface shows (SLA clocks, service-map steps, routing decisions).
 */
import { formatMinutes } from '../../crm-sla-countdown/src/sla-countdown.ts';

export type SlaState = 'ok' | 'warning' | 'breached' | 'paused' | 'met' | 'missed';
export type OverallState = SlaState | 'none';
export type StepStatus = 'done' | 'late' | 'pending' | 'overdue' | 'waiting';
export type StepKind = 'first_response' | 'dedicated_engineer' | 'call_back' | 'resolution' | 'survey';
export type DecisionKind = 'intake' | 'reroute' | 'escalation' | 'manual';
export type CandidateOutcome =
	| 'chosen'
	| 'higher_load'
	| 'lost_round_robin'
	| 'inactive'
	| 'other_team'
	| 'missing_skill'
	| 'skill_too_low'
	| 'absent'
	| 'not_available'
	| 'over_capacity';

export interface Named {
	id: string | number;
	name: string;
}

export interface SlaView {
	target_minutes: number;
	deadline: string | null;
	warn_at: string | null;
	elapsed_minutes: number;
	remaining_minutes: number;
	percent_used: number;
	state: SlaState;
}

export interface ServiceStep {
	step_id: string | number;
	kind: StepKind | string;
	name: string;
	due_at: string | null;
	done_at: string | null;
	status: StepStatus;
	detail: string;
}

export interface ClassificationTrace {
	rule_code: string;
	rule_name: string;
	outcome: string;
	detail: string;
}

export interface ClassificationSet {
	type?: string;
	category?: string;
	priority?: string;
	required_skills?: { skill: string; min_level: number }[];
}

export interface Candidate {
	specialist_id: string | number;
	name: string;
	outcome: CandidateOutcome;
	load: number;
	capacity: number;
	load_ratio: number;
	detail: string;
}

export interface RoutingDecision {
	id: string | number;
	decided_at: string | null;
	kind: DecisionKind;
	assignee: Named | null;
	queue: Named | null;
	summary: string;
	classification: { trace: ClassificationTrace[]; set: ClassificationSet } | null;
	candidates: Candidate[];
	counts: Partial<Record<CandidateOutcome, number>>;
}

export interface ServiceOverview {
	request: {
		id: string | number;
		number: string;
		subject: string;
		status: string;
		priority: string;
		created_at: string | null;
		customer: Named | null;
		assignee: Named | null;
		team: Named | null;
	};
	sla: {
		source: 'contract' | 'service_map' | 'none';
		source_label: string;
		explanation: string;
		calendar: { name: string; time_zone: string } | null;
		overall: OverallState;
		response: SlaView | null;
		resolution: SlaView | null;
	};
	steps: ServiceStep[];
	/** Index into steps; -1 when all are done. */
	current_step: number;
	/** Newest first. */
	routing: RoutingDecision[];
	/** false when the viewer may not read routing decisions: the empty list then says nothing about routing. */
	routing_visible: boolean;
	time: TimeView;
}

/** Time logged on the request and the viewer's own running timer (on any request). */
export interface TimeView {
	/** null when the viewer may not read time entries. */
	logged_minutes: number | null;
	/** The viewer is a specialist who may log time. */
	can_log: boolean;
	/** The viewer's specialist record, which their entries are booked on. */
	my_specialist: string | null;
	my_timer: { id: string; request: string; request_number: string; started_at: string } | null;
}

/** The key Directus gives a new, unsaved item. */
export const NEW_ITEM_KEY = '+';

export const UNSAVED_TEXT = 'Routing and SLA appear after the request is saved.';

export const LOAD_FAILURE = 'The SLA and routing overview could not be loaded.';

export const NOT_ROUTED_TEXT = 'Not routed yet.';

/** In place of the decisions for a viewer whose policy does not show them: whether it was routed is not theirs to read. */
export const ROUTING_HIDDEN_TEXT = 'How the request was routed is visible to the service desk.';

/** A related record the answer does not name: never shown by its id. */
export const UNNAMED = '(not visible to you)';

/** What the routing section says instead of decisions, or null when it lists decisions. */
export function routingNote(overview: Pick<ServiceOverview, 'routing' | 'routing_visible'>): string | null {
	if (!overview.routing_visible) return ROUTING_HIDDEN_TEXT;
	return overview.routing.length === 0 ? NOT_ROUTED_TEXT : null;
}

/** True for the key of a saved item (not null, blank or '+'). */
export function isSavedKey(key: unknown): key is string | number {
	return (typeof key === 'string' && key.trim() !== '' && key !== NEW_ITEM_KEY) || (typeof key === 'number' && Number.isFinite(key));
}

/** GET path of the overview of request `key`. */
export function overviewUrl(key: string | number): string {
	return `/crm/service/requests/${encodeURIComponent(String(key))}/overview`;
}

/* ---------- Reading the answer ---------- */

const SLA_STATES: readonly SlaState[] = ['ok', 'warning', 'breached', 'paused', 'met', 'missed'];
const STEP_STATUSES: readonly StepStatus[] = ['done', 'late', 'pending', 'overdue', 'waiting'];
const DECISION_KINDS: readonly DecisionKind[] = ['intake', 'reroute', 'escalation', 'manual'];
export const CANDIDATE_OUTCOMES: readonly CandidateOutcome[] = [
	'chosen',
	'higher_load',
	'lost_round_robin',
	'inactive',
	'other_team',
	'missing_skill',
	'skill_too_low',
	'absent',
	'not_available',
	'over_capacity',
];

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown, fallback = ''): string {
	return typeof value === 'string' ? value : fallback;
}

function strOrNull(value: unknown): string | null {
	return typeof value === 'string' && value !== '' ? value : null;
}

function num(value: unknown, fallback = 0): number {
	const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	return typeof n === 'number' && Number.isFinite(n) ? n : fallback;
}

function key(value: unknown, fallback: string | number): string | number {
	return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? value : fallback;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
	return allowed.includes(value as T) ? (value as T) : fallback;
}

function list(value: unknown): Record<string, unknown>[] {
	return Array.isArray(value) ? value.filter(isObject) : [];
}

function named(value: unknown): Named | null {
	if (!isObject(value)) return null;
	const id = key(value['id'], '');
	if (id === '' && str(value['name']) === '') return null;
	return { id, name: str(value['name']) || UNNAMED };
}

function slaView(value: unknown): SlaView | null {
	if (!isObject(value)) return null;
	return {
		target_minutes: num(value['target_minutes']),
		deadline: strOrNull(value['deadline']),
		warn_at: strOrNull(value['warn_at']),
		elapsed_minutes: num(value['elapsed_minutes']),
		remaining_minutes: num(value['remaining_minutes']),
		percent_used: num(value['percent_used']),
		state: oneOf(value['state'], SLA_STATES, 'ok'),
	};
}

function classification(value: unknown): RoutingDecision['classification'] {
	if (!isObject(value)) return null;
	const set = isObject(value['set']) ? value['set'] : {};
	const result: ClassificationSet = {};
	for (const field of ['type', 'category', 'priority'] as const) {
		const text = strOrNull(set[field]);
		if (text !== null) result[field] = text;
	}
	if (Array.isArray(set['required_skills'])) {
		result.required_skills = list(set['required_skills'])
			.filter((s) => typeof s['skill'] === 'string' && s['skill'] !== '')
			.map((s) => ({ skill: s['skill'] as string, min_level: num(s['min_level'], 1) }));
	}
	return {
		trace: list(value['trace']).map((t) => ({ rule_code: str(t['rule_code']), rule_name: str(t['rule_name']), outcome: str(t['outcome']), detail: str(t['detail']) })),
		set: result,
	};
}

function decision(value: Record<string, unknown>, index: number): RoutingDecision {
	return {
		id: key(value['id'], index),
		decided_at: strOrNull(value['decided_at']),
		kind: oneOf(value['kind'], DECISION_KINDS, 'manual'),
		assignee: named(value['assignee']),
		queue: named(value['queue']),
		summary: str(value['summary']),
		classification: classification(value['classification']),
		candidates: list(value['candidates']).map(candidateOf),
		counts: countsOf(value['counts']),
	};
}

function candidateOf(c: Record<string, unknown>, i: number): Candidate {
	return {
		specialist_id: key(c['specialist_id'], i),
		name: str(c['name']) || UNNAMED,
		outcome: oneOf(c['outcome'], CANDIDATE_OUTCOMES, 'other_team'),
		load: num(c['load']),
		capacity: num(c['capacity']),
		load_ratio: num(c['load_ratio']),
		detail: str(c['detail']),
	};
}

function countsOf(value: unknown): Partial<Record<CandidateOutcome, number>> {
	const counts: Partial<Record<CandidateOutcome, number>> = {};
	if (isObject(value)) {
		for (const outcome of CANDIDATE_OUTCOMES) {
			const n = num(value[outcome], 0);
			if (n > 0) counts[outcome] = n;
		}
	}
	return counts;
}

/** A stored decision keeps the chosen one and the runners-up; the rest is explained again on request. */
export function explanationUrl(decisionId: string | number): string {
	return `/crm/service/routing-decisions/${encodeURIComponent(String(decisionId))}/explanation`;
}

/** "Explain all 12 candidates" when the decision counted more specialists than it describes; null otherwise. */
export function explainAllLabel(decision: Pick<RoutingDecision, 'candidates' | 'counts'>): string | null {
	const total = Object.values(decision.counts).reduce((sum, n) => sum + (n ?? 0), 0);
	return total > decision.candidates.length ? `Explain all ${total} candidates` : null;
}

/** Every candidate recomputed, and what the figures rest on. */
export interface RecomputedView {
	candidates: Candidate[];
	basis: string;
	/** Routing on these facts chooses someone else than the stored decision (or the decision was by hand). */
	differs: string | null;
}

/** Reads `{ data: { recomputed: { candidates, assignee }, agrees, basis, kind } }`; null when there are no candidates in it. */
export function readRecomputed(body: unknown): RecomputedView | null {
	const data = isObject(body) && isObject(body['data']) ? body['data'] : null;
	const recomputed = data && isObject(data['recomputed']) ? data['recomputed'] : null;
	if (!data || !recomputed || !Array.isArray(recomputed['candidates'])) return null;
	const chosen = named(recomputed['assignee']);
	const differs = data['agrees'] === true ? null : `On these facts routing would choose ${chosen ? chosen.name : 'nobody'}${data['kind'] === 'manual' ? '; this decision was made by hand' : ''}.`;
	return { candidates: list(recomputed['candidates']).map(candidateOf), basis: str(data['basis']), differs };
}

function stepOf(s: Record<string, unknown>, i: number): ServiceStep {
	return { step_id: key(s['step_id'], i), kind: str(s['kind']), name: str(s['name']) || str(s['kind']).replace(/_/g, ' '), due_at: strOrNull(s['due_at']), done_at: strOrNull(s['done_at']), status: oneOf(s['status'], STEP_STATUSES, 'pending'), detail: str(s['detail']) };
}

function requestOf(request: Record<string, unknown>): ServiceOverview['request'] {
	return { id: key(request['id'], ''), number: str(request['number']), subject: str(request['subject']), status: str(request['status']), priority: str(request['priority']), created_at: strOrNull(request['created_at']), customer: named(request['customer']), assignee: named(request['assignee']), team: named(request['team']) };
}

function slaOf(sla: Record<string, unknown>): ServiceOverview['sla'] {
	const calendar = isObject(sla['calendar']) ? sla['calendar'] : null;
	return {
		source: oneOf(sla['source'], ['contract', 'service_map', 'none'] as const, 'none'),
		source_label: str(sla['source_label']),
		explanation: str(sla['explanation']),
		calendar: calendar ? { name: str(calendar['name']), time_zone: str(calendar['time_zone']) } : null,
		overall: oneOf(sla['overall'], [...SLA_STATES, 'none'] as const, 'none'),
		response: slaView(sla['response']),
		resolution: slaView(sla['resolution']),
	};
}

/** Reads `{ data: { request, sla, steps, current_step, routing } }`; null when there is no request in it. */
export function readOverview(body: unknown): ServiceOverview | null {
	const data = isObject(body) && isObject(body['data']) ? body['data'] : null;
	if (!data || !isObject(data['request'])) return null;
	const request = data['request'];
	const sla = isObject(data['sla']) ? data['sla'] : {};
	const steps = list(data['steps']).map(stepOf);
	const current = Math.trunc(num(data['current_step'], -1));
	return {
		request: requestOf(request),
		sla: slaOf(sla),
		steps,
		current_step: current >= 0 && current < steps.length ? current : -1,
		routing: list(data['routing']).map(decision),
		// Only an explicit false hides the section: an answer without the flag lists what it has.
		routing_visible: data['routing_visible'] !== false,
		time: timeOf(data['time']),
	};
}

function timeOf(value: unknown): TimeView {
	const time = isObject(value) ? value : {};
	const timer = isObject(time['my_timer']) ? time['my_timer'] : null;
	const logged = time['logged_minutes'];
	return {
		logged_minutes: typeof logged === 'number' && Number.isFinite(logged) ? logged : null,
		can_log: time['can_log'] === true && strOrNull(time['my_specialist']) !== null,
		my_specialist: strOrNull(time['my_specialist']),
		my_timer: timer && strOrNull(timer['started_at']) ? { id: str(timer['id']), request: str(timer['request']), request_number: str(timer['request_number']), started_at: str(timer['started_at']) } : null,
	};
}

export interface TimerAction {
	/** What the logged line says, e.g. "1 h 25 min logged". */
	logged: string;
	/** start: no timer runs; stop: this request's timer runs; null: no button (cannot log, or a timer runs elsewhere). */
	action: 'start' | 'stop' | null;
	/** "Timer running for 12 min" / "Your timer runs on SR-2026-000012: stop it there first". */
	note: string;
}

/** The page's timer button: one timer per person, stopped where it was started. */
export function timerAction(time: TimeView, requestId: string | number, now: number): TimerAction {
	const logged = time.logged_minutes === null ? '' : `${formatMinutes(time.logged_minutes)} logged`;
	if (!time.can_log) return { logged, action: null, note: '' };
	const timer = time.my_timer;
	if (!timer) return { logged, action: 'start', note: '' };
	const minutes = Math.max(0, Math.floor((now - Date.parse(timer.started_at)) / 60_000));
	const running = formatMinutes(minutes);
	if (String(timer.request) === String(requestId)) return { logged, action: 'stop', note: minutes === 0 ? 'Timer started just now' : `Timer running for ${running}` };
	return { logged, action: null, note: `Your timer runs on ${timer.request_number || 'another request'} (${running}): stop it there first.` };
}

/** When a timer stops: now, but at least a minute after it started (entries are whole minutes, at least one). */
export function timerEnd(startedAt: string, now: number): string {
	return new Date(Math.max(now, Date.parse(startedAt) + 60_000)).toISOString();
}

/* ---------- Times ---------- */

const DAY_MS = 24 * 60 * 60 * 1000;

function parseTime(value: string | null | undefined): number | null {
	if (!value) return null;
	const ms = Date.parse(value);
	return Number.isFinite(ms) ? ms : null;
}

/**
 * A moment near `now` as "Tue 14:30" (within 6 days either side), else "17 Nov 14:30", or "17 Nov 2025 14:30"
 * in another year; in `timeZone` (the browser's when not given). Empty for no or an unreadable time.
 */
export function formatWhen(iso: string | null | undefined, now: number, timeZone?: string): string {
	const ms = parseTime(iso);
	if (ms === null) return '';
	const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(ms);
	const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
	const time = `${part('hour')}:${part('minute')}`;
	if (Math.abs(ms - now) < 6 * DAY_MS) return `${part('weekday')} ${time}`;
	const nowYear = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric' }).format(now);
	return part('year') === nowYear ? `${part('day')} ${part('month')} ${time}` : `${part('day')} ${part('month')} ${part('year')} ${time}`;
}

/* ---------- SLA ---------- */

/** The colour family of a badge, bar or icon. */
export type Tone = 'ok' | 'warning' | 'danger' | 'muted' | 'met' | 'none';

export const OVERALL_BADGES: Record<OverallState, { label: string; tone: Tone }> = {
	ok: { label: 'Within SLA', tone: 'ok' },
	warning: { label: 'SLA warning', tone: 'warning' },
	breached: { label: 'SLA breached', tone: 'danger' },
	paused: { label: 'SLA paused', tone: 'muted' },
	met: { label: 'SLA met', tone: 'met' },
	missed: { label: 'SLA missed', tone: 'danger' },
	none: { label: 'No SLA', tone: 'none' },
};

const STATE_TONES: Record<SlaState, Tone> = { ok: 'ok', warning: 'warning', breached: 'danger', paused: 'muted', met: 'met', missed: 'danger' };

const PAUSE_REASONS: Record<string, string> = {
	waiting_for_customer: 'waiting for customer',
	resolved: 'resolved',
};

export interface SlaRow {
	kind: 'response' | 'resolution';
	label: string;
	/** null: no such target. */
	state: SlaState | null;
	tone: Tone;
	/** Width of the bar: percent used, 0 to 100. */
	barPercent: number;
	/** Percent used as is, rounded: may pass 100 ("130 %"). */
	percentText: string;
	/** "due Tue 14:30 (in 2 h 15 min)", "overdue by 45 min", "paused (waiting for customer)", "met at Tue 14:30"… */
	text: string;
	/** "1 h 30 min of 4 h used (business time)". */
	detail: string;
}

export interface SlaRowContext {
	now: number;
	timeZone?: string;
	/** The request's status: names the reason of a pause. */
	requestStatus: string;
	/** When the target was fulfilled (the done_at of the first-response or resolution step), for "met at". */
	doneAt: string | null;
}

/** Whole minutes left, rounded up (a part of a minute left is a minute). */
function minutesLeft(minutes: number): string {
	return formatMinutes(Math.ceil(Math.max(0, minutes)));
}

/** Whole minutes over, rounded down, at least one. */
function minutesOver(minutes: number): string {
	return formatMinutes(Math.max(1, Math.floor(minutes)));
}

/** Where a target stands, in words: paused (why), met, missed or overdue by how much, or due when. */
function slaText(view: SlaView, ctx: SlaRowContext): string {
	const when = (iso: string | null) => formatWhen(iso, ctx.now, ctx.timeZone);
	switch (view.state) {
		case 'paused': {
			const reason = PAUSE_REASONS[ctx.requestStatus];
			return reason ? `paused (${reason})` : 'paused';
		}
		case 'met':
			return ctx.doneAt ? `met at ${when(ctx.doneAt)}` : 'met';
		case 'missed': {
			const text = view.remaining_minutes < 0 ? `missed by ${minutesOver(-view.remaining_minutes)}` : 'missed';
			return ctx.doneAt ? `${text} (done ${when(ctx.doneAt)})` : text;
		}
		case 'breached':
			return view.remaining_minutes < 0 ? `overdue by ${minutesOver(-view.remaining_minutes)}` : 'overdue';
		default:
			return view.deadline ? `due ${when(view.deadline)} (in ${minutesLeft(view.remaining_minutes)})` : `${minutesLeft(view.remaining_minutes)} left`;
	}
}

/** One SLA target as a row with a progress bar. The minutes are the server's business minutes. */
export function slaRow(kind: 'response' | 'resolution', view: SlaView | null, ctx: SlaRowContext): SlaRow {
	const label = kind === 'response' ? 'Response' : 'Resolution';
	if (!view) return { kind, label, state: null, tone: 'none', barPercent: 0, percentText: '', text: 'no target', detail: '' };
	const used = Number.isFinite(view.percent_used) ? view.percent_used : 0;
	const text = slaText(view, ctx);
	return {
		kind,
		label,
		state: view.state,
		tone: STATE_TONES[view.state],
		barPercent: Math.min(100, Math.max(0, used)),
		percentText: `${Math.round(used)} %`,
		text,
		detail: `${formatMinutes(Math.round(Math.max(0, view.elapsed_minutes)))} of ${formatMinutes(Math.round(view.target_minutes))} used (business time)`,
	};
}

/** The step whose done_at tells when a target was fulfilled. */
export function doneAtOf(steps: readonly ServiceStep[], kind: 'response' | 'resolution'): string | null {
	const stepKind = kind === 'response' ? 'first_response' : 'resolution';
	return steps.find((s) => s.kind === stepKind && s.done_at)?.done_at ?? null;
}

/** "Calendar Berlin office (Europe/Berlin)", or null without a calendar. */
export function calendarText(calendar: ServiceOverview['sla']['calendar']): string | null {
	if (!calendar || (calendar.name === '' && calendar.time_zone === '')) return null;
	if (calendar.time_zone === '') return `Calendar ${calendar.name}`;
	return calendar.name === '' ? `Calendar in ${calendar.time_zone}` : `Calendar ${calendar.name} (${calendar.time_zone})`;
}

/* ---------- Steps ---------- */

export const STEP_ICONS: Record<StepStatus, { icon: string; tone: Tone; label: string }> = {
	done: { icon: 'check_circle', tone: 'ok', label: 'done' },
	late: { icon: 'history', tone: 'warning', label: 'done late' },
	pending: { icon: 'radio_button_unchecked', tone: 'none', label: 'pending' },
	overdue: { icon: 'error', tone: 'danger', label: 'overdue' },
	waiting: { icon: 'pause_circle', tone: 'muted', label: 'waiting' },
};

export interface StepRow {
	key: string;
	name: string;
	status: StepStatus;
	icon: string;
	tone: Tone;
	statusLabel: string;
	current: boolean;
	/** "done Tue 14:30", "due Tue 14:30" or "". */
	when: string;
	detail: string;
}

export function stepRows(steps: readonly ServiceStep[], currentStep: number, now: number, timeZone?: string): StepRow[] {
	return steps.map((step, index) => {
		const meta = STEP_ICONS[step.status];
		let when = '';
		if (step.done_at) when = `done ${formatWhen(step.done_at, now, timeZone)}`;
		else if (step.due_at) when = `due ${formatWhen(step.due_at, now, timeZone)}`;
		return {
			key: `${String(step.step_id)}-${index}`,
			name: step.name,
			status: step.status,
			icon: meta.icon,
			tone: meta.tone,
			statusLabel: meta.label,
			current: index === currentStep,
			when,
			detail: readableInstants(step.detail, now, timeZone),
		};
	});
}

const ISO_INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/g;

/** The server words details with ISO instants; staff read them as local times like the rest of the page. */
export function readableInstants(text: string, now: number, timeZone?: string): string {
	return text.replace(ISO_INSTANT, (iso) => formatWhen(iso, now, timeZone));
}

/* ---------- Routing ---------- */

export const DECISION_LABELS: Record<DecisionKind, string> = {
	intake: 'Intake',
	reroute: 'Re-routed',
	escalation: 'Escalation',
	manual: 'Manual assignment',
};

export const OUTCOME_LABELS: Record<CandidateOutcome, string> = {
	chosen: 'chosen',
	higher_load: 'higher load',
	lost_round_robin: 'lost round robin',
	inactive: 'inactive',
	other_team: 'other team',
	missing_skill: 'missing skill',
	skill_too_low: 'skill too low',
	absent: 'absent',
	not_available: 'not available',
	over_capacity: 'over capacity',
};

/** Eligible but not chosen, or not eligible: the colour of an outcome. */
export function outcomeTone(outcome: CandidateOutcome): Tone {
	if (outcome === 'chosen') return 'ok';
	return outcome === 'higher_load' || outcome === 'lost_round_robin' ? 'none' : 'muted';
}

/** Candidates shown while collapsed. */
export const CANDIDATE_LIMIT = 5;

/** The chosen one first, the others in the server's order; only the first `limit` unless open. */
export function visibleCandidates(candidates: readonly Candidate[], open: boolean, limit = CANDIDATE_LIMIT): Candidate[] {
	const ordered = [...candidates.filter((c) => c.outcome === 'chosen'), ...candidates.filter((c) => c.outcome !== 'chosen')];
	return open ? ordered : ordered.slice(0, limit);
}

/** "Show all 12 candidates" / "Show fewer candidates"; null when all fit. */
export function candidateToggleLabel(total: number, open: boolean, limit = CANDIDATE_LIMIT): string | null {
	if (total <= limit) return null;
	return open ? 'Show fewer candidates' : `Show all ${total} candidates`;
}

/** "6 / 8 (75 %)". */
export function formatLoad(candidate: Pick<Candidate, 'load' | 'capacity' | 'load_ratio'>): string {
	const ratio = Number.isFinite(candidate.load_ratio) ? candidate.load_ratio : 0;
	return `${candidate.load} / ${candidate.capacity} (${Math.round(ratio * 100)} %)`;
}

/** "1 chosen · 3 higher load · 2 absent" (outcomes with a count, in a fixed order). */
export function countsText(counts: Partial<Record<CandidateOutcome, number>>): string {
	return CANDIDATE_OUTCOMES.filter((o) => (counts[o] ?? 0) > 0)
		.map((o) => `${counts[o]} ${OUTCOME_LABELS[o]}`)
		.join(' · ');
}

/** Outcomes of a classification rule that did not match. */
const NOT_MATCHED = new Set(['not_matched', 'inactive', '']);

/** The rules that matched (applied, overridden or without effect), in their order. */
export function matchedRules(trace: readonly ClassificationTrace[]): ClassificationTrace[] {
	return trace.filter((t) => !NOT_MATCHED.has(t.outcome));
}

/** "type Incident · category Printer · priority high · skills PRINT ≥ 2, NET ≥ 1"; empty when nothing was set. */
export function classificationSetText(set: ClassificationSet): string {
	const parts: string[] = [];
	if (set.type) parts.push(`type ${set.type}`);
	if (set.category) parts.push(`category ${set.category}`);
	if (set.priority) parts.push(`priority ${set.priority}`);
	if (set.required_skills && set.required_skills.length > 0) parts.push(`skills ${set.required_skills.map((s) => `${s.skill} ≥ ${s.min_level}`).join(', ')}`);
	return parts.join(' · ');
}

export interface DecisionView {
	key: string;
	kindLabel: string;
	when: string;
	summary: string;
	/** The chosen specialist: the candidate marked chosen, else the decision's assignee. */
	chosen: { name: string; detail: string; load: string | null } | null;
	queue: string | null;
	countsText: string;
	candidateTotal: number;
	matchedRules: ClassificationTrace[];
	setText: string;
}

export function decisionView(decision: RoutingDecision, now: number, timeZone?: string): DecisionView {
	const chosen = decision.candidates.find((c) => c.outcome === 'chosen');
	let chosenView: DecisionView['chosen'] = null;
	if (chosen) chosenView = { name: chosen.name, detail: chosen.detail, load: formatLoad(chosen) };
	else if (decision.assignee) chosenView = { name: decision.assignee.name, detail: '', load: null };
	return {
		key: String(decision.id),
		kindLabel: DECISION_LABELS[decision.kind],
		when: formatWhen(decision.decided_at, now, timeZone),
		summary: decision.summary,
		chosen: chosenView,
		queue: decision.queue?.name ?? null,
		countsText: countsText(decision.counts),
		candidateTotal: decision.candidates.length,
		matchedRules: decision.classification ? matchedRules(decision.classification.trace) : [],
		setText: decision.classification ? classificationSetText(decision.classification.set) : '',
	};
}

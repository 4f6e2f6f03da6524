/**
 * Pure logic of the SLA countdown display: the stored `sla_clock` and the current time → a label and a tone.
 *
 * The countdown is wall time to the stored deadline (no business calendar): the server stores the
 * deadline of the next open target, already computed on the request's business calendar. The colour is
 * worked out again from `due_at` / `warn_at` against `now`, so a request that passes its warning or its
 * deadline while the list is open changes colour; the stored `state` is only the fallback.
 */

export type SlaClockState = 'ok' | 'warning' | 'breached' | 'paused' | 'met' | 'missed' | 'none';

export interface SlaClock {
	state: SlaClockState;
	target: 'response' | 'resolution' | null;
	due_at: string | null;
	warn_at: string | null;
}

/** ok green, warning amber, breached red, paused grey, met green, missed red, none plain. */
export type CountdownTone = 'ok' | 'warning' | 'breached' | 'paused' | 'met' | 'missed' | 'none';

export interface Countdown {
	label: string;
	tone: CountdownTone;
	/** The deadline the label counts to (ISO), when known: for a tooltip. */
	dueAt: string | null;
	target: 'response' | 'resolution' | null;
}

/** How often the display works the colour out again. */
export const REFRESH_MS = 30_000;

export const NONE_LABEL = '—';

const STATES: readonly SlaClockState[] = ['ok', 'warning', 'breached', 'paused', 'met', 'missed', 'none'];
const MINUTE_MS = 60_000;

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Milliseconds since the epoch of an ISO time, or null when it is missing or unreadable. */
export function parseTime(value: unknown): number | null {
	if (typeof value !== 'string' || value.trim() === '') return null;
	const ms = Date.parse(value);
	return Number.isFinite(ms) ? ms : null;
}

/** The stored value (an object or its JSON text) as a clock; null when empty or not a clock. An unknown state reads as none. */
export function parseSlaClock(value: unknown): SlaClock | null {
	let parsed: unknown = value;
	if (typeof value === 'string') {
		if (value.trim() === '') return null;
		try {
			parsed = JSON.parse(value) as unknown;
		} catch {
			return null;
		}
	}
	if (!isObject(parsed)) return null;
	const state = STATES.includes(parsed['state'] as SlaClockState) ? (parsed['state'] as SlaClockState) : 'none';
	const target = parsed['target'] === 'response' || parsed['target'] === 'resolution' ? parsed['target'] : null;
	return {
		state,
		target,
		due_at: typeof parsed['due_at'] === 'string' ? parsed['due_at'] : null,
		warn_at: typeof parsed['warn_at'] === 'string' ? parsed['warn_at'] : null,
	};
}

/** Whole minutes as "45 min", "2 h", "2 h 15 min", "3 d", "3 d 4 h" (days drop the minutes). */
export function formatMinutes(minutes: number): string {
	const total = Math.max(0, Math.trunc(minutes));
	if (total < 60) return `${total} min`;
	if (total < 24 * 60) {
		const h = Math.floor(total / 60);
		const m = total % 60;
		return m === 0 ? `${h} h` : `${h} h ${m} min`;
	}
	const d = Math.floor(total / (24 * 60));
	const h = Math.floor((total % (24 * 60)) / 60);
	return h === 0 ? `${d} d` : `${d} d ${h} h`;
}

/** Time left, rounded up to the minute (30 s left still reads "1 min"). */
export function formatTimeLeft(ms: number): string {
	return formatMinutes(Math.ceil(ms / MINUTE_MS));
}

/** Time over, rounded down to the minute but at least one: "45 min". */
export function formatTimeOver(ms: number): string {
	return formatMinutes(Math.max(1, Math.floor(ms / MINUTE_MS)));
}

/** Labels of a running clock whose deadline is not known (or not readable). */
const RUNNING_LABELS: Record<'ok' | 'warning' | 'breached', string> = { ok: 'on time', warning: 'warning', breached: 'breached' };

/**
 * What the chip shows at `now`:
 * - none, null or unreadable: "—";
 * - paused: "paused" (grey); met: "met" (green); missed: "missed" (red);
 * - a running clock with a deadline: time left ("2 h 15 min", green; amber from `warn_at` on) or,
 *   at and after the deadline, time over ("−45 min", red);
 * - a running clock without a readable deadline: the stored state's colour, labelled by it.
 * When `warn_at` is missing the stored state says whether the warning has started.
 */
export function countdown(value: unknown, now: number | Date): Countdown {
	const clock = parseSlaClock(value);
	const at = typeof now === 'number' ? now : now.getTime();
	if (!clock || clock.state === 'none') return { label: NONE_LABEL, tone: 'none', dueAt: null, target: clock?.target ?? null };
	const base = { dueAt: clock.due_at, target: clock.target };
	switch (clock.state) {
		case 'paused':
			return { ...base, label: 'paused', tone: 'paused' };
		case 'met':
			return { ...base, label: 'met', tone: 'met' };
		case 'missed':
			return { ...base, label: 'missed', tone: 'missed' };
		default:
			break;
	}
	const due = parseTime(clock.due_at);
	if (due === null) return { ...base, label: RUNNING_LABELS[clock.state], tone: clock.state };
	if (at >= due) return { ...base, label: `−${formatTimeOver(at - due)}`, tone: 'breached' };
	const warnAt = parseTime(clock.warn_at);
	const warning = warnAt === null ? clock.state === 'warning' || clock.state === 'breached' : at >= warnAt;
	return { ...base, label: formatTimeLeft(due - at), tone: warning ? 'warning' : 'ok' };
}

const TARGET_LABELS: Record<'response' | 'resolution', string> = { response: 'Response', resolution: 'Resolution' };

/** The tooltip: "Resolution due 17 Nov 2026, 14:30" (the date formatted by `formatDate`). */
export function countdownTitle(result: Countdown, formatDate: (ms: number) => string): string | null {
	const due = parseTime(result.dueAt);
	const what = result.target ? TARGET_LABELS[result.target] : 'SLA';
	if (result.tone === 'none') return null;
	if (result.tone === 'paused') return `${what} clock paused`;
	if (result.tone === 'met') return `${what} target met`;
	if (result.tone === 'missed') return `${what} target missed`;
	return due === null ? `${what}: ${result.label}` : `${what} due ${formatDate(due)}`;
}

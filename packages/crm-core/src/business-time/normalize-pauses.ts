import { CrmError } from '../errors/crm-error.ts';
import { describeValue } from '../errors/describe-value.ts';
import { parseInstant } from './parse-instant.ts';
import type { TimeSpan } from './time-span.ts';

/** Pauses as the clock needs them: closed ones merged, sorted and disjoint; an open one as the moment the clock stopped for good. */
export interface NormalizedPauses {
	closed: readonly TimeSpan[];
	/** Start of the pause that has not ended (null: the clock runs). */
	openFrom: number | null;
}

/**
 * Validates pauses (errors name `pauses[i].from` / `.to`) and merges them. Overlaps and pauses in
 * non-working time are fine: a minute is paused or not, however many pauses cover it. Several open
 * pauses simply stop the clock at the earliest one.
 */
export function normalizePauses(pauses: unknown, field = 'pauses'): NormalizedPauses {
	if (pauses === undefined || pauses === null) return { closed: [], openFrom: null };
	if (!Array.isArray(pauses)) throw new CrmError('CRM_INVALID_TYPE', `"${field}" must be a list of { from, to } pauses, got ${describeValue(pauses)}.`, { field });
	const spans = pauses.map((pause: unknown, index): TimeSpan => {
		const pauseField = `${field}[${index}]`;
		if (typeof pause !== 'object' || pause === null || Array.isArray(pause)) {
			throw new CrmError('CRM_INVALID_TYPE', `"${pauseField}" must be an object { from, to }, got ${describeValue(pause)}.`, { field: pauseField });
		}
		const { from, to } = pause as { from?: unknown; to?: unknown };
		const start = parseInstant(from, `${pauseField}.from`);
		// `to` must be present: null means "still paused", a forgotten field must not mean the same.
		if (to === undefined) throw new CrmError('CRM_REQUIRED_FIELD', `"${pauseField}.to" is required (null while still paused).`, { field: `${pauseField}.to` });
		const end = to === null ? Number.POSITIVE_INFINITY : parseInstant(to, `${pauseField}.to`);
		if (end < start) throw new CrmError('CRM_OUT_OF_RANGE', `"${pauseField}" ends before it starts.`, { field: `${pauseField}.to` });
		return [start, end];
	});

	spans.sort((a, b) => a[0] - b[0]);
	const merged: [number, number][] = [];
	for (const [start, end] of spans) {
		const last = merged.at(-1);
		if (last && start <= last[1]) last[1] = Math.max(last[1], end);
		else merged.push([start, end]);
	}
	const last = merged.at(-1);
	const openFrom = last && last[1] === Number.POSITIVE_INFINITY ? last[0] : null;
	return { closed: openFrom === null ? merged : merged.slice(0, -1), openFrom };
}

import type { CompiledCalendar } from './compile-business-calendar.ts';
import type { NormalizedPauses } from './normalize-pauses.ts';
import type { TimeSpan } from './time-span.ts';
import { workingSpans } from './working-spans.ts';

/**
 * The time the SLA clock runs within [from, until): working time minus pauses, in order. An open
 * pause ends it. Pauses are walked with one cursor alongside the working intervals.
 */
export function* runningSpans(calendar: CompiledCalendar, pauses: NormalizedPauses, from: number, until: number, maxDays?: number): Generator<TimeSpan> {
	const end = pauses.openFrom === null ? until : Math.min(until, pauses.openFrom);
	if (end <= from) return;
	let next = 0;
	for (const [spanStart, spanEnd] of workingSpans(calendar, from, end, maxDays)) {
		while (next < pauses.closed.length && pauses.closed[next]![1] <= spanStart) next++;
		let cursor = spanStart;
		for (let i = next; i < pauses.closed.length && cursor < spanEnd; i++) {
			const [pauseStart, pauseEnd] = pauses.closed[i]!;
			if (pauseStart >= spanEnd) break;
			if (pauseStart > cursor) yield [cursor, pauseStart];
			cursor = Math.max(cursor, pauseEnd);
		}
		if (cursor < spanEnd) yield [cursor, spanEnd];
	}
}

import type { BusinessCalendar } from './business-calendar.ts';
import { compileBusinessCalendar } from './compile-business-calendar.ts';
import { deadlineAfter } from './deadline-after.ts';
import { normalizePauses } from './normalize-pauses.ts';
import { type Instant, parseInstant } from './parse-instant.ts';
import { parseMinutes } from './parse-minutes.ts';
import type { SlaPause } from './sla-pause.ts';

/**
 * The SLA deadline: the instant (ISO, UTC) by which `minutes` business minutes have passed since
 * `start` on `calendar`, the clock standing still outside working hours, on holidays and in pauses.
 * A start outside working hours counts from the next opening; 0 minutes is due at `start` itself; a
 * target used up at closing time is due at closing time. Null while an open pause (`to: null`) stops
 * the clock before the target is reached. Errors name `start`, `minutes`, `calendar.…`, `pauses[i].…`.
 */
export function addBusinessMinutes(start: Instant, minutes: number, calendar: BusinessCalendar, pauses?: readonly SlaPause[]): string | null {
	const startMs = parseInstant(start, 'start');
	const targetMs = parseMinutes(minutes, 'minutes');
	const deadline = deadlineAfter(compileBusinessCalendar(calendar), normalizePauses(pauses), startMs, targetMs, 'calendar');
	return deadline === null ? null : new Date(deadline).toISOString();
}

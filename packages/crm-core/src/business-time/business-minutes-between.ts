import type { BusinessCalendar } from './business-calendar.ts';
import { compileBusinessCalendar } from './compile-business-calendar.ts';
import { normalizePauses } from './normalize-pauses.ts';
import { type Instant, parseInstant } from './parse-instant.ts';
import { runningMsBetween } from './running-ms-between.ts';
import type { SlaPause } from './sla-pause.ts';
import { MINUTE_MS } from './time-span.ts';

/**
 * Business minutes from `from` to `to` on `calendar`, pauses not counted: what a request has used of
 * its SLA. The inverse of addBusinessMinutes (for whole minutes exactly): counting up to a deadline
 * gives back its target. Fractions of a minute are kept (30 s = 0.5). `to` may not lie before `from`.
 */
export function businessMinutesBetween(from: Instant, to: Instant, calendar: BusinessCalendar, pauses?: readonly SlaPause[]): number {
	const fromMs = parseInstant(from, 'from');
	const toMs = parseInstant(to, 'to');
	return runningMsBetween(compileBusinessCalendar(calendar), normalizePauses(pauses), fromMs, toMs, 'to') / MINUTE_MS;
}

import { CrmError } from '../errors/crm-error.ts';
import { BUSINESS_HORIZON_DAYS } from './business-horizon.ts';
import type { CompiledCalendar } from './compile-business-calendar.ts';
import type { NormalizedPauses } from './normalize-pauses.ts';
import { runningSpans } from './running-spans.ts';

/**
 * The first instant by which `targetMs` of running clock time have passed since `start` (epoch ms),
 * or null when an open pause stops the clock first. A target of 0 is due at `start` itself, even
 * outside working hours or in a pause: "respond immediately" does not wait for the office to open.
 * A target used up exactly at closing time is due at closing time, not at the next opening.
 */
export function deadlineAfter(calendar: CompiledCalendar, pauses: NormalizedPauses, start: number, targetMs: number, calendarField: string): number | null {
	if (targetMs === 0) return start;
	let left = targetMs;
	for (const [spanStart, spanEnd] of runningSpans(calendar, pauses, start, Number.POSITIVE_INFINITY)) {
		if (spanEnd - spanStart >= left) return spanStart + left;
		left -= spanEnd - spanStart;
	}
	// The clock stands still from the open pause on: the deadline is unknown until it ends.
	if (pauses.openFrom !== null) return null;
	throw new CrmError(
		'CRM_OUT_OF_RANGE',
		`"${calendarField}" has too little working time in the ${BUSINESS_HORIZON_DAYS} days (ten years) after the start to reach the target (holidays on every working day?).`,
		{ field: calendarField, horizonDays: BUSINESS_HORIZON_DAYS },
	);
}

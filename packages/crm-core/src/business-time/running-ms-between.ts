import { CrmError } from '../errors/crm-error.ts';
import { BUSINESS_HORIZON_DAYS } from './business-horizon.ts';
import type { CompiledCalendar } from './compile-business-calendar.ts';
import type { NormalizedPauses } from './normalize-pauses.ts';
import { runningSpans } from './running-spans.ts';
import { DAY_MS } from './time-span.ts';

/** Milliseconds the SLA clock ran from `from` to `to` (epoch ms, `to` not before `from`; errors name `toField`). */
export function runningMsBetween(calendar: CompiledCalendar, pauses: NormalizedPauses, from: number, to: number, toField: string): number {
	if (to < from) throw new CrmError('CRM_OUT_OF_RANGE', `"${toField}" lies before the start.`, { field: toField });
	// The same bound as for deadlines keeps a mistyped year from walking centuries of days.
	if (to - from > BUSINESS_HORIZON_DAYS * DAY_MS) {
		throw new CrmError('CRM_OUT_OF_RANGE', `"${toField}" lies more than ${BUSINESS_HORIZON_DAYS} days (ten years) after the start.`, { field: toField });
	}
	let total = 0;
	for (const [spanStart, spanEnd] of runningSpans(calendar, pauses, from, to, Number.POSITIVE_INFINITY)) total += spanEnd - spanStart;
	return total;
}

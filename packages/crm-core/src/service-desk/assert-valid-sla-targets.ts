import { CrmError } from '../errors/crm-error.ts';
import { assertArray, assertObject } from '../service-routing/assert-field.ts';
import { SERVICE_PRIORITIES } from '../service-routing/service-priority.ts';
import { assertChoice, assertOptionalMinutes } from './desk-fields.ts';
import type { SlaTarget } from './sla-target.ts';

/** Throws a CrmError naming `${field}[i].…` unless `value` is an SLA table with at most one row per priority. */
export function assertValidSlaTargets(value: unknown, field: string): asserts value is SlaTarget[] {
	assertArray(value, field);
	const seen = new Map<string, number>();
	value.forEach((row, index) => {
		const rowField = `${field}[${index}]`;
		assertObject(row, rowField);
		assertChoice(row.priority, SERVICE_PRIORITIES, `${rowField}.priority`);
		assertOptionalMinutes(row.responseMinutes, `${rowField}.responseMinutes`);
		assertOptionalMinutes(row.resolutionMinutes, `${rowField}.resolutionMinutes`);
		// Two rows for one priority would make the promise depend on row order.
		const earlier = seen.get(row.priority);
		if (earlier !== undefined) {
			throw new CrmError('CRM_INVALID_CHOICE', `"${rowField}.priority" repeats "${row.priority}" of ${field}[${earlier}]; keep one row per priority.`, { field: `${rowField}.priority` });
		}
		seen.set(row.priority, index);
	});
}

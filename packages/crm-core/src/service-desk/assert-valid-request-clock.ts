import { CrmError } from '../errors/crm-error.ts';
import { parseInstant } from '../business-time/parse-instant.ts';
import { assertArray, assertObject } from '../service-routing/assert-field.ts';
import { assertChoice } from './desk-fields.ts';
import type { RequestClock } from './request-clock.ts';
import { REQUEST_STATUSES } from './request-status.ts';

function optionalInstant(value: unknown, field: string): void {
	if (value === null) return;
	if (value === undefined) throw new CrmError('CRM_REQUIRED_FIELD', `"${field}" is required (null for not yet).`, { field });
	parseInstant(value, field);
}

/** Throws a CrmError naming `${field}.…` unless `value` is a request clock with well-formed pauses (at most one open). */
export function assertValidRequestClock(value: unknown, field = 'clock'): asserts value is RequestClock {
	assertObject(value, field);
	assertChoice(value.status, REQUEST_STATUSES, `${field}.status`);
	optionalInstant(value.firstResponseAt, `${field}.firstResponseAt`);
	optionalInstant(value.resolvedAt, `${field}.resolvedAt`);
	optionalInstant(value.closedAt, `${field}.closedAt`);
	assertArray(value.pauses, `${field}.pauses`);
	value.pauses.forEach((pause, index) => {
		const pauseField = `${field}.pauses[${index}]`;
		assertObject(pause, pauseField);
		const from = parseInstant(pause.from, `${pauseField}.from`);
		if (pause.to !== null) {
			const to = parseInstant(pause.to, `${pauseField}.to`);
			if (to < from) throw new CrmError('CRM_OUT_OF_RANGE', `"${pauseField}.to" lies before its "from".`, { field: `${pauseField}.to` });
		}
		assertChoice(pause.kind, ['customer', 'resolved'], `${pauseField}.kind`);
	});
}

import { CrmError } from '../errors/crm-error.ts';
import { describeValue } from '../errors/describe-value.ts';
import { MINUTE_MS } from './time-span.ts';

/** A non-negative number of business minutes → whole milliseconds (fractions allowed: 80 % of 45 minutes is 36, of 1 minute 48 s). */
export function parseMinutes(value: unknown, field: string): number {
	if (value === undefined || value === null) throw new CrmError('CRM_REQUIRED_FIELD', `"${field}" is required.`, { field });
	if (typeof value !== 'number') throw new CrmError('CRM_INVALID_TYPE', `"${field}" must be a number of minutes, got ${describeValue(value)}.`, { field });
	if (!Number.isFinite(value) || value < 0) throw new CrmError('CRM_OUT_OF_RANGE', `"${field}" must be zero or more minutes, got ${describeValue(value)}.`, { field });
	return Math.round(value * MINUTE_MS);
}

import { isCalendarDate } from '../calendar/calendar-day.ts';
import { CrmError } from '../errors/crm-error.ts';
import { describeValue } from '../errors/describe-value.ts';
import { parseInstant } from '../business-time/parse-instant.ts';
import { assertIntegerInRange } from '../service-routing/assert-field.ts';

// Service-desk input comes from the database, forms and API clients, so it is checked at runtime
// even where TypeScript already says what it is. Every error names the value in details.field.

/** Ten years of minutes: a larger target or duration is a typing error, not a promise. */
export const MAX_TARGET_MINUTES = 10 * 366 * 24 * 60;

export function assertChoice<T extends string>(value: unknown, choices: readonly T[], field: string): asserts value is T {
	if (value === undefined || value === null || value === '') throw new CrmError('CRM_REQUIRED_FIELD', `"${field}" is required.`, { field });
	if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) {
		throw new CrmError('CRM_INVALID_CHOICE', `"${field}" must be one of ${choices.join(', ')}, got ${describeValue(value)}.`, { field, allowed: choices });
	}
}

/** A day 'YYYY-MM-DD' or null (open-ended), but not missing: a forgotten field is an error, not "none". */
export function assertOptionalDay(value: unknown, field: string): asserts value is string | null {
	if (value === null) return;
	if (value === undefined) throw new CrmError('CRM_REQUIRED_FIELD', `"${field}" is required (null for none).`, { field });
	if (!isCalendarDate(value)) throw new CrmError('CRM_INVALID_FORMAT', `"${field}" must be a day written 'YYYY-MM-DD', got ${describeValue(value)}.`, { field });
}

export function assertDay(value: unknown, field: string): asserts value is string {
	if (value === null || value === undefined || value === '') throw new CrmError('CRM_REQUIRED_FIELD', `"${field}" is required.`, { field });
	assertOptionalDay(value, field);
}

/** Whole business minutes or null (no target). */
export function assertOptionalMinutes(value: unknown, field: string): asserts value is number | null {
	if (value === null) return;
	if (value === undefined) throw new CrmError('CRM_REQUIRED_FIELD', `"${field}" is required (null for no target).`, { field });
	assertIntegerInRange(value, field, 0, MAX_TARGET_MINUTES);
}

/** Whole minor units, zero or more. */
export function assertAmount(value: unknown, field: string): asserts value is number {
	if (value === undefined || value === null) throw new CrmError('CRM_REQUIRED_FIELD', `"${field}" is required.`, { field });
	if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
		throw new CrmError('CRM_INVALID_AMOUNT', `"${field}" must be a whole number of minor units (e.g. 1999 for 19.99), got ${describeValue(value)}.`, { field });
	}
	if (value < 0) throw new CrmError('CRM_INVALID_AMOUNT', `"${field}" must be zero or more, got ${value}.`, { field });
}

/** An instant (ISO with zone, or epoch ms) as canonical ISO UTC text, so stored times compare as text and print alike. */
export function toIsoInstant(value: unknown, field: string): string {
	return new Date(parseInstant(value, field)).toISOString();
}

/** Like toIsoInstant, null and a missing value meaning "not yet". */
export function toOptionalIsoInstant(value: unknown, field: string): string | null {
	return value === null || value === undefined ? null : toIsoInstant(value, field);
}

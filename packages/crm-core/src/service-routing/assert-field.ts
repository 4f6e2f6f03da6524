import { CrmError } from '../errors/crm-error.ts';
import { describeValue } from '../errors/describe-value.ts';

// Routing input comes from the database, forms and API clients, so it is checked at runtime even
// where TypeScript already says what it is. Every error names the value in details.field.

export { describeValue };

export function assertObject(value: unknown, field: string): asserts value is Record<string, unknown> {
	if (value === undefined || value === null) throw new CrmError('CRM_REQUIRED_FIELD', `"${field}" is required.`, { field });
	if (typeof value !== 'object' || Array.isArray(value)) throw new CrmError('CRM_INVALID_TYPE', `"${field}" must be an object, got ${describeValue(value)}.`, { field });
}

/** Ids, codes and names: text that may not be empty. */
export function assertNonEmptyString(value: unknown, field: string): asserts value is string {
	if (value === undefined || value === null || value === '') throw new CrmError('CRM_REQUIRED_FIELD', `"${field}" is required.`, { field });
	if (typeof value !== 'string') throw new CrmError('CRM_INVALID_TYPE', `"${field}" must be text, got ${describeValue(value)}.`, { field });
	if (value.trim() === '') throw new CrmError('CRM_REQUIRED_FIELD', `"${field}" may not be blank.`, { field });
}

/** Free text that may be empty (a mail without a subject). */
export function assertString(value: unknown, field: string): asserts value is string {
	if (value === undefined || value === null) throw new CrmError('CRM_REQUIRED_FIELD', `"${field}" is required (send "" for none).`, { field });
	if (typeof value !== 'string') throw new CrmError('CRM_INVALID_TYPE', `"${field}" must be text, got ${describeValue(value)}.`, { field });
}

/** An id that may be null (no product, no team), but not missing: a forgotten field is an error, not "none". */
export function assertOptionalId(value: unknown, field: string): asserts value is string | null {
	if (value === null) return;
	if (value === undefined) throw new CrmError('CRM_REQUIRED_FIELD', `"${field}" is required (null for none).`, { field });
	assertNonEmptyString(value, field);
}

export function assertBoolean(value: unknown, field: string): asserts value is boolean {
	if (value === undefined || value === null) throw new CrmError('CRM_REQUIRED_FIELD', `"${field}" is required.`, { field });
	if (typeof value !== 'boolean') throw new CrmError('CRM_INVALID_TYPE', `"${field}" must be true or false, got ${describeValue(value)}.`, { field });
}

export function assertArray(value: unknown, field: string): asserts value is unknown[] {
	if (value === undefined || value === null) throw new CrmError('CRM_REQUIRED_FIELD', `"${field}" is required (an empty list for none).`, { field });
	if (!Array.isArray(value)) throw new CrmError('CRM_INVALID_TYPE', `"${field}" must be a list, got ${describeValue(value)}.`, { field });
}

export function assertIdList(value: unknown, field: string): asserts value is string[] {
	assertArray(value, field);
	value.forEach((item, i) => assertNonEmptyString(item, `${field}[${i}]`));
}

/** A whole number within [min, max]. */
export function assertIntegerInRange(value: unknown, field: string, min: number, max: number): asserts value is number {
	if (value === undefined || value === null) throw new CrmError('CRM_REQUIRED_FIELD', `"${field}" is required.`, { field });
	if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new CrmError('CRM_INVALID_TYPE', `"${field}" must be a whole number, got ${describeValue(value)}.`, { field });
	if (value < min || value > max) throw new CrmError('CRM_OUT_OF_RANGE', `"${field}" must be between ${min} and ${max}, got ${value}.`, { field, min, max });
}

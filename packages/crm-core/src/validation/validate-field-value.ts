import { checkJsonShape } from './check-json-shape.ts';
import type { FieldRule, FieldType } from './field-rule.ts';
import type { FieldViolation } from './field-violation.ts';
import { isUuid } from './is-uuid.ts';

const INTEGER_TEXT = /^-?\d+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?$/;
const INT32 = { min: -2147483648n, max: 2147483647n };
const INT64 = { min: -9223372036854775808n, max: 9223372036854775807n };

export function describe(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	if (typeof value === 'object') return 'an object';
	if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
	return String(value);
}

function isValidCalendarDate(y: number, m: number, d: number): boolean {
	if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
	const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
	return d <= days[m - 1]!;
}

function isValidTime(h: number, min: number, s: number): boolean {
	return h <= 23 && min <= 59 && s <= 59;
}

/** Parses a whole number given as a JS number or as decimal text; null if it is not one. */
function toBigInt(value: unknown): bigint | null {
	if (typeof value === 'number') return Number.isSafeInteger(value) ? BigInt(value) : null;
	if (typeof value === 'string' && INTEGER_TEXT.test(value) && value.length <= 21) return BigInt(value);
	return null;
}

/** Whether `value` can be the primary key of a record whose key has type `keyType`. */
export function isKeyOf(keyType: FieldType, value: unknown): boolean {
	if (keyType === 'uuid') return isUuid(value);
	if (keyType === 'integer' || keyType === 'bigInteger') {
		const n = toBigInt(value);
		return n !== null && n > 0n && n <= INT64.max;
	}
	return (typeof value === 'string' && value !== '') || (typeof value === 'number' && Number.isSafeInteger(value));
}

const KEY_NAMES: Partial<Record<FieldType, string>> = { uuid: 'a UUID', integer: 'a whole number', bigInteger: 'a whole number' };

/**
 * Checks one non-null value against its field's rule; returns the first problem or null. A many-to-one
 * field takes the related record's key here; a nested object is the payload walk's business.
 */
export function validateFieldValue(rule: FieldRule, value: unknown, field = rule.field): FieldViolation | null {
	const f = field;
	const fail = (code: FieldViolation['code'], message: string): FieldViolation => ({ code, field: f, message });

	if (rule.relation?.kind === 'm2o') {
		if (isKeyOf(rule.relation.keyType, value)) return null;
		return fail('CRM_INVALID_TYPE', `"${f}" must be the id (${KEY_NAMES[rule.relation.keyType] ?? 'the key'}) of a ${rule.relation.collection} record, got ${describe(value)}.`);
	}

	switch (rule.type) {
		case 'string':
		case 'text':
		case 'hash': {
			if (typeof value !== 'string') return fail('CRM_INVALID_TYPE', `"${f}" must be text, got ${describe(value)}.`);
			if (rule.maxLength !== null && [...value].length > rule.maxLength) return fail('CRM_TOO_LONG', `"${f}" must be at most ${rule.maxLength} characters, got ${[...value].length}.`);
			if (rule.choices && !rule.choices.includes(value)) return fail('CRM_INVALID_CHOICE', `"${f}" must be one of ${rule.choices.join(', ')}; got ${describe(value)}.`);
			if (rule.pattern !== null && !new RegExp(rule.pattern).test(value)) return fail('CRM_INVALID_FORMAT', rule.message ?? `"${f}" has the wrong format: ${describe(value)}.`);
			return null;
		}

		case 'uuid':
			if (!isUuid(value)) return fail('CRM_INVALID_TYPE', `"${f}" must be a UUID, got ${describe(value)}.`);
			return null;

		case 'integer':
		case 'bigInteger': {
			const n = toBigInt(value);
			if (n === null) return fail('CRM_INVALID_TYPE', `"${f}" must be a whole number, got ${describe(value)}.`);
			const limits = rule.type === 'integer' ? INT32 : INT64;
			if (n < limits.min || n > limits.max) return fail('CRM_OUT_OF_RANGE', `"${f}" is too large: ${describe(value)}.`);
			if (rule.min !== null && n < BigInt(Math.ceil(rule.min))) return fail('CRM_OUT_OF_RANGE', rule.message ?? `"${f}" must be at least ${rule.min}, got ${describe(value)}.`);
			if (rule.max !== null && n > BigInt(Math.floor(rule.max))) return fail('CRM_OUT_OF_RANGE', rule.message ?? `"${f}" must be at most ${rule.max}, got ${describe(value)}.`);
			return null;
		}

		case 'float':
		case 'decimal': {
			const text = typeof value === 'string' && value.trim() !== '' ? value : null;
			const n = typeof value === 'number' ? value : Number(text ?? NaN);
			if (!Number.isFinite(n)) return fail('CRM_INVALID_TYPE', `"${f}" must be a number, got ${describe(value)}.`);
			if (rule.min !== null && n < rule.min) return fail('CRM_OUT_OF_RANGE', rule.message ?? `"${f}" must be at least ${rule.min}.`);
			if (rule.max !== null && n > rule.max) return fail('CRM_OUT_OF_RANGE', rule.message ?? `"${f}" must be at most ${rule.max}.`);
			return null;
		}

		case 'boolean':
			return typeof value === 'boolean' ? null : fail('CRM_INVALID_TYPE', `"${f}" must be true or false, got ${describe(value)}.`);

		case 'date': {
			const m = typeof value === 'string' ? DATE.exec(value) : null;
			if (!m || !isValidCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) return fail('CRM_INVALID_TYPE', `"${f}" must be a date as YYYY-MM-DD, got ${describe(value)}.`);
			return null;
		}

		case 'dateTime':
		case 'timestamp': {
			const m = typeof value === 'string' ? DATE_TIME.exec(value) : null;
			const valid = m && isValidCalendarDate(Number(m[1]), Number(m[2]), Number(m[3])) && isValidTime(Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
			if (!valid) return fail('CRM_INVALID_TYPE', `"${f}" must be a date and time in ISO 8601 (e.g. 2026-05-01T14:30:00Z), got ${describe(value)}.`);
			return null;
		}

		case 'time': {
			const m = typeof value === 'string' ? TIME.exec(value) : null;
			if (!m || !isValidTime(Number(m[1]), Number(m[2]), Number(m[3] ?? 0))) return fail('CRM_INVALID_TYPE', `"${f}" must be a time as HH:MM[:SS], got ${describe(value)}.`);
			return null;
		}

		case 'csv':
			if (typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'))) return null;
			return fail('CRM_INVALID_TYPE', `"${f}" must be a list of texts, got ${describe(value)}.`);

		case 'json':
			return checkJsonShape(rule.jsonShape, value, f);

		case 'alias':
		case 'unknown':
			return null;
	}
}

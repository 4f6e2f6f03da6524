import type { JsonShape } from './field-rule.ts';
import type { FieldViolation } from './field-violation.ts';
import { isPlainObject } from './is-plain-object.ts';

const SHAPE_NAMES: Record<string, string> = {
	text: 'a list of texts, e.g. ["A", "B"]',
	integer: 'a list of whole numbers, e.g. [1, 2]',
	object: 'a list of objects, e.g. [{ … }]',
	any: 'a list, e.g. […]',
};


function fits(shape: JsonShape, value: unknown): boolean {
	if (shape.kind === 'any') return true;
	if (shape.kind === 'object') return isPlainObject(value);
	if (!Array.isArray(value)) return false;
	if (shape.of === 'text') return value.every((v) => typeof v === 'string');
	if (shape.of === 'integer') return value.every((v) => typeof v === 'number' && Number.isSafeInteger(v));
	if (shape.of === 'object') return value.every(isPlainObject);
	return true;
}

/**
 * Checks a JSON field's value. Directus stores a string as JSON text without parsing it, so a string
 * is accepted only when it is valid JSON, and then judged by what it contains.
 */
export function checkJsonShape(shape: JsonShape | null, value: unknown, field: string): FieldViolation | null {
	let parsed = value;
	if (typeof value === 'string') {
		try {
			parsed = JSON.parse(value);
		} catch {
			return { code: 'CRM_INVALID_TYPE', field, message: `"${field}" is not valid JSON; send the value itself (a list or an object), not text.` };
		}
	}
	if (!shape || fits(shape, parsed)) return null;
	const expected = shape.kind === 'list' ? SHAPE_NAMES[shape.of] : 'an object, e.g. { … }';
	return { code: 'CRM_INVALID_TYPE', field, message: `"${field}" must be ${expected}.` };
}

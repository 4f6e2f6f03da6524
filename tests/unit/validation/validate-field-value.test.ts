import { describe, expect, test } from 'vitest';
import type { FieldRule } from '../../../packages/crm-core/src/index.ts';
import { validateFieldValue } from '../../../packages/crm-core/src/index.ts';

function rule(overrides: Partial<FieldRule>): FieldRule {
	return { field: 'f', type: 'string', required: false, nullable: true, hasDefault: false, primaryKey: false, relation: null, presentation: false, managed: false, readonly: false, maxLength: null, choices: null, min: null, max: null, pattern: null, message: null, jsonShape: null, ...overrides };
}

const codeOf = (r: FieldRule, v: unknown) => validateFieldValue(r, v)?.code ?? 'ok';

describe('validateFieldValue', () => {
	test.each([
		['bigInteger', 'abc', 'CRM_INVALID_TYPE'],
		['bigInteger', 1.5, 'CRM_INVALID_TYPE'],
		['bigInteger', { a: 1 }, 'CRM_INVALID_TYPE'],
		['bigInteger', true, 'CRM_INVALID_TYPE'],
		['bigInteger', '1234567890123456789012345678901234567890', 'CRM_INVALID_TYPE'],
		['bigInteger', '9223372036854775808', 'CRM_OUT_OF_RANGE'],
		['bigInteger', '9223372036854775807', 'ok'],
		['bigInteger', 12345, 'ok'],
		['bigInteger', '-42', 'ok'],
		['integer', 2 ** 31, 'CRM_OUT_OF_RANGE'],
		['integer', -(2 ** 31), 'ok'],
		['integer', '17', 'ok'],
		['integer', '1e3', 'CRM_INVALID_TYPE'],
		['boolean', 'maybe', 'CRM_INVALID_TYPE'],
		['boolean', 2, 'CRM_INVALID_TYPE'],
		['boolean', 'true', 'CRM_INVALID_TYPE'],
		['boolean', false, 'ok'],
		['string', { a: 1 }, 'CRM_INVALID_TYPE'],
		['string', 42, 'CRM_INVALID_TYPE'],
		['string', 'fine', 'ok'],
		['uuid', 'not-a-uuid', 'CRM_INVALID_TYPE'],
		['uuid', '7f0c2a8e-1b2c-4d3e-8f90-123456789abc', 'ok'],
		['date', '2026-02-29', 'CRM_INVALID_TYPE'],
		['date', '2028-02-29', 'ok'],
		['date', 42, 'CRM_INVALID_TYPE'],
		['date', '2026-05-01T10:00:00Z', 'CRM_INVALID_TYPE'],
		['timestamp', '2026-13-45', 'CRM_INVALID_TYPE'],
		['timestamp', 'yesterday', 'CRM_INVALID_TYPE'],
		['timestamp', '2026-05-01T25:00:00Z', 'CRM_INVALID_TYPE'],
		['timestamp', '2026-05-01T14:30:00.123Z', 'ok'],
		['timestamp', '2026-05-01T14:30:00+02:00', 'ok'],
		['timestamp', '2026-05-01', 'ok'],
		['time', '23:59:59', 'ok'],
		['time', '24:00', 'CRM_INVALID_TYPE'],
		['json', { any: ['thing'] }, 'ok'],
	] as const)('%s rejects or accepts %j → %s', (type, value, code) => {
		expect(codeOf(rule({ type }), value)).toBe(code);
	});

	test('counts length in characters, not bytes', () => {
		const r = rule({ maxLength: 3 });
		expect(codeOf(r, 'äöü')).toBe('ok');
		expect(codeOf(r, '😀😀😀')).toBe('ok');
		expect(codeOf(r, 'abcd')).toBe('CRM_TOO_LONG');
	});

	test('enforces choices and patterns with the administrator message', () => {
		expect(codeOf(rule({ choices: ['a', 'b'] }), 'c')).toBe('CRM_INVALID_CHOICE');
		expect(codeOf(rule({ choices: ['a', 'b'] }), 'b')).toBe('ok');
		const currency = rule({ pattern: '^[A-Z]{3}$', message: 'Use an ISO code.' });
		expect(validateFieldValue(currency, 'eur')).toEqual({ code: 'CRM_INVALID_FORMAT', field: 'f', message: 'Use an ISO code.' });
		expect(codeOf(currency, 'EUR')).toBe('ok');
	});

	test.each([
		[-1, 'CRM_OUT_OF_RANGE'],
		[0, 'ok'],
		[365, 'ok'],
		[366, 'CRM_OUT_OF_RANGE'],
	])('keeps payment terms of %i days within 0..365 → %s', (value, code) => {
		expect(codeOf(rule({ type: 'integer', min: 0, max: 365 }), value)).toBe(code);
	});

	test.each([
		['uuid', '7f0c2a8e-1b2c-4d3e-8f90-123456789abc', 'ok'],
		['uuid', 7, 'CRM_INVALID_TYPE'],
		['uuid', 'not-a-uuid', 'CRM_INVALID_TYPE'],
		['uuid', ['7f0c2a8e-1b2c-4d3e-8f90-123456789abc'], 'CRM_INVALID_TYPE'],
		['integer', 7, 'ok'],
		['integer', '7', 'ok'],
		['integer', 0, 'CRM_INVALID_TYPE'],
		['integer', 1.5, 'CRM_INVALID_TYPE'],
	] as const)('a many-to-one link to a %s key accepts %j → %s, whatever type the database reports for the column', (keyType, value, code) => {
		// SQLite reports a uuid foreign key as a string column; the related key decides.
		const m2o = rule({ type: 'string', relation: { kind: 'm2o', collection: 'crm_regions', keyField: 'id', keyType, system: false } });
		expect(codeOf(m2o, value)).toBe(code);
	});

	test.each([
		[{ kind: 'list', of: 'text' }, ['A', 'B'], 'ok'],
		[{ kind: 'list', of: 'text' }, '["A"]', 'ok'],
		[{ kind: 'list', of: 'text' }, 42, 'CRM_INVALID_TYPE'],
		[{ kind: 'list', of: 'text' }, [1], 'CRM_INVALID_TYPE'],
		[{ kind: 'list', of: 'text' }, { a: 1 }, 'CRM_INVALID_TYPE'],
		[{ kind: 'list', of: 'text' }, 'x', 'CRM_INVALID_TYPE'],
		[{ kind: 'list', of: 'integer' }, [1, 7], 'ok'],
		[{ kind: 'list', of: 'integer' }, [1.5], 'CRM_INVALID_TYPE'],
		[{ kind: 'list', of: 'object' }, [{ skill: 'DB' }], 'ok'],
		[{ kind: 'list', of: 'object' }, ['DB'], 'CRM_INVALID_TYPE'],
		[{ kind: 'object' }, { 1: [] }, 'ok'],
		[{ kind: 'object' }, [], 'CRM_INVALID_TYPE'],
		[null, 42, 'ok'],
		[null, 'not json', 'CRM_INVALID_TYPE'],
	] as const)('a JSON field of shape %j takes %j → %s', (jsonShape, value, code) => {
		expect(codeOf(rule({ type: 'json', jsonShape: jsonShape as FieldRule['jsonShape'] }), value)).toBe(code);
	});
});

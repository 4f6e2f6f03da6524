import { describe, expect, test } from 'vitest';
import { assertValidPayload, buildFieldRule, type CollectionRules, CrmError, findPayloadViolations } from '../../../packages/crm-core/src/index.ts';

const rules: CollectionRules = {
	collection: 'crm_customers',
	primaryKey: 'id',
	fields: Object.fromEntries(
		[
			buildFieldRule({ field: 'id', type: 'uuid', schema: { is_primary_key: true, is_nullable: false }, meta: { special: ['uuid'] } }),
			buildFieldRule({ field: 'name', type: 'string', schema: { is_nullable: false, max_length: 200 }, meta: { required: true } }),
			buildFieldRule({ field: 'status', type: 'string', schema: { is_nullable: false, max_length: 32, default_value: 'prospect' }, meta: { required: true, options: { choices: [{ value: 'prospect' }, { value: 'active' }] } } }),
			buildFieldRule({ field: 'credit_limit', type: 'bigInteger', schema: { is_nullable: true }, meta: { validation: { _and: [{ credit_limit: { _gte: 0 } }] } } }),
			buildFieldRule({ field: 'notes', type: 'text', schema: { is_nullable: true }, meta: {} }),
			buildFieldRule({ field: 'date_created', type: 'timestamp', schema: { is_nullable: true }, meta: { special: ['date-created'] } }),
			buildFieldRule({ field: 'contacts', type: 'alias', schema: null, meta: { special: ['o2m'] } }),
			buildFieldRule({ field: 'gross_total', type: 'bigInteger', schema: { is_nullable: true }, meta: { readonly: true } }),
		].map((r) => [r.field, r]),
	),
};

describe('findPayloadViolations', () => {
	test('requires required fields without a default on create only', () => {
		expect(findPayloadViolations(rules, {}, 'create').map((v) => [v.code, v.field])).toEqual([['CRM_REQUIRED_FIELD', 'name']]);
		expect(findPayloadViolations(rules, {}, 'update')).toEqual([]);
	});

	test('does not let an update clear a required field', () => {
		expect(findPayloadViolations(rules, { name: '  ' }, 'update').map((v) => v.code)).toEqual(['CRM_REQUIRED_FIELD']);
		expect(findPayloadViolations(rules, { status: null }, 'update').map((v) => v.code)).toEqual(['CRM_REQUIRED_FIELD']);
	});

	test('lets optional fields be cleared with null', () => {
		expect(findPayloadViolations(rules, { credit_limit: null, notes: null }, 'update')).toEqual([]);
	});

	test('rejects unknown fields instead of dropping them silently', () => {
		expect(findPayloadViolations(rules, { stauts: 'active' }, 'update')).toEqual([{ code: 'CRM_INVALID_PAYLOAD', field: 'stauts', message: 'crm_customers has no field "stauts".' }]);
	});

	test('ignores fields Directus manages and relational aliases', () => {
		expect(findPayloadViolations(rules, { date_created: 'whatever', contacts: [{ first_name: 'x' }], name: 'Ok' }, 'create')).toEqual([]);
	});

	test('reads the non-negative money bound from the field validation', () => {
		expect(findPayloadViolations(rules, { credit_limit: -1 }, 'update').map((v) => v.code)).toEqual(['CRM_OUT_OF_RANGE']);
	});

	test('refuses a payload that is not an object', () => {
		expect(findPayloadViolations(rules, ['x'], 'create').map((v) => v.code)).toEqual(['CRM_INVALID_PAYLOAD']);
	});
});

describe('computed fields', () => {
	test('a client cannot set a computed total, the CRM itself can', () => {
		expect(findPayloadViolations(rules, { gross_total: 100 }, 'update').map((v) => [v.code, v.field])).toEqual([['CRM_READONLY_FIELD', 'gross_total']]);
		expect(findPayloadViolations(rules, { gross_total: 100 }, 'update', { trusted: true })).toEqual([]);
	});

	test('the primary key stays writable on create although it is read-only in the Studio', () => {
		expect(findPayloadViolations(rules, { id: '7f0c2a8e-1b2c-4d3e-8f90-123456789abc', name: 'x' }, 'create')).toEqual([]);
	});
});

describe('assertValidPayload', () => {
	test('throws the first violation with all of them in details', () => {
		let error: unknown;
		try {
			assertValidPayload(rules, { name: 7, credit_limit: 'x' }, 'create');
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(CrmError);
		expect((error as CrmError).code).toBe('CRM_INVALID_TYPE');
		expect((error as CrmError).message).toBe('crm_customers: "name" must be text, got 7. (and 1 more problem)');
		expect((error as CrmError).details['field']).toBe('name');
		expect(((error as CrmError).details['violations'] as unknown[]).length).toBe(2);
	});
});

describe('buildFieldRule', () => {
	test('strict bounds become the next whole number, and allowOther turns choices off', () => {
		const r = buildFieldRule({ field: 'q', type: 'integer', schema: {}, meta: { validation: { _and: [{ q: { _gt: 0 } }, { q: { _lt: 10 } }] } } });
		expect([r.min, r.max]).toEqual([1, 9]);
		const free = buildFieldRule({ field: 'c', type: 'string', schema: {}, meta: { options: { choices: [{ value: 'a' }], allowOther: true } } });
		expect(free.choices).toBeNull();
	});
});

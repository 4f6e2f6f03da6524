import { describe, expect, test } from 'vitest';
import { assertValidPayload, buildFieldRule, type CollectionRules, CrmError, type FieldContext, type FieldDefinition, findPayloadViolations, normalizeLinks, type RulesBook } from '../../../packages/crm-core/src/index.ts';

type Def = Omit<FieldDefinition, 'collection'>;

function collection(name: string, fields: [Def, FieldContext?][], primaryKey = 'id'): CollectionRules {
	return { collection: name, primaryKey, fields: Object.fromEntries(fields.map(([def, context]) => [def.field, buildFieldRule({ ...def, collection: name }, context)])) };
}

const pk: Def = { field: 'id', type: 'uuid', schema: { is_primary_key: true, is_nullable: false }, meta: { special: ['uuid'] } };
const UUID = '7f0c2a8e-1b2c-4d3e-8f90-123456789abc';
const OTHER = '11111111-2222-4333-8444-555555555555';
const m2o = (collection: string, system = false): FieldContext => ({ relation: { kind: 'm2o', collection, keyField: 'id', keyType: 'uuid', system } });

const customers = collection('crm_customers', [
	[pk],
	[{ field: 'name', type: 'string', schema: { is_nullable: false, max_length: 200 }, meta: { required: true } }],
	[{ field: 'status', type: 'string', schema: { is_nullable: false, max_length: 32, default_value: 'prospect' }, meta: { required: true, options: { choices: [{ value: 'prospect' }, { value: 'active' }] } } }],
	[{ field: 'credit_limit', type: 'bigInteger', schema: { is_nullable: true }, meta: { validation: { _and: [{ _or: [{ credit_limit: { _null: true } }, { _and: [{ credit_limit: { _gte: 0 } }] }] }] } } }],
	[{ field: 'notes', type: 'text', schema: { is_nullable: true }, meta: {} }],
	[{ field: 'region', type: 'string', schema: { is_nullable: true }, meta: {} }, m2o('crm_regions')],
	[{ field: 'portal_user', type: 'uuid', schema: { is_nullable: true }, meta: {} }, m2o('directus_users', true)],
	[{ field: 'date_created', type: 'timestamp', schema: { is_nullable: true }, meta: { special: ['date-created'] } }],
	[{ field: 'user_created', type: 'string', schema: { is_nullable: true }, meta: { special: ['user-created'] } }, m2o('directus_users', true)],
	[{ field: 'contacts', type: 'alias', schema: null, meta: { special: ['o2m'] } }, { relation: { kind: 'o2m', collection: 'crm_contacts', backField: 'customer', keyType: 'uuid', system: false } }],
	[{ field: 'groups', type: 'alias', schema: null, meta: { special: ['m2m'] } }, { relation: { kind: 'o2m', collection: 'crm_customers_groups', backField: 'crm_customers_id', keyType: 'integer', system: false } }],
	[{ field: 'timeline', type: 'alias', schema: null, meta: { special: ['alias', 'no-data'] } }],
	[{ field: 'gross_total', type: 'bigInteger', schema: { is_nullable: true }, meta: { readonly: true } }],
]);
const contacts = collection('crm_contacts', [
	[pk],
	[{ field: 'first_name', type: 'string', schema: { is_nullable: false, max_length: 80 }, meta: { required: true } }],
	[{ field: 'customer', type: 'uuid', schema: { is_nullable: false }, meta: { required: true } }, m2o('crm_customers')],
]);
const regions = collection('crm_regions', [
	[pk],
	[{ field: 'code', type: 'string', schema: { is_nullable: false, max_length: 32 }, meta: { required: true } }],
	[{ field: 'name', type: 'string', schema: { is_nullable: false, max_length: 120 }, meta: { required: true } }],
]);
const junction = collection('crm_customers_groups', [
	[{ field: 'id', type: 'integer', schema: { is_primary_key: true, has_auto_increment: true, is_nullable: false }, meta: {} }],
	[{ field: 'crm_customers_id', type: 'string', schema: { is_nullable: true }, meta: {} }, { ...m2o('crm_customers'), junctionKey: true }],
	[{ field: 'crm_groups_id', type: 'string', schema: { is_nullable: true }, meta: {} }, { ...m2o('crm_groups'), junctionKey: true }],
]);
const groups = collection('crm_groups', [[pk], [{ field: 'name', type: 'string', schema: { is_nullable: false, max_length: 120 }, meta: { required: true } }]]);
const productGroups = collection('crm_product_groups', [
	[pk],
	[{ field: 'name', type: 'string', schema: { is_nullable: false, max_length: 120 }, meta: { required: true } }],
	[{ field: 'parent', type: 'uuid', schema: { is_nullable: true }, meta: {} }, m2o('crm_product_groups')],
	[{ field: 'children', type: 'alias', schema: null, meta: { special: ['o2m'] } }, { relation: { kind: 'o2m', collection: 'crm_product_groups', backField: 'parent', keyType: 'uuid', system: false } }],
]);

const book: RulesBook = new Map([customers, contacts, regions, junction, groups, productGroups].map((c) => [c.collection, c]));
const check = (payload: unknown, mode: 'create' | 'update' = 'update', collection = 'crm_customers') => findPayloadViolations(book, collection, payload, mode).map((v) => [v.code, v.field]);

describe('findPayloadViolations', () => {
	test('requires required fields without a default on create only', () => {
		expect(check({}, 'create')).toEqual([['CRM_REQUIRED_FIELD', 'name']]);
		expect(check({})).toEqual([]);
	});

	test('does not let an update clear a required field', () => {
		expect(check({ name: '  ' })).toEqual([['CRM_REQUIRED_FIELD', 'name']]);
		expect(check({ status: null })).toEqual([['CRM_REQUIRED_FIELD', 'status']]);
	});

	test('lets every nullable field be cleared with null, a range rule or a relation notwithstanding', () => {
		expect(check({ credit_limit: null, notes: null, region: null, portal_user: null })).toEqual([]);
		expect(check({ credit_limit: -1 })).toEqual([['CRM_OUT_OF_RANGE', 'credit_limit']]);
	});

	test('rejects unknown fields instead of dropping them silently', () => {
		expect(findPayloadViolations(book, 'crm_customers', { stauts: 'active' }, 'update')).toEqual([{ code: 'CRM_INVALID_PAYLOAD', field: 'stauts', message: 'crm_customers has no field "stauts".' }]);
	});

	test('refuses a payload that is not an object', () => {
		expect(check(['x'], 'create')).toEqual([['CRM_INVALID_PAYLOAD', '']]);
	});
});

describe('fields nobody but the system writes', () => {
	test.each([
		['date_created', '2026-01-01T00:00:00Z'],
		['date_created', 'soon'],
		['user_created', UUID],
		['timeline', 'anything'],
		['gross_total', 100],
	])('%s = %j is refused as read-only on create and update', (field, value) => {
		expect(check({ name: 'x', [field]: value }, 'create')).toEqual([['CRM_READONLY_FIELD', field]]);
		expect(check({ [field]: value })).toEqual([['CRM_READONLY_FIELD', field]]);
	});

	test('the CRM itself may set a computed total', () => {
		expect(findPayloadViolations(book, 'crm_customers', { gross_total: 100 }, 'update', { trusted: true })).toEqual([]);
	});

	test('the primary key may be chosen on create but never changed', () => {
		expect(check({ id: UUID, name: 'x' }, 'create')).toEqual([]);
		expect(check({ id: 'not-a-uuid', name: 'x' }, 'create')).toEqual([['CRM_INVALID_TYPE', 'id']]);
		expect(check({ id: UUID })).toEqual([['CRM_READONLY_FIELD', 'id']]);
	});
});

describe('a many-to-one field links an existing record', () => {
	test('by its id, or as { id } the way the Studio sends it, which becomes the plain id', () => {
		expect(check({ region: UUID, portal_user: { id: OTHER } })).toEqual([]);
		expect(check({ region: { id: 'not-a-uuid' } })).toEqual([['CRM_INVALID_TYPE', 'region.id']]);
		expect(normalizeLinks(book, 'crm_customers', { name: 'x', region: { id: UUID }, portal_user: OTHER })).toEqual({ name: 'x', region: UUID, portal_user: OTHER });
	});

	test.each([
		['region', { code: 'N', name: 'North' }],
		['region', { id: UUID, name: 'Renamed' }],
		['region', { a: 1 }],
		['portal_user', { email: 'ghost@example.com' }],
		['portal_user', {}],
	])('never creates or changes the related record through %s = %j', (field, value) => {
		expect(check({ [field]: value })).toEqual([['CRM_NESTED_WRITE_FORBIDDEN', field]]);
	});

	test('a list is never a many-to-one value', () => {
		expect(check({ region: [{ a: 1 }] })).toEqual([['CRM_INVALID_TYPE', 'region']]);
		expect(check({ portal_user: [UUID] })).toEqual([['CRM_INVALID_TYPE', 'portal_user']]);
	});
});

describe('nested writes in a one-to-many or many-to-many field', () => {
	test('a list links keys and creates or updates objects, the back reference left to Directus', () => {
		expect(check({ contacts: [UUID, { first_name: 'Ann' }, { id: OTHER, first_name: 'Bob' }] })).toEqual([]);
		expect(check({ contacts: [{ a: 1 }] })).toEqual([
			['CRM_INVALID_PAYLOAD', 'contacts[0].a'],
			['CRM_REQUIRED_FIELD', 'contacts[0].first_name'],
		]);
		expect(check({ contacts: [42, 'x'] })).toEqual([
			['CRM_INVALID_TYPE', 'contacts[0]'],
			['CRM_INVALID_TYPE', 'contacts[1]'],
		]);
	});

	test('{ create, update, delete } is checked operation by operation', () => {
		expect(check({ contacts: { create: [{ first_name: 'Ann' }], update: [{ id: UUID, first_name: 'Bo' }], delete: [OTHER] } })).toEqual([]);
		expect(check({ contacts: { create: [{}], update: [{ first_name: 'Bo' }], delete: [{ id: UUID }] } })).toEqual([
			['CRM_REQUIRED_FIELD', 'contacts.create[0].first_name'],
			['CRM_REQUIRED_FIELD', 'contacts.update[0].id'],
			['CRM_INVALID_TYPE', 'contacts.delete[0]'],
		]);
	});

	test.each([[{ a: 1 }], ['x'], [42], [null], [{}]])('%j is not a one-to-many value', (value) => {
		expect(check({ contacts: value })).toEqual([['CRM_INVALID_TYPE', 'contacts']]);
	});

	test('a junction row needs both of its keys, also nested', () => {
		expect(check({}, 'create', 'crm_customers_groups')).toEqual([
			['CRM_REQUIRED_FIELD', 'crm_customers_id'],
			['CRM_REQUIRED_FIELD', 'crm_groups_id'],
		]);
		expect(check({ crm_customers_id: UUID, crm_groups_id: null }, 'update', 'crm_customers_groups')).toEqual([['CRM_REQUIRED_FIELD', 'crm_groups_id']]);
		expect(check({ groups: [{ crm_groups_id: UUID }, {}] })).toEqual([['CRM_REQUIRED_FIELD', 'groups[1].crm_groups_id']]);
		expect(check({ groups: [{ crm_groups_id: { id: UUID } }] })).toEqual([]);
		expect(check({ groups: [{ crm_groups_id: { name: 'VIP' } }] })).toEqual([['CRM_NESTED_WRITE_FORBIDDEN', 'groups[0].crm_groups_id']]);
	});

	test('nesting deeper than four levels is refused', () => {
		const tree = (depth: number): Record<string, unknown> => ({ name: `level ${depth}`, ...(depth > 0 ? { children: [tree(depth - 1)] } : {}) });
		expect(check(tree(4), 'create', 'crm_product_groups')).toEqual([]);
		expect(check(tree(6), 'create', 'crm_product_groups')).toEqual([['CRM_INVALID_PAYLOAD', 'children[0].children[0].children[0].children[0].children[0]']]);
	});
});

describe('assertValidPayload', () => {
	test('throws the first violation with all of them in details', () => {
		let error: unknown;
		try {
			assertValidPayload(book, 'crm_customers', { name: 7, credit_limit: 'x' }, 'create');
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

	test('a range that admits null keeps its bounds for the other values', () => {
		const r = buildFieldRule({ field: 'd', type: 'integer', schema: { is_nullable: true }, meta: { validation: { _and: [{ _or: [{ d: { _null: true } }, { _and: [{ d: { _gte: -9999 } }, { d: { _lte: 100000 } }] }] }] } } });
		expect([r.min, r.max, r.nullable]).toEqual([-9999, 100000, true]);
	});

	test('a field the CRM fills in when left out (a deal\'s first stage) is not required on create, yet never null', () => {
		const stage = buildFieldRule({ field: 'stage', type: 'uuid', schema: { is_nullable: false }, meta: { options: { crmDefault: 'the first active open stage' } } });
		expect([stage.required, stage.nullable, stage.hasDefault]).toEqual([false, false, true]);
		const plain = buildFieldRule({ field: 'stage', type: 'uuid', schema: { is_nullable: false }, meta: {} });
		expect([plain.required, plain.nullable]).toEqual([true, false]);
	});

	test('a JSON field takes its shape from the CRM registry', () => {
		expect(buildFieldRule({ collection: 'crm_service_calendars', field: 'holidays', type: 'json', schema: {}, meta: {} }).jsonShape).toEqual({ kind: 'list', of: 'text' });
		expect(buildFieldRule({ collection: 'crm_x', field: 'mine', type: 'json', schema: {}, meta: {} }).jsonShape).toBeNull();
	});
});

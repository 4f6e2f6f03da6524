import { readFieldsByCollection, readItems } from '@directus/sdk';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { collections } from '../../scripts/schema/define-model.ts';
import { type Client, http, loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;

interface Case {
	value: unknown;
	code: string;
}

const MANAGED = ['date-created', 'date-updated', 'user-created', 'user-updated'];

/** Wrong values for a field, each with the error code it must produce. */
function badValuesFor(field: Row): Case[] {
	const type = field['type'] as string;
	const max = field['schema']?.['max_length'] as number | null;
	const choices = (field['meta']?.['options']?.['choices'] ?? []) as unknown[];
	const cases: Case[] = [];

	switch (type) {
		case 'string':
		case 'text':
			cases.push({ value: { a: 1 }, code: 'CRM_INVALID_TYPE' }, { value: 42, code: 'CRM_INVALID_TYPE' }, { value: true, code: 'CRM_INVALID_TYPE' }, { value: ['x'], code: 'CRM_INVALID_TYPE' });
			if (max) cases.push({ value: 'x'.repeat(max + 1), code: 'CRM_TOO_LONG' });
			if (choices.length) cases.push({ value: 'definitely-not-a-choice', code: 'CRM_INVALID_CHOICE' });
			break;
		case 'integer':
		case 'bigInteger':
			cases.push(
				{ value: 'abc', code: 'CRM_INVALID_TYPE' },
				{ value: 1.5, code: 'CRM_INVALID_TYPE' },
				{ value: { a: 1 }, code: 'CRM_INVALID_TYPE' },
				{ value: true, code: 'CRM_INVALID_TYPE' },
				{ value: '1234567890123456789012345678901234567890', code: 'CRM_INVALID_TYPE' },
				{ value: type === 'integer' ? 2 ** 31 : '9223372036854775808', code: 'CRM_OUT_OF_RANGE' },
			);
			for (const rule of (field['meta']?.['validation']?.['_and'] ?? []) as Row[]) {
				const bound = rule[field['field']] as Row | undefined;
				if (typeof bound?.['_gte'] === 'number') cases.push({ value: bound['_gte'] - 1, code: 'CRM_OUT_OF_RANGE' });
				if (typeof bound?.['_lte'] === 'number') cases.push({ value: bound['_lte'] + 1, code: 'CRM_OUT_OF_RANGE' });
			}
			break;
		case 'boolean':
			cases.push({ value: 'maybe', code: 'CRM_INVALID_TYPE' }, { value: 2, code: 'CRM_INVALID_TYPE' }, { value: {}, code: 'CRM_INVALID_TYPE' });
			break;
		case 'uuid':
			cases.push({ value: 'not-a-uuid', code: 'CRM_INVALID_TYPE' }, { value: 42, code: 'CRM_INVALID_TYPE' });
			break;
		case 'date':
		case 'timestamp':
		case 'dateTime':
			cases.push({ value: 42, code: 'CRM_INVALID_TYPE' }, { value: '2026-13-45', code: 'CRM_INVALID_TYPE' }, { value: 'yesterday', code: 'CRM_INVALID_TYPE' }, { value: {}, code: 'CRM_INVALID_TYPE' });
			break;
	}

	if (field['meta']?.['required'] && type !== 'boolean') cases.push({ value: null, code: 'CRM_REQUIRED_FIELD' });
	return cases;
}

function clientFields(fields: Row[]): Row[] {
	return fields.filter((f) => f['type'] !== 'alias' && !f['schema']?.['is_primary_key'] && !(f['meta']?.['special'] ?? []).some((s: string) => MANAGED.includes(s)));
}

const isComputed = (f: Row) => Boolean(f['meta']?.['readonly']);

describe.each(inject('instances'))('input validation on $name', (instance) => {
	let admin: Client;
	let token: string;

	beforeAll(async () => {
		admin = await loginAsAdmin(instance);
		token = (await admin.getToken())!;
	});

	const CRM_COLLECTIONS = collections.filter((c) => !c.meta['singleton']).map((c) => c.collection);
	const SINGLETONS = collections.filter((c) => c.meta['singleton']).map((c) => c.collection);

	test.each(CRM_COLLECTIONS)('%s: every wrong value is a 400 naming the field, and nothing is stored', async (collection) => {
		const all = clientFields((await admin.request(readFieldsByCollection(collection))) as Row[]);
		const fields = all.filter((f) => !isComputed(f));
		const computed = all.filter(isComputed);
		const [existing] = (await admin.request(readItems(collection as never, { limit: 1, sort: ['id'] as never }))) as Row[];
		expect(existing, `seeded ${collection} has an item`).toBeDefined();
		const countBefore = await admin.request(readItems(collection as never, { aggregate: { count: '*' } } as never));
		const template = Object.fromEntries(fields.map((f) => [f['field'], existing![f['field']]]));
		const results: unknown[] = [];
		const expected: unknown[] = [];

		for (const field of fields) {
			for (const { value, code } of badValuesFor(field)) {
				const name = field['field'];
				const create = await http(instance, token, 'POST', `/items/${collection}`, { ...template, [name]: value });
				const update = await http(instance, token, 'PATCH', `/items/${collection}/${existing!['id']}`, { [name]: value });
				const summary = (r: { status: number; json: any }) => [r.status, r.json?.errors?.[0]?.extensions?.code, r.json?.errors?.[0]?.extensions?.field];
				results.push([name, JSON.stringify(value).slice(0, 30), summary(create), summary(update)]);
				expected.push([name, JSON.stringify(value).slice(0, 30), [400, code, name], [400, code, name]]);
			}
		}

		// Computed fields (totals, statuses, numbers) cannot be set by a client, not even to their current value.
		for (const field of computed) {
			const name = field['field'];
			const update = await http(instance, token, 'PATCH', `/items/${collection}/${existing!['id']}`, { [name]: existing![name] ?? null });
			results.push([name, 'computed', [update.status, update.json?.errors?.[0]?.extensions?.code, update.json?.errors?.[0]?.extensions?.field]]);
			expected.push([name, 'computed', [400, 'CRM_READONLY_FIELD', name]]);
		}

		expect(results).toEqual(expected);
		expect(await admin.request(readItems(collection as never, { aggregate: { count: '*' } } as never))).toEqual(countBefore);
		const after = (await admin.request(readItems(collection as never, { filter: { id: { _eq: existing!['id'] } } as never }))) as Row[];
		expect(after[0]).toEqual(existing);
	});

	// A singleton (the pricing policy) has one item, read and written without an id.
	test.each(SINGLETONS)('%s (singleton): every wrong value is a 400 naming the field, and nothing changes', async (collection) => {
		const all = clientFields((await admin.request(readFieldsByCollection(collection))) as Row[]);
		const existing = (await http(instance, token, 'GET', `/items/${collection}`)).json.data as Row;
		expect(existing?.['id'], `seeded ${collection} has its item`).toBeDefined();
		const results: unknown[] = [];
		const expected: unknown[] = [];
		for (const field of all) {
			const name = field['field'];
			const cases = isComputed(field) ? [{ value: existing[name] ?? null, code: 'CRM_READONLY_FIELD' }] : badValuesFor(field);
			for (const { value, code } of cases) {
				const update = await http(instance, token, 'PATCH', `/items/${collection}`, { [name]: value });
				results.push([name, JSON.stringify(value).slice(0, 30), [update.status, update.json?.errors?.[0]?.extensions?.code, update.json?.errors?.[0]?.extensions?.field]]);
				expected.push([name, JSON.stringify(value).slice(0, 30), [400, code, name]]);
			}
		}
		expect(results).toEqual(expected);
		expect((await http(instance, token, 'GET', `/items/${collection}`)).json.data).toEqual(existing);
	});

	test('an unknown field is rejected instead of silently dropped', async () => {
		const res = await http(instance, token, 'POST', '/items/crm_customers', { name: 'Typo Ltd', stauts: 'active' });
		expect([res.status, res.json.errors[0].extensions.code, res.json.errors[0].extensions.field]).toEqual([400, 'CRM_INVALID_PAYLOAD', 'stauts']);
	});

	test('a batch create with one bad item writes none of them', async () => {
		const before = await admin.request(readItems('crm_customers' as never, { aggregate: { count: '*' } } as never));
		const res = await http(instance, token, 'POST', '/items/crm_customers', [{ name: 'Batch One' }, { name: 'Batch Two', credit_limit: 'lots' }]);
		expect([res.status, res.json.errors[0].extensions.code, res.json.errors[0].extensions.field]).toEqual([400, 'CRM_INVALID_TYPE', 'credit_limit']);
		expect(await admin.request(readItems('crm_customers' as never, { aggregate: { count: '*' } } as never))).toEqual(before);
	});

	test('a batch update with a bad value changes none of the items', async () => {
		const rows = (await admin.request(readItems('crm_products' as never, { limit: 3, sort: ['id'] as never, fields: ['id', 'list_price'] as never }))) as Row[];
		const res = await http(instance, token, 'PATCH', '/items/crm_products', { keys: rows.map((r) => r['id']), data: { list_price: -5 } });
		expect([res.status, res.json.errors[0].extensions.code, res.json.errors[0].extensions.field]).toEqual([400, 'CRM_OUT_OF_RANGE', 'list_price']);
		const batch = await http(instance, token, 'PATCH', '/items/crm_products', rows.map((r, i) => ({ id: r['id'], list_price: i === 2 ? 'free' : 100 })));
		expect([batch.status, batch.json.errors[0].extensions.code]).toEqual([400, 'CRM_INVALID_TYPE']);
		const after = (await admin.request(readItems('crm_products' as never, { limit: 3, sort: ['id'] as never, fields: ['id', 'list_price'] as never }))) as Row[];
		expect(after).toEqual(rows);
	});

	test('a valid customer with money as a numeric string is accepted', async () => {
		const res = await http(instance, token, 'POST', '/items/crm_customers', { name: 'Valid Ltd', credit_limit: '150000', payment_terms_days: 30, currency: 'USD', status: 'active' });
		expect(res.status).toBe(200);
		expect(String(res.json.data.credit_limit)).toBe('150000');
	});
});

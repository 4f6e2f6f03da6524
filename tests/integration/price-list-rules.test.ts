import { createItem, createItems, readItem, readItems, updateItem, updateItems } from '@directus/sdk';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { type Client, failureOf, http, loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;

describe.each(inject('instances'))('price list rules on $name', (instance) => {
	let admin: Client;
	let token: string;
	let product: Row;
	let serial = 0;

	const code = () => `PLR-${Date.now().toString(36)}-${++serial}`;

	async function list(fields: Row = {}): Promise<Row> {
		return (await admin.request(createItem('crm_price_lists', { code: code(), name: 'Rules test', kind: 'customer', currency: 'EUR', ...fields }))) as Row;
	}

	async function itemsOf(listId: string): Promise<Row[]> {
		return (await admin.request(readItems('crm_price_list_items', { filter: { price_list: { _eq: listId } }, limit: -1 }))) as Row[];
	}

	beforeAll(async () => {
		admin = await loginAsAdmin(instance);
		token = (await admin.getToken())!;
		product = (await admin.request(createItem('crm_products', { sku: `PLR-${Date.now()}`, name: 'Rules test drill', kind: 'goods', unit: 'pcs', cost_price: 6000, list_price: 10000, currency: 'EUR', vat_rate_bp: 2000 }))) as Row;
	});

	test('rejects a second price for the same product and quantity break, single and batch', async () => {
		const own = await list();
		const item = { price_list: own['id'], product: product['id'], min_quantity_milli: 1000, unit_price: 10000 };
		await admin.request(createItem('crm_price_list_items', item));

		const again = await failureOf(admin.request(createItem('crm_price_list_items', { ...item, unit_price: 9000 })));
		expect([again.status, again.code, again.field]).toEqual([400, 'CRM_PRICE_LIST_INVALID', 'items[1].minQuantityMilli']);

		// A batch repeating a break among its own rows fails as a whole.
		const batch = await failureOf(admin.request(createItems('crm_price_list_items', [{ ...item, min_quantity_milli: 5000 }, { ...item, min_quantity_milli: 5000, unit_price: 9500 }])));
		expect([batch.status, batch.code]).toEqual([400, 'CRM_PRICE_LIST_INVALID']);

		// Moving another break onto an existing one is the same duplicate.
		const other = (await admin.request(createItem('crm_price_list_items', { ...item, min_quantity_milli: 10000, unit_price: 9000 }))) as Row;
		const moved = await failureOf(admin.request(updateItem('crm_price_list_items', other['id'], { min_quantity_milli: 1000 })));
		expect([moved.status, moved.code]).toEqual([400, 'CRM_PRICE_LIST_INVALID']);

		expect((await itemsOf(own['id'])).map((i) => [Number(i['min_quantity_milli']), Number(i['unit_price'])]).sort((a, b) => a[0]! - b[0]!)).toEqual([
			[1000, 10000],
			[10000, 9000],
		]);
		// Changing only the price of a break is fine.
		expect((await http(instance, token, 'PATCH', `/items/crm_price_list_items/${other['id']}`, { unit_price: 8900 })).status).toBe(200);
	});

	test('rejects a parent chain that loops and changes nothing', async () => {
		const a = await list();
		const b = await list();
		await admin.request(updateItem('crm_price_lists', a['id'], { parent: b['id'], derivation_bp: -500 }));

		const loop = await failureOf(admin.request(updateItem('crm_price_lists', b['id'], { parent: a['id'] })));
		expect([loop.status, loop.code, loop.field]).toEqual([400, 'CRM_PRICE_LIST_CYCLE', 'parentId']);
		const batch = await failureOf(admin.request(updateItems('crm_price_lists', [b['id']], { parent: a['id'], derivation_bp: 100 })));
		expect([batch.status, batch.code]).toEqual([400, 'CRM_PRICE_LIST_CYCLE']);
		const self = await failureOf(admin.request(updateItem('crm_price_lists', a['id'], { parent: a['id'] })));
		expect([self.status, self.code]).toEqual([400, 'CRM_PRICE_LIST_CYCLE']);

		const [storedA, storedB] = (await Promise.all([admin.request(readItem('crm_price_lists', a['id'])), admin.request(readItem('crm_price_lists', b['id']))])) as Row[];
		expect([storedA!['parent'], storedA!['derivation_bp'], storedB!['parent'], storedB!['derivation_bp']]).toEqual([b['id'], -500, null, null]);
	});

	test('rejects a derived list in another currency than its parent', async () => {
		const eur = await list();
		const usd = await failureOf(list({ currency: 'USD', parent: eur['id'], derivation_bp: 1000 }));
		expect([usd.status, usd.code, usd.field]).toEqual([400, 'CRM_PRICE_LIST_INVALID', 'parentId']);

		// Nor may the parent's currency change under an existing child.
		const child = await list({ parent: eur['id'], derivation_bp: 1000 });
		const moved = await failureOf(admin.request(updateItem('crm_price_lists', eur['id'], { currency: 'USD' })));
		expect([moved.status, moved.code, moved.field]).toEqual([400, 'CRM_PRICE_LIST_INVALID', 'parentId']);
		const switched = await failureOf(admin.request(updateItem('crm_price_lists', child['id'], { currency: 'USD' })));
		expect([switched.status, switched.code]).toEqual([400, 'CRM_PRICE_LIST_INVALID']);
		expect(((await admin.request(readItem('crm_price_lists', eur['id']))) as Row)['currency']).toBe('EUR');
	});

	test('rejects a list that ends before it starts, on create and on update', async () => {
		const created = await failureOf(list({ valid_from: '2026-06-01', valid_to: '2026-05-31' }));
		expect([created.status, created.code, created.field]).toEqual([400, 'CRM_PRICE_LIST_INVALID', 'validTo']);

		const dated = await list({ valid_from: '2026-06-01' });
		const updated = await failureOf(admin.request(updateItem('crm_price_lists', dated['id'], { valid_to: '2026-01-31' })));
		expect([updated.status, updated.code, updated.field]).toEqual([400, 'CRM_PRICE_LIST_INVALID', 'validTo']);
		expect((await http(instance, token, 'PATCH', `/items/crm_price_lists/${dated['id']}`, { valid_to: '2026-06-01' })).status).toBe(200);
	});

	test('saves a valid list with its items', async () => {
		const parent = await list();
		const res = await http(instance, token, 'POST', '/items/crm_price_lists', {
			code: code(),
			name: 'Valid with breaks',
			kind: 'customer',
			currency: 'EUR',
			parent: parent['id'],
			derivation_bp: -250,
			rounding_step: 5,
			valid_from: '2026-01-01',
			valid_to: '2026-12-31',
			items: [
				{ product: product['id'], min_quantity_milli: 1000, unit_price: 10000 },
				{ product: product['id'], min_quantity_milli: 10000, unit_price: 9500 },
			],
		});
		expect(res.status).toBe(200);
		expect((await itemsOf(res.json.data.id)).map((i) => Number(i['unit_price'])).sort()).toEqual([10000, 9500].sort());

		const batch = await http(instance, token, 'POST', '/items/crm_price_list_items', [
			{ price_list: res.json.data.id, product: product['id'], min_quantity_milli: 50000, unit_price: 9000 },
			{ price_list: res.json.data.id, product: product['id'], min_quantity_milli: 100000, unit_price: 8500 },
		]);
		expect(batch.status).toBe(200);
		expect(await itemsOf(res.json.data.id)).toHaveLength(4);
	});
});

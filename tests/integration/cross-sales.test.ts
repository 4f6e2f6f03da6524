import { createItem, createUser, readItems } from '@directus/sdk';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { SALES_REP } from '../../scripts/access/define-access.ts';
import { type Client, failureOf, http, loginAs, loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;
const uid = () => Math.random().toString(36).slice(2, 8).toUpperCase();
/** part ÷ whole in basis points, rounded half up, as the miner rounds it. */
const bp = (part: number, whole: number) => Number((BigInt(part) * 20_000n + BigInt(whole)) / (2n * BigInt(whole)));

/*
 * Cross-sales (S6.10) on products of the test's own, which only its orders hold: Sam's customer buys
 *   O1 machine + grinder + beans   O2 machine + grinder   O3 machine + beans   O4 grinder
 *   and a draft (machine + grinder) that does not count.
 * So the machine is in 3 counted orders, the grinder in 3, the beans in 2; machine & grinder together in 2,
 * machine & beans in 2, grinder & beans in 1. Support and lift divide by all counted orders of the instance
 * (N, read before asking); confidence is exact: 2 of the machine's 3 orders hold the beans (66.7 %).
 * By hand, the descaler is an accessory of the machine.
 */
describe.each(inject('instances'))('cross-sales (S6.10) on $name', (instance) => {
	let admin: Client;
	let adminToken: string;
	let samToken: string;
	let tomToken: string;
	const p: Record<string, Row> = {};
	let customer: Row;
	let quote: Row;
	let quoteWithBeans: Row;
	let warehouse: Row;

	const get = (path: string, token: string) => http(instance, token, 'GET', path);

	async function people(): Promise<Row> {
		const u = uid().toLowerCase();
		const reps: Row[] = [];
		for (const name of ['sam', 'tom']) {
			const user = (await admin.request(createUser({ email: `${name}.${u}@example.com`, password: instance.demoPassword, role: SALES_REP.id, first_name: name }))) as Row;
			reps.push((await admin.request(createItem('crm_sales_reps', { name: `${name} Seller ${u}`, user: user['id'] }))) as Row);
		}
		samToken = (await (await loginAs(instance, `sam.${u}@example.com`)).getToken())!;
		tomToken = (await (await loginAs(instance, `tom.${u}@example.com`)).getToken())!;
		return reps[0]!;
	}

	async function catalogue(sam: Row): Promise<Row> {
		const u = uid();
		const store = (await admin.request(createItem('crm_warehouses', { code: `XS-${u}`, name: 'Cross-sell warehouse' }))) as Row;
		const prices = (await admin.request(createItem('crm_price_lists', { code: `XS-${u}`, name: 'Cross-sell prices', kind: 'customer', currency: 'EUR' }))) as Row;
		for (const [key, name] of [['machine', 'Espresso machine'], ['grinder', 'Coffee grinder'], ['beans', 'Espresso beans'], ['descaler', 'Descaler']]) {
			p[key!] = (await admin.request(createItem('crm_products', { sku: `XS-${key}-${u}`, name: `${name} ${u}`, kind: 'goods', unit: 'pcs', list_price: 10_000, vat_rate_bp: 0, currency: 'EUR' }))) as Row;
			await admin.request(createItem('crm_price_list_items', { price_list: prices['id'], product: p[key!]!['id'], min_quantity_milli: 1000, unit_price: 10_000 }));
			await admin.request(createItem('crm_stock_levels', { product: p[key!]!['id'], warehouse: store['id'], on_hand_milli: 1_000_000 }));
		}
		customer = (await admin.request(createItem('crm_customers', { name: `Cross ${u}`, status: 'active', currency: 'EUR', credit_limit: 1_000_000_000, owner: sam['id'], price_list: prices['id'] }))) as Row;
		return store;
	}

	async function orders(sam: Row): Promise<void> {
		const baskets: [string[], boolean][] = [[['machine', 'grinder', 'beans'], true], [['machine', 'grinder'], true], [['machine', 'beans'], true], [['grinder'], true], [['machine', 'grinder'], false]];
		for (const [keys, confirm] of baskets) {
			const lines = keys.map((k) => ({ product: p[k]!['id'], quantity_milli: 1000 }));
			const created = await http(instance, adminToken, 'POST', '/crm/orders', { customer: customer['id'], owner: sam['id'], order_date: '2026-03-02', warehouse: warehouse['id'], lines });
			expect(created.status, JSON.stringify(created.json)).toBe(201);
			if (confirm) expect((await http(instance, adminToken, 'POST', `/crm/orders/${created.json.data.id}/confirm`, {})).status).toBe(200);
		}
	}

	const proposal = async (keys: string[]) => (await admin.request(createItem('crm_quotes', { customer: customer['id'], lines: keys.map((k) => ({ product: p[k]!['id'], quantity_milli: 1000 })) }))) as Row;

	beforeAll(async () => {
		admin = await loginAsAdmin(instance);
		adminToken = (await admin.getToken())!;
		const sam = await people();
		warehouse = await catalogue(sam);
		await orders(sam);
		await admin.request(createItem('crm_product_relations', { product: p['machine']!['id'], related_product: p['descaler']!['id'], kind: 'accessory', note: 'Every machine needs it.' }));
		// An inactive relation is not offered.
		await admin.request(createItem('crm_product_relations', { product: p['machine']!['id'], related_product: p['grinder']!['id'], kind: 'optional', active: false }));
		quote = await proposal(['machine']);
		quoteWithBeans = await proposal(['machine', 'beans']);
	}, 240_000);

	async function countedOrders(): Promise<number> {
		const answer = await get('/items/crm_orders?aggregate[count]=id&filter[status][_nin]=draft,cancelled', adminToken);
		return Number(answer.json.data[0].count.id ?? answer.json.data[0].count);
	}

	test('a proposal\'s suggestions: the hand relation first, then what was bought together, strongest first, exact and explained', async () => {
		const n = await countedOrders();
		const answer = await get(`/crm/cross-sell?quote=${quote['id']}`, samToken);
		expect(answer.status, JSON.stringify(answer.json)).toBe(200);
		const data = answer.json.data;
		expect([data.document.collection, data.document.id, data.products, data.orders_mined]).toEqual(['crm_quotes', quote['id'], 1, n]);
		const machine = p['machine']!['name'];
		expect(data.suggestions.map((s: Row) => [s.product.name, s.source, s.kind, s.because_of.name, s.support_bp, s.confidence_bp, s.lift_bp, s.orders_together])).toEqual([
			[p['descaler']!['name'], 'related', 'accessory', machine, null, null, null, null],
			// Machine → beans: 2 of the machine's 3 orders; the beans are in 2 of n, so lift 2n ÷ (3 × 2).
			[p['beans']!['name'], 'bought_together', null, machine, bp(2, n), 6667, bp(2 * n, 6), 2],
			[p['grinder']!['name'], 'bought_together', null, machine, bp(2, n), 6667, bp(2 * n, 9), 2],
		]);
		expect(data.suggestions[0].reason).toBe(`Accessory for ${machine}`);
		expect(data.suggestions[0].note).toBe('Every machine needs it.');
		expect(data.suggestions[0].product.sku).toBe(p['descaler']!['sku']);
		const lift = (bp(2 * n, 6) / 10_000).toFixed(2).replace(/\.?0+$/, '');
		expect(data.suggestions[1].reason).toBe(`Bought together in 66.7 % of orders with ${machine} (lift ${lift}×)`);
	});

	test('never a product already on the document; the same for a list of products', async () => {
		const n = await countedOrders();
		const answer = await get(`/crm/cross-sell?quote=${quoteWithBeans['id']}`, samToken);
		expect(answer.status, JSON.stringify(answer.json)).toBe(200);
		// The grinder comes with the machine (lift 2n/9) rather than the beans (n/6).
		expect(answer.json.data.suggestions.map((s: Row) => [s.product.id, s.because_of.id, s.lift_bp])).toEqual([
			[p['descaler']!['id'], p['machine']!['id'], null],
			[p['grinder']!['id'], p['machine']!['id'], bp(2 * n, 9)],
		]);
		const basket = await get(`/crm/cross-sell?products=${p['machine']!['id']},${p['beans']!['id']}&limit=1`, samToken);
		expect(basket.json.data.document).toBeNull();
		expect(basket.json.data.suggestions.map((s: Row) => s.product.id)).toEqual([p['descaler']!['id']]);
	});

	test('an order\'s suggestions, and the strongest rules explained', async () => {
		const created = await http(instance, adminToken, 'POST', '/crm/orders', { customer: customer['id'], order_date: '2026-03-03', warehouse: warehouse['id'], lines: [{ product: p['grinder']!['id'], quantity_milli: 1000 }] });
		expect(created.status, JSON.stringify(created.json)).toBe(201);
		const answer = await get(`/crm/cross-sell?order=${created.json.data.id}`, samToken);
		expect(answer.status, JSON.stringify(answer.json)).toBe(200);
		// Grinder → machine: 2 of the grinder's 3 orders (lift 2n/9); grinder → beans: 1 of 3 (33.3 %, above the 20 % minimum; lift n/6).
		expect(answer.json.data.suggestions.map((s: Row) => [s.product.id, s.confidence_bp])).toEqual([[p['machine']!['id'], 6667], [p['beans']!['id'], 3333]]);
		const rules = await get('/crm/cross-sell/rules?limit=500', samToken);
		expect(rules.status, JSON.stringify(rules.json)).toBe(200);
		expect(rules.json.data.minimums).toEqual({ support_bp: 20, confidence_bp: 2000, lift_bp: 12_000 });
		const mine = rules.json.data.rules.filter((r: Row) => r.antecedent.id === p['beans']!['id']);
		expect(mine.map((r: Row) => [r.consequent.id, r.confidence_bp, r.orders_together])).toEqual([[p['machine']!['id'], 10_000], [p['grinder']!['id'], 5000]].map(([id, c]) => [id, c, c === 10_000 ? 2 : 1]));
		expect(mine[0].reason).toMatch(new RegExp(`^Bought together in 100 % of orders with ${p['beans']!['name']} \\(lift [\\d.]+×\\)$`));
	});

	test('a product related to itself is refused, and nothing is stored; reps read relations but do not maintain them', async () => {
		const note = `Self ${uid()}`;
		const refused = await failureOf(admin.request(createItem('crm_product_relations', { product: p['beans']!['id'], related_product: p['beans']!['id'], kind: 'alternative', note })));
		expect([refused.status, refused.code, refused.field]).toEqual([400, 'CRM_PRODUCT_RELATION_INVALID', 'related_product']);
		expect(await admin.request(readItems('crm_product_relations', { filter: { note: { _eq: note } } }))).toEqual([]);
		const byRep = await http(instance, samToken, 'POST', '/items/crm_product_relations', { product: p['beans']!['id'], related_product: p['machine']!['id'], kind: 'accessory' });
		expect(byRep.status).toBe(403);
		const read = await get(`/items/crm_product_relations?filter[product][_eq]=${p['machine']!['id']}&fields=kind,related_product`, samToken);
		expect(read.json.data).toContainEqual({ kind: 'accessory', related_product: p['descaler']!['id'] });
	});

	test('a proposal another rep may not read is refused; so are wrong questions', async () => {
		expect((await get(`/crm/cross-sell?quote=${quote['id']}`, tomToken)).status).toBe(403);
		expect((await get(`/crm/cross-sell?quote=${quote['id']}`, '')).status).toBe(403);
		for (const query of ['', `quote=${quote['id']}&products=${p['machine']!['id']}`, 'quote=42', 'products=x', `quote=${quote['id']}&limit=0`]) {
			const refused = await get(`/crm/cross-sell?${query}`, samToken);
			expect([refused.status, refused.json.errors?.[0]?.extensions?.code], query).toEqual([400, 'CRM_INVALID_QUERY']);
		}
	});
});

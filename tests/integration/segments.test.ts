import { createItem, readItems, updateItem } from '@directus/sdk';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { addDays } from '../../packages/crm-core/src/index.ts';
import { type Client, failureOf, http, loginAs, loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;

const today = () => new Date().toISOString().slice(0, 10);
const uid = () => Math.random().toString(36).slice(2, 8);
const sorted = (ids: Iterable<string>) => [...ids].sort();

/** The demo data as plain rows, and the segment rules' meaning computed from them by hand. */
class Facts {
	readonly customers: Row[];
	readonly orders: Row[];
	readonly lines: Row[];
	readonly products: Row[];
	readonly groups: Row[];

	constructor(customers: Row[], orders: Row[], lines: Row[], products: Row[], groups: Row[]) {
		this.customers = customers;
		this.orders = orders;
		this.lines = lines;
		this.products = products;
		this.groups = groups;
	}

	static async load(admin: Client): Promise<Facts> {
		const all = (collection: string, fields: string[]) => admin.request(readItems(collection as never, { fields, limit: -1 } as never)) as Promise<Row[]>;
		return new Facts(
			await all('crm_customers', ['id', 'name', 'status', 'owner']),
			await all('crm_orders', ['id', 'customer', 'status', 'order_date', 'net_total', 'gross_total', 'gross_total_base']),
			await all('crm_order_lines', ['order', 'product']),
			await all('crm_products', ['id', 'group']),
			await all('crm_product_groups', ['id', 'parent']),
		);
	}

	get purchases(): Row[] {
		return this.orders.filter((o) => !['draft', 'cancelled'].includes(o['status']));
	}

	within(days: number | null): Row[] {
		const since = days === null ? null : addDays(today(), -days);
		return this.purchases.filter((o) => since === null || (o['order_date'] && String(o['order_date']).slice(0, 10) >= since));
	}

	under(group: string): Set<string> {
		const out = new Set([group]);
		for (let grew = true; grew; ) {
			grew = false;
			for (const g of this.groups) if (g['parent'] && out.has(g['parent']) && !out.has(g['id'])) grew = out.add(g['id']).size > 0;
		}
		return out;
	}

	boughtBy(days: number | null, products: string[], groups: string[]): Set<string> {
		const inGroups = new Set(groups.flatMap((g) => [...this.under(g)]));
		const wanted = new Set(this.products.filter((p) => products.includes(p['id']) || inGroups.has(p['group'])).map((p) => p['id']));
		const orders = new Map(this.within(days).map((o) => [o['id'], o['customer']]));
		return new Set(this.lines.filter((l) => orders.has(l['order']) && wanted.has(l['product'])).map((l) => orders.get(l['order'])));
	}

	revenue(days: number): Map<string, number> {
		const out = new Map<string, number>();
		for (const o of this.within(days)) {
			const gross = Number(o['gross_total'] ?? 0);
			const base = gross === 0 || o['gross_total_base'] === null ? 0 : Math.trunc((Number(o['net_total']) * Number(o['gross_total_base'])) / gross);
			out.set(o['customer'], (out.get(o['customer']) ?? 0) + base);
		}
		return out;
	}

	customersWhere(test: (c: Row) => boolean): string[] {
		return sorted(this.customers.filter(test).map((c) => c['id']));
	}
}

describe.each(inject('instances'))('segments by rule on $name', (instance) => {
	let admin: Client;
	let adminToken: string;
	let marketingToken: string;
	let repToken: string;
	let facts: Facts;
	let rita: Row;
	/** A product group with subgroups whose products were bought in the last year. */
	let root: string;
	let popularProduct: string;

	beforeAll(async () => {
		admin = await loginAsAdmin(instance);
		adminToken = (await admin.getToken())!;
		marketingToken = (await (await loginAs(instance, 'marketing@example.com')).getToken())!;
		repToken = (await (await loginAs(instance, 'rita.rep@example.com')).getToken())!;
		facts = await Facts.load(admin);
		rita = ((await admin.request(readItems('crm_sales_reps', { filter: { email: { _eq: 'rita.rep@example.com' } } }))) as Row[])[0]!;
		const parents = facts.groups.filter((g) => facts.groups.some((c) => c['parent'] === g['id']));
		root = parents.map((g) => g['id'] as string).sort((a, b) => facts.boughtBy(365, [], [b]).size - facts.boughtBy(365, [], [a]).size)[0]!;
		const counts = new Map<string, number>();
		for (const l of facts.lines) counts.set(l['product'], (counts.get(l['product']) ?? 0) + 1);
		popularProduct = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
	});

	const ruleA = () => ({ match: 'all', conditions: [{ kind: 'attribute', attribute: 'status', values: ['active', 'key'] }, { kind: 'bought', productGroups: [root], withinDays: 365 }] });
	const expectedA = () => {
		const bought = facts.boughtBy(365, [], [root]);
		return facts.customersWhere((c) => ['active', 'key'].includes(c['status']) && bought.has(c['id']));
	};
	const revenues = () => [...facts.revenue(365).values()].sort((a, b) => a - b);
	// Lapsed valuable customers: no order for 60 days, yet a year's revenue at least the median of those who bought.
	const ruleB = () => ({ match: 'all', conditions: [{ kind: 'no_order_for', days: 60 }, { kind: 'revenue', withinDays: 365, atLeast: revenues()[Math.floor(revenues().length / 2)]! }] });
	const expectedB = () => {
		const recent = new Set(facts.within(60).map((o) => o['customer']));
		const revenue = facts.revenue(365);
		const median = revenues()[Math.floor(revenues().length / 2)]!;
		return facts.customersWhere((c) => !recent.has(c['id']) && (revenue.get(c['id']) ?? 0) >= median);
	};
	const ruleC = () => ({ match: 'all', conditions: [{ kind: 'bought', products: [popularProduct], negate: true }, { kind: 'attribute', attribute: 'status', values: ['blocked', 'lost'], negate: true }] });
	const expectedC = () => {
		const bought = facts.boughtBy(null, [popularProduct], []);
		return facts.customersWhere((c) => !bought.has(c['id']) && !['blocked', 'lost'].includes(c['status']));
	};

	test.each([
		['status and a product group bought within a year (subgroups included)', ruleA, expectedA],
		['no order for 60 days, and a year\'s revenue at least the median', ruleB, expectedB],
		['never bought the most sold product, and neither blocked nor lost', ruleC, expectedC],
	])('the preview counts the customers of "%s" exactly as filtered by hand', async (_name, rule, expected) => {
		const want = expected();
		expect(want.length).toBeGreaterThan(0);
		expect(want.length).toBeLessThan(facts.customers.length);
		const { status, json } = await http(instance, adminToken, 'POST', '/crm/segments/preview', { applies_to: 'customers', rule: rule() });
		expect(status, JSON.stringify(json)).toBe(200);
		expect(json.data.count).toBe(want.length);
		expect(json.data.sample.length).toBe(Math.min(10, want.length));
		expect(json.data.sample.every((s: Row) => want.includes(s['id']) && typeof s['name'] === 'string')).toBe(true);
	});

	test('a rep\'s preview counts only the rep\'s own customers', async () => {
		const own = new Set(facts.customers.filter((c) => c['owner'] === rita['id']).map((c) => c['id']));
		const { json } = await http(instance, repToken, 'POST', '/crm/segments/preview', { applies_to: 'customers', rule: ruleB() });
		expect(json.data.count).toBe(expectedB().filter((id) => own.has(id)).length);
		expect(json.data.sample.every((s: Row) => own.has(s['id']))).toBe(true);
	});

	test.each([
		['a rule without conditions', { applies_to: 'customers', rule: { conditions: [] } }, 'rule.conditions'],
		['purchase history on products', { applies_to: 'products', rule: { conditions: [{ kind: 'no_order_for', days: 30 }] } }, 'applies to customer segments only'],
		['a segment for both customers and products', { applies_to: 'both', rule: { conditions: [{ kind: 'no_order_for', days: 30 }] } }, 'either customers or products'],
	])('the preview refuses %s with CRM_SEGMENT_RULE_INVALID', async (_name, body, message) => {
		const { status, json } = await http(instance, marketingToken, 'POST', '/crm/segments/preview', body);
		expect([status, json.errors[0].extensions.code]).toEqual([400, 'CRM_SEGMENT_RULE_INVALID']);
		expect(json.errors[0].message).toContain(message);
	});

	test('a marketer saves a segment by rule and refreshes it: members and history follow the rule, and a rule change moves them', async () => {
		const create = await http(instance, marketingToken, 'POST', '/items/crm_market_segments', { code: `R-${uid()}`, name: `Buyers ${uid()}`, applies_to: 'customers', definition: 'rule', rule: ruleA() });
		expect(create.status, JSON.stringify(create.json)).toBe(200);
		const id = create.json.data.id as string;
		const members = async () => sorted(((await admin.request(readItems('crm_customers_market_segments', { filter: { crm_market_segments_id: { _eq: id } }, fields: ['crm_customers_id'], limit: -1 }))) as Row[]).map((r) => r['crm_customers_id']));
		const events = async (change: string) => sorted(((await admin.request(readItems('crm_segment_membership_events', { filter: { segment: { _eq: id }, change: { _eq: change } }, fields: ['customer'], limit: -1 }))) as Row[]).map((r) => r['customer']));

		// Two refreshes at once (two instances on the same schedule) queue: no member or entry twice.
		const [first, second] = await Promise.all([http(instance, marketingToken, 'POST', `/crm/segments/${id}/refresh`), http(instance, marketingToken, 'POST', `/crm/segments/${id}/refresh`)]);
		expect([first.status, second.status]).toEqual([200, 200]);
		expect([first.json.data.member_count, first.json.data.entered + second.json.data.entered]).toEqual([expectedA().length, expectedA().length]);
		expect(await members()).toEqual(expectedA());
		expect(await events('entered')).toEqual(expectedA());

		await admin.request(updateItem('crm_market_segments', id, { rule: ruleC() }));
		const again = await http(instance, marketingToken, 'POST', `/crm/segments/${id}/refresh`);
		expect(again.json.data).toMatchObject({ member_count: expectedC().length, left: expectedA().filter((x) => !expectedC().includes(x)).length });
		expect(await members()).toEqual(expectedC());
		expect(await events('left')).toEqual(sorted(expectedA().filter((x) => !expectedC().includes(x))));
		const segment = (await admin.request(readItems('crm_market_segments', { filter: { id: { _eq: id } }, fields: ['member_count', 'refreshed_at'] }))) as Row[];
		expect(segment[0]!['member_count']).toBe(expectedC().length);
		expect(segment[0]!['refreshed_at']).toBeTruthy();
	});

	test('a rule segment\'s members are not added by hand, its history is not written by clients, and a rep may not refresh it', async () => {
		const segment = (await admin.request(createItem('crm_market_segments', { code: `H-${uid()}`, name: `Lapsed ${uid()}`, applies_to: 'customers', definition: 'rule', rule: ruleB() }))) as Row;
		const customer = facts.customers[0]!['id'];
		expect(await failureOf(admin.request(createItem('crm_customers_market_segments', { crm_customers_id: customer, crm_market_segments_id: segment['id'] })))).toMatchObject({ status: 409, code: 'CRM_SEGMENT_MEMBERS_BY_RULE' });
		// Every field of the history is the CRM's: a client's entry is refused before it could be stored.
		expect(await failureOf(admin.request(createItem('crm_segment_membership_events', { segment: segment['id'], customer, change: 'entered', at: new Date().toISOString() })))).toMatchObject({ status: 400, code: 'CRM_READONLY_FIELD' });
		expect(await admin.request(readItems('crm_segment_membership_events', { filter: { segment: { _eq: segment['id'] } } }))).toEqual([]);
		const rep = await http(instance, repToken, 'POST', `/crm/segments/${segment['id']}/refresh`);
		expect([rep.status, rep.json.errors[0].extensions.code]).toEqual([403, 'CRM_NOT_PERMITTED']);
		const manual = (await admin.request(createItem('crm_market_segments', { code: `M-${uid()}`, name: `Hand-picked ${uid()}`, applies_to: 'customers' }))) as Row;
		const refused = await http(instance, adminToken, 'POST', `/crm/segments/${manual['id']}/refresh`);
		expect([refused.status, refused.json.errors[0].extensions.code]).toEqual([409, 'CRM_SEGMENT_NOT_BY_RULE']);
	});

	test('a segment by rule without a complete rule is refused and nothing is stored', async () => {
		const before = ((await admin.request(readItems('crm_market_segments', { aggregate: { count: '*' } } as never))) as Row[])[0]!['count'];
		expect(await failureOf(admin.request(createItem('crm_market_segments', { code: `X-${uid()}`, name: 'Broken', applies_to: 'customers', definition: 'rule' })))).toMatchObject({ status: 400, code: 'CRM_SEGMENT_RULE_INVALID' });
		expect(await failureOf(admin.request(createItem('crm_market_segments', { code: `X-${uid()}`, name: 'Broken', applies_to: 'customers', definition: 'rule', rule: { conditions: [{ kind: 'attribute', attribute: 'status', values: ['actve'] }] } })))).toMatchObject({ status: 400, code: 'CRM_SEGMENT_RULE_INVALID' });
		const after = ((await admin.request(readItems('crm_market_segments', { aggregate: { count: '*' } } as never))) as Row[])[0]!['count'];
		expect(after).toBe(before);
	});
});

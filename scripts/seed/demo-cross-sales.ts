import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';

type Row = Record<string, unknown>;

/** How many of the most ordered products get related products by hand. */
const POPULAR = 3;
const KINDS = ['accessory', 'accessory', 'optional'] as const;

/** The products on the most counted orders, most first (ties by SKU). */
async function popularProducts(trx: Knex): Promise<Row[]> {
	return (await trx('crm_order_lines as l')
		.join('crm_orders as o', 'o.id', 'l.order')
		.join('crm_products as p', 'p.id', 'l.product')
		.whereNotIn('o.status', ['draft', 'cancelled'])
		.groupBy('p.id', 'p.sku', 'p.name', 'p.group')
		.select('p.id', 'p.sku', 'p.name', 'p.group')
		.count({ n: 'l.id' })
		.orderBy([{ column: 'n', order: 'desc' }, { column: 'p.sku', order: 'asc' }])
		.limit(POPULAR)) as Row[];
}

/** Products to offer with a popular one: others of its group first, then any, never a popular one. */
function companionsOf(product: Row, others: readonly Row[], count: number): Row[] {
	const sameGroup = others.filter((o) => o['group'] === product['group']);
	return [...sameGroup, ...others.filter((o) => o['group'] !== product['group'])].slice(0, count);
}

/**
 * S6.10 demo: related products maintained by hand — two accessories and an optional extra for each of the three
 * most ordered products, and an alternative of the same group to the first — so proposals and orders with them show suggestions of both kinds.
 */
export async function seedDemoCrossSales(trx: Knex): Promise<number> {
	const popular = await popularProducts(trx);
	if (popular.length === 0) return 0;
	const taken = new Set(popular.map((p) => p['id']));
	const others = ((await trx('crm_products').select('id', 'name', 'group').where('active', true).orderBy('sku')) as Row[]).filter((o) => !taken.has(o['id']));
	const rows: Row[] = [];
	popular.forEach((product, i) => {
		const companions = companionsOf(product, others.slice(i * KINDS.length), KINDS.length);
		companions.forEach((companion, k) => {
			rows.push({ id: randomUUID(), product: product['id'], related_product: companion['id'], kind: KINDS[k], note: `Offer it with every ${String(product['name'])}.`, active: true, sort: k + 1 });
		});
	});
	// An alternative to the most ordered product: another of its group that is not offered with it yet.
	const used = new Set(rows.filter((r) => r['product'] === popular[0]!['id']).map((r) => r['related_product']));
	const alternative = others.find((o) => o['group'] === popular[0]!['group'] && !used.has(o['id']));
	if (alternative) rows.push({ id: randomUUID(), product: popular[0]!['id'], related_product: alternative['id'], kind: 'alternative', note: 'When the first choice is out of budget or out of stock.', active: true, sort: KINDS.length + 1 });
	if (rows.length > 0) await trx('crm_product_relations').insert(rows);
	return rows.length;
}

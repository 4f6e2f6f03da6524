import type { ProductRelation, RelationKind } from '@crm/core';
import type { Knex } from 'knex';

type Row = Record<string, unknown>;

export interface ProductLabel {
	id: string;
	sku: string;
	name: string;
	active: boolean;
}

const CHUNK = 500;

const compareText = (a: string, b: string) => {
	if (a === b) return 0;
	return a < b ? -1 : 1;
};

async function inChunks(ids: readonly string[], read: (chunk: string[]) => Promise<Row[]>): Promise<Row[]> {
	const unique = [...new Set(ids)];
	const rows: Row[] = [];
	for (let i = 0; i < unique.length; i += CHUNK) rows.push(...(await read(unique.slice(i, i + CHUNK))));
	return rows;
}

/** Active hand-maintained relations from the given products, in their sort order (then as entered). Products are reference data every sales role reads. */
export async function loadProductRelations(knex: Knex, productIds: readonly string[]): Promise<(ProductRelation & { note: string | null })[]> {
	const rows = await inChunks(productIds, (chunk) =>
		knex('crm_product_relations').select('product', 'related_product', 'kind', 'note', 'sort', 'date_created', 'id').whereIn('product', chunk).andWhere('active', true),
	);
	const sortOf = (r: Row) => (r['sort'] === null || r['sort'] === undefined ? Number.MAX_SAFE_INTEGER : Number(r['sort']));
	const textOf = (r: Row) => `${String(r['date_created'] ?? '')}\u0000${String(r['id'])}`;
	rows.sort((a, b) => sortOf(a) - sortOf(b) || compareText(textOf(a), textOf(b)));
	return rows.map((r) => ({ productId: String(r['product']), relatedProductId: String(r['related_product']), kind: r['kind'] as RelationKind, note: (r['note'] as string | null) ?? null }));
}

/** SKU, name and whether each product is active, by id (products are reference data: read as they are). */
export async function loadProductLabels(knex: Knex, ids: readonly string[]): Promise<Map<string, ProductLabel>> {
	const rows = await inChunks(ids, (chunk) => knex('crm_products').select('id', 'sku', 'name', 'active').whereIn('id', chunk));
	return new Map(rows.map((r) => [String(r['id']), { id: String(r['id']), sku: String(r['sku'] ?? ''), name: String(r['name'] ?? ''), active: r['active'] === true || r['active'] === 1 || r['active'] === '1' || r['active'] === null }]));
}

import type { SalesDimension, SalesFilters } from '@crm/core';
import type { ReaderOf } from '../reader-of.ts';
import { loadProductGroupParents } from '../segments/refresh-segment.ts';
import { type AccessContext, loadReadAccess, type ReadAccess } from './read-access.ts';
import type { AnalyticsSource } from './sales-facts.ts';

type Row = Record<string, unknown>;

/**
 * Where a sales analysis reads: the caller's read access (loaded once, or as the route loaded it), and the product-group tree when the
 * breakdown or a filter needs it. The tree's shape (id, parent) only decides which groups roll up into which;
 * which orders count is the caller's policy's alone.
 */
export async function openAnalytics(ctx: AccessContext, by: SalesDimension | null, filters: SalesFilters, loaded?: ReadAccess): Promise<AnalyticsSource> {
	const access = loaded ?? (await loadReadAccess(ctx));
	const needsTree = by === 'product_group' || filters.product_group !== undefined;
	const groups = needsTree ? await loadProductGroupParents(ctx.knex) : new Map<string, string | null>();
	return { knex: ctx.knex, access, groups };
}

/** How a record of each collection the analytics name is called. */
const LABELS: Record<string, { fields: string[]; label: (row: Row) => string }> = {
	crm_sales_reps: { fields: ['id', 'name'], label: (r) => String(r['name']) },
	crm_customers: { fields: ['id', 'name'], label: (r) => String(r['name']) },
	crm_products: { fields: ['id', 'sku', 'name'], label: (r) => `${String(r['name'])} (${String(r['sku'])})` },
	crm_product_groups: { fields: ['id', 'name'], label: (r) => String(r['name']) },
	crm_customer_groups: { fields: ['id', 'name'], label: (r) => String(r['name']) },
	crm_sales_channels: { fields: ['id', 'name'], label: (r) => String(r['name']) },
	crm_regions: { fields: ['id', 'name'], label: (r) => String(r['name']) },
};

const CHUNK = 500;

/** Names of records by id, read under the caller's policy: a record (or collection) they may not read is left out. */
export async function loadNames(read: ReaderOf, collection: string, ids: readonly string[]): Promise<Map<string, string>> {
	const { fields, label } = LABELS[collection] ?? { fields: ['id', 'name'], label: (r: Row) => String(r['name']) };
	const names = new Map<string, string>();
	const unique = [...new Set(ids)];
	for (let i = 0; i < unique.length; i += CHUNK) {
		try {
			const rows = (await read(collection).readByQuery({ filter: { id: { _in: unique.slice(i, i + CHUNK) } }, fields, limit: -1 })) as Row[];
			for (const row of rows) names.set(String(row['id']), label(row));
		} catch (error) {
			if ((error as { status?: number } | null)?.status !== 403) throw error;
		}
	}
	return names;
}

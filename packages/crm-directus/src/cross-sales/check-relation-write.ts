import { CrmError } from '@crm/core';
import type { Knex } from 'knex';

type Row = Record<string, unknown>;

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as Row)['id'] : value);

function assertRelated(row: Row): void {
	const product = idOf(row['product']);
	if (product !== null && product !== undefined && product === idOf(row['related_product'])) {
		throw new CrmError('CRM_PRODUCT_RELATION_INVALID', 'A product cannot be related to itself: choose another product to offer with it.', { field: 'related_product' });
	}
}

/** S6.10 — a new related product is another product. */
export function checkRelationCreate(data: Row): Row {
	assertRelated(data);
	return data;
}

/** Every relation an update touches still links two different products once the payload is merged over it. */
export async function checkRelationUpdate(knex: Knex, keys: readonly (string | number)[], data: Row): Promise<void> {
	if (!('product' in data) && !('related_product' in data)) return;
	const rows = (await knex('crm_product_relations').select('product', 'related_product').whereIn('id', keys as string[])) as Row[];
	for (const row of rows) assertRelated({ ...row, ...data });
}

import { checkSalesTaskWrite } from '@crm/core';
import type { Knex } from 'knex';

type Row = Record<string, unknown>;

/** S6.9 — a client's create of a sales task: only tasks of kind "other" (the reorder run makes the others). */
export function checkSalesTaskCreate(data: Row): void {
	checkSalesTaskWrite(null, data);
}

/** S6.9 — a client's update of sales tasks: each stored task as checkSalesTaskWrite judges it. */
export async function checkSalesTaskUpdate(knex: Knex, keys: readonly (string | number)[], data: Row): Promise<void> {
	if (keys.length === 0) return;
	const stored = (await knex('crm_sales_tasks').select('id', 'kind', 'key', 'customer', 'product_group').whereIn('id', keys as string[])) as Row[];
	for (const row of stored) checkSalesTaskWrite(row, data);
}

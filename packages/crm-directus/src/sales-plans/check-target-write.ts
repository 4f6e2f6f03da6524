import { assertSalesTargetValid } from '@crm/core';
import type { Knex } from 'knex';
import { type Row, toSalesTarget } from './target-rows.ts';

/** A new plan is measurable and kept in the base currency. */
export function checkTargetCreate(data: Row, base: string): Row {
	assertSalesTargetValid(toSalesTarget(data));
	return { ...data, currency: base };
}

/** Every plan an update touches stays measurable once the payload is merged over it. */
export async function checkTargetUpdate(knex: Knex, keys: readonly (string | number)[], data: Row): Promise<void> {
	const rows = (await knex('crm_sales_targets').select('*').whereIn('id', keys as string[])) as Row[];
	for (const row of rows) assertSalesTargetValid(toSalesTarget({ ...row, ...data }));
}

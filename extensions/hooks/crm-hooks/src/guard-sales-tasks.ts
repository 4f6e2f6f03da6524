import { checkSalesTaskCreate, checkSalesTaskUpdate } from '@crm/directus';
import type { CrmHooks } from './hook-kit.ts';

const TASKS = 'crm_sales_tasks';

/** S6.9: reorder and churn-risk follow-ups are the daily reorder run's; people add tasks of kind "other" and work them all. */
export function guardSalesTasks(hooks: CrmHooks): void {
	hooks.onCreate(TASKS, (data) => checkSalesTaskCreate(data));
	hooks.onUpdate(TASKS, (data, keys, { knex }) => checkSalesTaskUpdate(knex, keys, data));
}

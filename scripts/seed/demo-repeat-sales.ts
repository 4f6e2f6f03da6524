import type { Knex } from 'knex';
import { type ReorderJobResult, runReorderJob } from '../../packages/crm-directus/src/repeat-sales/run-reorder-job.ts';

/** The default churn factor (CRM_CHURN_FACTOR_BP): silent for twice the rhythm. */
const CHURN_FACTOR_BP = 20_000;

/**
 * S6.9 demo: this morning's reorder run over the demo's order history, through the same job the schedule runs —
 * the customers whose rhythm says a product group is due get a follow-up task for their rep (with a
 * notification), and those silent for twice their rhythm are flagged as churn risks.
 */
export async function seedDemoRepeatSales(trx: Knex, now: Date): Promise<ReorderJobResult> {
	return runReorderJob(trx, now.toISOString().slice(0, 10), CHURN_FACTOR_BP);
}

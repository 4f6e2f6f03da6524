import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { runClassification } from '../../packages/crm-directus/src/classification/run-classification.ts';

/** Two rules a sales director would start with (C1): key accounts from A × X with a healthy margin, and customers gone quiet. */
export const DEMO_CLASS_RULES = [
	{ name: 'Key account: A by revenue, steady, margin at least 20 %', sort: 10, abc_revenue: JSON.stringify(['A']), xyz: JSON.stringify(['X']), min_margin_bp: 2000, category: 'key', status: 'key' },
	{ name: 'Dormant: C by revenue and no order for a year', sort: 20, abc_revenue: JSON.stringify(['C']), min_days_since_order: 365, category: 'dormant' },
];

/** The demo's customers get their classes as the nightly job gives them: the rules, then a run of the same use case. */
export async function classifyDemoCustomers(trx: Knex, now: Date): Promise<void> {
	// The settings as a project starts with them, and what a delivery costs: where an administrator changes them.
	await trx('crm_classification_settings').insert({ id: randomUUID(), abc_a_share_bp: 8000, abc_b_share_bp: 9500, xyz_x_cv_bp: 1000, xyz_y_cv_bp: 2500, xyz_min_months: 3, window_months: 12 });
	await trx('crm_profitability_settings').insert({ id: randomUUID(), payment_delay_rate_bp: 800 });
	await trx('crm_logistics_costs').insert({ id: randomUUID(), kind: null, warehouse: null, region: null, cost_base: 1_500, notes: 'Any delivery, until costs per warehouse and region are entered.' });
	await trx('crm_classification_rules').insert(DEMO_CLASS_RULES.map((rule) => ({ id: randomUUID(), active: true, ...rule })));
	await runClassification(trx, { slot: `demo:${now.toISOString()}`, trigger: 'manual', startedBy: null, now });
}

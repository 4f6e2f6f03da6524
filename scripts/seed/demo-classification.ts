import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { runClassification } from '../../packages/crm-directus/src/classification/run-classification.ts';

/** Two rules a sales director would start with (C1): key accounts from A × X with a healthy margin, and customers gone quiet. */
export const DEMO_CLASS_RULES = [
	{ name: 'Key account: A by revenue, steady, margin at least 20 %', sort: 10, abc_revenue: 'A', xyz: 'X', min_margin_bp: 2000, category: 'key', status: 'key' },
	{ name: 'Dormant: C by revenue and no order for a year', sort: 20, abc_revenue: 'C', min_days_since_order: 365, category: 'dormant' },
];

/** The demo's customers get their classes as the nightly job gives them: the rules, then a run of the same use case. */
export async function classifyDemoCustomers(trx: Knex, now: Date): Promise<void> {
	await trx('crm_classification_rules').insert(DEMO_CLASS_RULES.map((rule) => ({ id: randomUUID(), active: true, ...rule })));
	await runClassification(trx, { slot: `demo:${now.toISOString()}`, trigger: 'manual', startedBy: null, now });
}

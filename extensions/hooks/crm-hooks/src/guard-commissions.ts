import { CrmError } from '@crm/core';
import { assertOrderSplitsValid, assertStatementsDeletable, assertStoredPlanValid, checkCommissionPlanCreate, checkCommissionPlanUpdate, checkPlanScope, planOfTier } from '@crm/directus';
import { type CrmHooks, type HookDeps, writerOf } from './hook-kit.ts';

const PLANS = 'crm_commission_plans';
const TIERS = 'crm_commission_tiers';
const SPLITS = 'crm_commission_splits';
const STATEMENTS = 'crm_commission_statements';
const LINES = 'crm_commission_statement_lines';

const computedByEndpoint = () => {
	throw new CrmError('CRM_USE_ENDPOINT', 'Commission statements are computed by the CRM (POST /crm/commissions/statements) and approved by POST /crm/commissions/statements/{id}/approve.', {});
};

/** Plans compute with their tiers (checked in the write's transaction, once plan and tiers are stored) and name a rep or team the writer manages. */
function guardPlans(hooks: CrmHooks, baseCurrency: string): void {
	hooks.onCreate(PLANS, async (data, { knex, accountability }) => {
		const checked = checkCommissionPlanCreate(data, baseCurrency);
		await checkPlanScope(knex, PLANS, writerOf(accountability), data, null);
		return checked;
	});
	hooks.onUpdate(PLANS, async (data, keys, { knex, accountability }) => {
		await checkCommissionPlanUpdate(knex, keys, data);
		await checkPlanScope(knex, PLANS, writerOf(accountability), data, keys);
	});
	hooks.afterWrite(PLANS, async ({ action, item }, trx) => {
		if (action === 'create' || action === 'update') await assertStoredPlanValid(trx, item);
	});
	hooks.afterWrite(TIERS, async ({ action, item }, trx) => {
		if (action !== 'create' && action !== 'update') return;
		const plan = await planOfTier(trx, item);
		if (plan) await assertStoredPlanValid(trx, plan);
	});
}

/**
 * S6.3: commission plans are valid with their tiers, an order's splits name each rep once and add up to
 * 100 % at most (exactly, when a statement is computed), and statements and their lines are the CRM's:
 * computed and approved by the endpoint, an approved one never deleted.
 */
export function guardCommissions(hooks: CrmHooks, { baseCurrency }: HookDeps): void {
	guardPlans(hooks, baseCurrency);
	hooks.afterWrite(SPLITS, async ({ action, item }, trx) => {
		if (action === 'create' || action === 'update') await assertOrderSplitsValid(trx, item);
	});
	for (const collection of [STATEMENTS, LINES]) {
		hooks.onCreate(collection, computedByEndpoint);
		hooks.onUpdate(collection, computedByEndpoint);
	}
	hooks.onDelete(STATEMENTS, (keys, { knex }) => assertStatementsDeletable(knex, keys));
	hooks.onDelete(LINES, computedByEndpoint);
}

import { type AssignmentStamp, type BulkMoveRequest, CrmError, type OwnerActor, planBulkMove, planRuleApplication, type RuleApplication } from '@crm/core';
import type { Knex } from 'knex';
import { loadAssignmentCustomers, loadAssignmentReps, loadAssignmentRules } from './load-assignment-facts.ts';
import { applyAssignments } from './store-assignments.ts';

/** What the rules would change for these customers (the caller's readable ones), as the actor may change it. */
export async function planRulesFor(knex: Knex, actor: OwnerActor, customerIds: readonly string[], stamp: AssignmentStamp & { note: string | null }): Promise<RuleApplication> {
	const [customers, rules, reps] = await Promise.all([loadAssignmentCustomers(knex, customerIds), loadAssignmentRules(knex), loadAssignmentReps(knex)]);
	return planRuleApplication(actor, customers, rules, reps, stamp);
}

/** The rules applied: owner changes and their history rows in one transaction, planned on its own reads. */
export function applyRulesTo(knex: Knex, actor: OwnerActor, customerIds: readonly string[], stamp: AssignmentStamp & { note: string | null }): Promise<RuleApplication> {
	return knex.transaction(async (trx) => {
		const plan = await planRulesFor(trx, actor, customerIds, stamp);
		await applyAssignments(trx, plan.history);
		return plan;
	});
}

/** Every customer of one rep to another (a rep leaves), all or nothing; the customers moved. */
export function moveRepCustomers(knex: Knex, actor: OwnerActor, request: BulkMoveRequest, stamp: AssignmentStamp): Promise<string[]> {
	return knex.transaction(async (trx) => {
		const reps = await loadAssignmentReps(trx);
		const owned: { id: string }[] = await trx('crm_customers').where('owner', request.fromRep).select('id').orderBy('name');
		const from = reps.find((r) => r.id === request.fromRep) ?? null;
		const to = reps.find((r) => r.id === request.toRep) ?? null;
		if (!from) throw new CrmError('CRM_NOT_FOUND', 'There is no such sales rep to move customers from.', { field: 'from_rep' });
		const rows = planBulkMove(actor, { from, to, customerIds: owned.map((c) => String(c.id)), reason: request.reason }, stamp);
		await applyAssignments(trx, rows);
		return rows.map((r) => r.customer);
	});
}

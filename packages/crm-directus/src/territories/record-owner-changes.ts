import { type AssignmentStamp, assertAssignableRep, assertValidAssignmentRule, resolveRuleTarget } from '@crm/core';
import type { Knex } from 'knex';
import { textOrNull } from '../db-cells.ts';
import { loadAssignmentCustomers, loadAssignmentReps, loadAssignmentRules } from './load-assignment-facts.ts';
import { applyAssignments, insertAssignmentHistory } from './store-assignments.ts';

const CREATED_WITH_OWNER = 'Owner chosen when the customer was created.';
const CHANGED_BY_HAND = 'Owner changed by hand (no reason given).';

/**
 * A new customer's owner, in its create's transaction: one created with an owner has it recorded; one created
 * without gets the owner the assignment rules choose (or stays without one when no rule matches).
 */
export async function assignNewCustomer(trx: Knex, customerId: string, stamp: AssignmentStamp, reason: string | null): Promise<void> {
	const [customer] = await loadAssignmentCustomers(trx, [customerId]);
	if (!customer) return;
	if (customer.ownerId !== null) {
		await insertAssignmentHistory(trx, [{ customer: customerId, from_rep: null, to_rep: customer.ownerId, at: stamp.at, by_user: stamp.userId, reason: reason ?? CREATED_WITH_OWNER, rule: null, kind: 'manual' }]);
		return;
	}
	const outcome = resolveRuleTarget(customer, await loadAssignmentRules(trx), await loadAssignmentReps(trx));
	if (outcome.kind !== 'assign') return;
	const { repId, ruleId, reason: why } = outcome.assignment;
	await applyAssignments(trx, [{ customer: customerId, from_rep: null, to_rep: repId, at: stamp.at, by_user: stamp.userId, reason: why, rule: ruleId, kind: 'rule' }]);
}

/** After a Studio or API write: the history row of the owner change, when the owner did change. */
export async function recordOwnerChange(trx: Knex, customerId: string, before: string | null, stamp: AssignmentStamp, reason: string | null): Promise<void> {
	const row = await trx('crm_customers').where('id', customerId).first('owner');
	const now = textOrNull(row?.owner);
	if (!row || now === before) return;
	await insertAssignmentHistory(trx, [{ customer: customerId, from_rep: before, to_rep: now, at: stamp.at, by_user: stamp.userId, reason: reason ?? CHANGED_BY_HAND, rule: null, kind: 'manual' }]);
}

/** The owners of customers about to change: what the history records as "from". */
export async function ownersBefore(knex: Knex, keys: readonly (string | number)[]): Promise<Map<string, string | null>> {
	const rows: { id: string; owner: unknown }[] = await knex('crm_customers').select('id', 'owner').whereIn('id', keys.map(String));
	return new Map(rows.map((r) => [String(r.id), textOrNull(r.owner)]));
}

/** A customer is given only to an active rep (an inactive one has left). */
export async function assertOwnerAssignable(knex: Knex, owner: unknown): Promise<void> {
	if (typeof owner !== 'string') return;
	const rep = await knex('crm_sales_reps').where('id', owner).first('id', 'name', 'active');
	if (rep) assertAssignableRep({ id: String(rep.id), name: String(rep.name), teamId: null, teamName: null, active: rep.active === true || rep.active === 1, customerCount: 0 }, 'owner');
}

/** A stored rule targets one rep or one team. */
export async function assertStoredRuleValid(trx: Knex, id: string): Promise<void> {
	const row = await trx('crm_assignment_rules').where('id', id).first('target_rep', 'target_team');
	if (row) assertValidAssignmentRule(row);
}

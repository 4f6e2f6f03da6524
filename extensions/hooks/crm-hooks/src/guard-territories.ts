import { randomUUID } from 'node:crypto';
import { assertOwnerAssignable, assertStoredRuleValid, assignNewCustomer, ownersBefore, recordOwnerChange } from '@crm/directus';
import { guardAppendOnly } from './guard-append-only.ts';
import type { CrmHooks, HookDeps, Payload } from './hook-kit.ts';
import { handoffTopic } from './write-handoff.ts';

const CUSTOMERS = 'crm_customers';
const RULES = 'crm_assignment_rules';
const HISTORY = 'crm_customer_assignments';
/** The Studio's "why" of an owner change: taken out of the payload, kept in the history only. */
const REASON_FIELD = 'owner_change_reason';

interface OwnerChange {
	before: string | null;
	reason: string | null;
}
const OWNER_CHANGE = handoffTopic<OwnerChange>('owner-change');

/** The payload without the reason, and the reason (trimmed; empty = none). */
function takeReason(data: Payload): [Payload, string | null] {
	if (!(REASON_FIELD in data)) return [data, null];
	const { [REASON_FIELD]: raw, ...rest } = data;
	const reason = typeof raw === 'string' && raw.trim() ? raw.trim() : null;
	return [rest, reason];
}

/** Customers: every owner change, however it is made, leaves its history row in the same transaction. */
function guardCustomerOwners(hooks: CrmHooks, { handoff }: HookDeps): void {
	hooks.onCreate(CUSTOMERS, async (data, { knex }) => {
		const [payload, reason] = takeReason(data);
		await assertOwnerAssignable(knex, payload['owner']);
		if (reason === null) return payload;
		const id = typeof payload['id'] === 'string' ? payload['id'] : randomUUID();
		handoff.put(OWNER_CHANGE, CUSTOMERS, id, { before: null, reason });
		return { ...payload, id };
	});
	hooks.onUpdate(CUSTOMERS, async (data, keys, { knex }) => {
		const [payload, reason] = takeReason(data);
		if (!('owner' in payload)) return payload;
		await assertOwnerAssignable(knex, payload['owner']);
		for (const [key, before] of await ownersBefore(knex, keys)) handoff.put(OWNER_CHANGE, CUSTOMERS, key, { before, reason });
		return payload;
	});
	hooks.afterWrite(CUSTOMERS, async ({ action, item, user }, trx) => {
		const stamp = { userId: user ?? null, at: new Date() };
		if (action === 'create') return assignNewCustomer(trx, item, stamp, handoff.take(OWNER_CHANGE, CUSTOMERS, item)?.reason ?? null);
		const change = action === 'update' ? handoff.take(OWNER_CHANGE, CUSTOMERS, item) : undefined;
		if (change) await recordOwnerChange(trx, item, change.before, stamp, change.reason);
	});
}

/**
 * S6.2: rules give a customer to a rep or a team (never both, never neither); a customer created without an
 * owner gets the rules' rep; every owner change is recorded; the history is the CRM's and never changes.
 */
export function guardTerritories(hooks: CrmHooks, deps: HookDeps): void {
	guardCustomerOwners(hooks, deps);
	hooks.afterWrite(RULES, async ({ action, item }, trx) => {
		if (action === 'create' || action === 'update') await assertStoredRuleValid(trx, item);
	});
	guardAppendOnly(hooks, HISTORY, {
		create: 'The assignment history is written by the CRM whenever a customer\'s owner changes.',
		changed: 'The assignment history is never changed or deleted; a new owner change adds a row.',
	});
}

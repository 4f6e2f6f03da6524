import { randomUUID } from 'node:crypto';
import type { EventContext, RegisterFunctions } from '@directus/types';
import type { Knex } from 'knex';
import { describe, expect, test } from 'vitest';
import { claimRedemptions } from '../../packages/crm-directus/src/discounts/redemptions.ts';
import { guardLedgerWrites } from '../../extensions/hooks/crm-hooks/src/guard-ledger.ts';
import { releaseClaimsOfDeletedOrders } from '../../extensions/hooks/crm-hooks/src/guard-priced-documents.ts';
import { guardServiceRequests } from '../../extensions/hooks/crm-hooks/src/guard-service-requests.ts';
import { createCrmHooks, type HookDeps } from '../../extensions/hooks/crm-hooks/src/hook-kit.ts';
import { WriteHandoff } from '../../extensions/hooks/crm-hooks/src/write-handoff.ts';
import { useAdapterDatabase } from './adapter-database.ts';

type Listener = (payload: unknown, meta: Record<string, unknown>, ctx: EventContext) => unknown;

/** Registers hooks as Directus does and emits filters the way its ItemsService does: `items.<event>`, then `<collection>.items.<event>`, each listener's result replacing the payload. */
function fakeDirectus() {
	const filters = new Map<string, Listener[]>();
	const on = (event: string, listener: Listener) => filters.set(event, [...(filters.get(event) ?? []), listener]);
	const register = { filter: on, action: () => {}, init: () => {}, schedule: () => {}, embed: () => {} } as unknown as RegisterFunctions;
	const emit = async (events: string[], payload: unknown, meta: Record<string, unknown>, knex: Knex) => {
		let current = payload;
		for (const event of events) for (const listener of filters.get(event) ?? []) current = (await listener(current, { event, ...meta }, { database: knex, schema: {} as EventContext['schema'], accountability: null })) ?? current;
		return current;
	};
	return { register, emit, events: () => [...filters.keys()] };
}

const db = useAdapterDatabase();

function hookSet() {
	const directus = fakeDirectus();
	// Without accountability (a system write) no check asks Directus' services for anything.
	const deps = { handoff: new WriteHandoff(), nowIso: () => new Date().toISOString(), database: db.knex, services: {} } as unknown as HookDeps;
	return { directus, deps, hooks: createCrmHooks(directus.register, db.knex) };
}

const stored = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v !== null && typeof v === 'object' && !(v instanceof Date) ? JSON.stringify(v) : v]));

describe('hook dispatch: one filter per collection and event, the second step of a write in its transaction', () => {
	test('each guard listens to its own collection only', () => {
		const { directus, hooks } = hookSet();
		guardLedgerWrites(hooks);
		expect(directus.events().sort()).toEqual(['activity.create', 'crm_ledger_entries.items.create', 'crm_ledger_entries.items.delete', 'crm_ledger_entries.items.update']);
	});

	test('a refusal of the domain reaches Directus as an HTTP error with its stable code', async () => {
		const { directus, hooks } = hookSet();
		guardLedgerWrites(hooks);
		await expect(directus.emit(['items.update', 'crm_ledger_entries.items.update'], { amount: 1 }, { collection: 'crm_ledger_entries', keys: ['x'] }, db.knex)).rejects.toMatchObject({ code: 'CRM_LEDGER_APPEND_ONLY', status: 409 });
	});

	test("a deleted draft order gives its offer's use back when the delete is recorded, and keeps it when the delete rolls back", async () => {
		const { directus, deps, hooks } = hookSet();
		releaseClaimsOfDeletedOrders(hooks, deps);
		const offer = randomUUID();
		await db.knex('crm_special_offers').insert({ id: offer, code: `T-${offer.slice(0, 8)}`, name: 'Dispatch test', active: true, max_uses: 5 });
		const deleteOrder = async (rollBack: boolean) => {
			const order = await db.newDraftOrder();
			await db.knex.transaction((trx) => claimRedemptions(trx, order, db.customer, [{ offerId: offer, quantityMilli: 1000, promoCodeIds: [] }]));
			await directus.emit(['items.delete', 'crm_orders.items.delete'], [order], { collection: 'crm_orders' }, db.knex);
			await db.knex
				.transaction(async (trx) => {
					await trx('crm_orders').where('id', order).delete();
					await directus.emit(['activity.create'], { action: 'delete', collection: 'crm_orders', item: order }, {}, trx);
					if (rollBack) throw new Error('the delete fails after its activity');
				})
				.catch((error: Error) => expect(error.message).toBe('the delete fails after its activity'));
			return Number((await db.knex('crm_special_offers').where('id', offer).first('uses_count')).uses_count);
		};
		expect(await deleteOrder(true)).toBe(1);
		expect(await deleteOrder(false)).toBe(1);
	});

	test('a new request is routed in its create filter and its decision is written once the request row exists', async () => {
		const { directus, deps, hooks } = hookSet();
		guardServiceRequests(hooks, deps);
		let id: unknown;
		await db.knex.transaction(async (trx) => {
			const data = (await directus.emit(['items.create', 'crm_service_requests.items.create'], { subject: 'Pump leaks', customer: db.customer, priority: 'high' }, { collection: 'crm_service_requests' }, trx)) as Record<string, unknown>;
			expect(data).toMatchObject({ subject: 'Pump leaks', status: expect.any(String) });
			id = data['id'];
			await trx('crm_service_requests').insert(stored(data));
			await directus.emit(['activity.create'], { action: 'create', collection: 'crm_service_requests', item: data['id'] }, {}, trx);
			expect(await trx('crm_service_routing_decisions').where('request', String(data['id'])).count({ n: '*' }).first()).toEqual({ n: 1 });
		});
		// Taken, not left behind for the next write.
		expect(deps.handoff.has({ name: 'routing-decision' }, 'crm_service_requests', String(id))).toBe(false);
	});
});

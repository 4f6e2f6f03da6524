import { checkRequestUpdate, insertDecision, isTrustedWrite, type PendingDecision, prepareNewRequest, refreshRequest, type RequestBefore } from '@crm/directus';
import { assertDeskFieldsAllowed } from './assert-desk-fields.ts';
import { type CrmHooks, type HookDeps, visibilityOf } from './hook-kit.ts';
import { handoffTopic } from './write-handoff.ts';

const REQUESTS = 'crm_service_requests';
/** A new request's routing decision: written once the request row exists. */
const ROUTING_DECISION = handoffTopic<PendingDecision>('routing-decision');
/** A request as it was before an update, to tell what the update changed. */
const REQUEST_BEFORE = handoffTopic<RequestBefore>('request-before');

/** Service requests: routed and given their SLA terms when created; clocks, escalations and re-routing follow each update. */
export function guardServiceRequests(hooks: CrmHooks, deps: HookDeps): void {
	const { handoff, nowIso } = deps;
	hooks.onCreate(REQUESTS, async (data, ctx) => {
		await assertDeskFieldsAllowed(visibilityOf(ctx, deps), data);
		const prepared = await prepareNewRequest(ctx.knex, data, nowIso());
		handoff.put(ROUTING_DECISION, REQUESTS, String(prepared.data['id']), prepared.decision);
		return prepared.data;
	});
	hooks.onUpdate(REQUESTS, async (data, keys, { knex }) => {
		for (const [key, before] of await checkRequestUpdate(knex, keys, data)) handoff.put(REQUEST_BEFORE, REQUESTS, key, before);
	});
	hooks.afterWrite(REQUESTS, async ({ action, item }, trx) => {
		const decision = action === 'create' ? handoff.take(ROUTING_DECISION, REQUESTS, item) : undefined;
		if (decision) await insertDecision(trx, decision, nowIso());
		if (action === 'update') await refreshRequest(trx, item, nowIso(), handoff.take(REQUEST_BEFORE, REQUESTS, item) ?? null, !isTrustedWrite());
	});
}

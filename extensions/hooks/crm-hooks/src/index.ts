import { DEFAULT_MAX_FUTURE_MS } from '@crm/core';
import { assertSupportedSchema, bumpRulesVersion, checkRequestUpdate, checkTimeEntry, claimedByOrders, clearCollectionRules, CRM_PREFIX, escalateDueRequests, insertDecision, isSchemaSupported, isTrustedWrite, loadDiscountLimitBp, type PendingDecision, prepareNewRequest, refreshRequest, releaseDeletedOrderClaims, type RequestBefore, rerouteForAbsences, rethrowAsDirectusError } from '@crm/directus';
import { defineHook } from '@directus/extensions-sdk';
import { assertDeskFieldsAllowed } from './assert-desk-fields.ts';
import { assertReferencesVisible } from './assert-references-visible.ts';
import { checkCustomerOwnerOnCreate, checkCustomerOwnerOnUpdate } from './check-customer-owner.ts';
import { checkDiscountDefinition, DISCOUNT_DEFINITION_COLLECTIONS } from './check-discount-definition.ts';
import { checkPriceListWrite } from './check-price-list.ts';
import { checkServiceSetup } from './check-service-setup.ts';
import { expireQuotes } from './expire-quotes.ts';
import { guardEndpointDocument } from './guard-endpoint-documents.ts';
import { guardLedger, LEDGER } from './guard-ledger.ts';
import { PRICED_DOCUMENTS, PRICED_LINES, PricedDocuments } from './priced-documents.ts';
import { checkInteractionOnCreate, checkInteractionOnUpdate, type InteractionCheckContext } from './check-interaction.ts';
import { SYSTEM_EVENT_SOURCES } from './system-event-sources.ts';
import { SystemInteractionRecorder } from './system-interaction-recorder.ts';
import { validateWrite } from './validate-write.ts';

type Payload = Record<string, unknown>;

/** Column defaults of a collection, as a create starts from them. */
function defaultsOf(schema: { collections: Record<string, { fields: Record<string, { defaultValue: unknown }> }> }, collection: string): Payload {
	const fields = Object.entries(schema.collections[collection]?.fields ?? {});
	return Object.fromEntries(fields.filter(([, f]) => f.defaultValue !== null && f.defaultValue !== undefined).map(([name, f]) => [name, f.defaultValue]));
}

export default defineHook(({ filter, action, schedule }, { services, env, database, logger }) => {
	const recorder = new SystemInteractionRecorder(SYSTEM_EVENT_SOURCES);
	const deletedOrderClaims = new Map<string, { offerIds: string[]; codeIds: string[] }>();
	const documents = new PricedDocuments(String(env['CRM_BASE_CURRENCY'] ?? 'EUR'));
	const maxFutureMs = Number(env['CRM_INTERACTION_MAX_FUTURE_HOURS'] ?? DEFAULT_MAX_FUTURE_MS / 3_600_000) * 3_600_000;
	// Service desk: what the create and update filters decided, written once the activity row shows the write happened.
	const pendingDecisions = new Map<string, PendingDecision>();
	const requestsBefore = new Map<string, RequestBefore>();
	const nowIso = () => new Date().toISOString();
	const schemaTtlMs = Number(env['CRM_SCHEMA_CHECK_SECONDS'] ?? 30) * 1000;

	filter('items.create', (raw, meta, { database, schema, accountability }) =>
		rethrowAsDirectusError(async () => {
			const collection = String(meta['collection']);
			if (!collection.startsWith(CRM_PREFIX) || !schema) return raw;
			await assertSupportedSchema(database, schemaTtlMs, collection);

			const payload = await validateWrite(services.FieldsService, schema, database, collection, raw, 'create');
			await checkPriceListWrite(database, schema, collection, payload);
			if (collection === LEDGER) guardLedger('create');
			guardEndpointDocument(collection);
			let data = payload as Payload;
			data = await checkDiscountDefinition(database, defaultsOf(schema, collection), collection, data);
			// Whoever sets a manual discount brings their approval limit with it; beyond it the line waits for a manager.
			if (PRICED_LINES[collection] && 'discount_bp' in data && !isTrustedWrite()) data = { ...data, discount_limit_bp: await loadDiscountLimitBp(database, accountability) };
			await assertReferencesVisible({ knex: database, accountability, schema, ItemsService: services.ItemsService }, collection, data);

			if (collection === 'crm_interactions') {
				const ctx: InteractionCheckContext = { knex: database, accountability, schema, ItemsService: services.ItemsService, now: new Date(), maxFutureMs };
				await checkInteractionOnCreate(ctx, data);
			}

			await checkServiceSetup(database, collection, data, null);
			if (collection === 'crm_service_time_entries') return checkTimeEntry(database, data, null, accountability?.user ?? null, nowIso());
			if (collection === 'crm_service_requests') {
				await assertDeskFieldsAllowed({ knex: database, accountability, schema, ItemsService: services.ItemsService }, data);
				const prepared = await prepareNewRequest(database, data, nowIso());
				pendingDecisions.set(String(prepared.data['id']), prepared.decision);
				return prepared.data;
			}

			if (collection === 'crm_customers') return checkCustomerOwnerOnCreate(database, accountability, data);
			if (PRICED_DOCUMENTS[collection]) return documents.prepareHeader(database, collection, data);
			if (PRICED_LINES[collection]) await documents.assertParentDraft(database, collection, data[PRICED_DOCUMENTS[PRICED_LINES[collection]!]!.parentField]);
			return data;
		}),
	);

	filter('items.update', (raw, meta, { database, schema, accountability }) =>
		rethrowAsDirectusError(async () => {
			const collection = String(meta['collection']);
			if (!collection.startsWith(CRM_PREFIX) || !schema) return raw;

			await assertSupportedSchema(database, schemaTtlMs, collection);
			const keys = (meta['keys'] ?? []) as (string | number)[];
			const payload = await validateWrite(services.FieldsService, schema, database, collection, raw, 'update');
			await checkPriceListWrite(database, schema, collection, payload, keys);
			let data = await checkDiscountDefinition(database, {}, collection, payload as Payload, keys);
			if (PRICED_LINES[collection] && 'discount_bp' in data && !isTrustedWrite()) data = { ...data, discount_limit_bp: await loadDiscountLimitBp(database, accountability) };
			if (collection === LEDGER) guardLedger('update');
			await assertReferencesVisible({ knex: database, accountability, schema, ItemsService: services.ItemsService }, collection, data);

			if (collection === 'crm_interactions') {
				const ctx: InteractionCheckContext = { knex: database, accountability, schema, ItemsService: services.ItemsService, now: new Date(), maxFutureMs };
				await checkInteractionOnUpdate(ctx, keys, data);
			}

			await checkServiceSetup(database, collection, data, keys);
			if (collection === 'crm_service_time_entries') data = await checkTimeEntry(database, data, keys, accountability?.user ?? null, nowIso());
			if (collection === 'crm_service_requests') for (const [key, before] of await checkRequestUpdate(database, keys, data)) requestsBefore.set(key, before);
			// A moved or reassigned absence has to move the requests again when it begins.
			if (collection === 'crm_service_absences' && ['starts_at', 'ends_at', 'specialist'].some((f) => f in data)) data = { ...data, rerouted: false };

			if (collection === 'crm_customers') await checkCustomerOwnerOnUpdate(database, accountability, keys, data);
			if (PRICED_DOCUMENTS[collection] && !isTrustedWrite()) await documents.assertHeaderEditable(database, collection, keys, data);
			if (PRICED_LINES[collection]) await documents.assertLinesEditable(database, collection, keys);
			await recorder.captureBeforeUpdate(database, collection, keys, data);
			return data;
		}),
	);

	filter('items.delete', (keys, meta, { database }) =>
		rethrowAsDirectusError(async () => {
			const collection = String(meta['collection']);
			if (collection.startsWith(CRM_PREFIX)) await assertSupportedSchema(database, schemaTtlMs, collection);
			if (collection === LEDGER) guardLedger('delete');
			if (PRICED_LINES[collection]) await documents.assertLinesEditable(database, collection, keys as string[], true);
			if (PRICED_DOCUMENTS[collection]) await documents.assertHeaderEditable(database, collection, keys as string[], { customer: true });
			// Delete filters run before the transaction and the permission check: only remember what the
			// orders' claims use; they are released once the delete is recorded (activity, same transaction).
			if (collection === 'crm_orders') for (const key of keys as string[]) deletedOrderClaims.set(key, await claimedByOrders(database, [key]));
			return keys;
		}),
	);

	filter('activity.create', (payload, _meta, { database }) =>
		rethrowAsDirectusError(async () => {
			const activity = payload as { action?: string; collection?: string; item?: string };
			if (activity.collection && activity.item && (PRICED_DOCUMENTS[activity.collection] || PRICED_LINES[activity.collection])) {
				await documents.recompute(database, activity.collection, String(activity.action), String(activity.item));
			}
			if (activity.collection === 'crm_orders' && activity.action === 'delete' && activity.item) {
				const claimed = deletedOrderClaims.get(String(activity.item));
				deletedOrderClaims.delete(String(activity.item));
				// A deleted draft order gives its offer and code uses back.
				await releaseDeletedOrderClaims(database, String(activity.item), claimed ?? { offerIds: [], codeIds: [] });
			}
			// An absence that has begun moves the specialist's open requests at once, in the same transaction.
			if (activity.collection === 'crm_service_absences' && (activity.action === 'create' || activity.action === 'update')) await rerouteForAbsences(database, nowIso());
			if (activity.collection === 'crm_service_requests' && activity.item) {
				const item = String(activity.item);
				if (activity.action === 'create' && pendingDecisions.has(item)) {
					await insertDecision(database, pendingDecisions.get(item)!, nowIso());
					pendingDecisions.delete(item);
				}
				if (activity.action === 'update') {
					const before = requestsBefore.get(item) ?? null;
					requestsBefore.delete(item);
					await refreshRequest(database, item, nowIso(), before, !isTrustedWrite());
				}
			}
			await recorder.recordFromActivity(database, payload as Parameters<SystemInteractionRecorder['recordFromActivity']>[1]);
			return payload;
		}),
	);

	schedule(String(env['CRM_QUOTE_EXPIRY_SCHEDULE'] ?? '*/15 * * * *'), async () => {
		if (!(await isSchemaSupported(database, schemaTtlMs))) return;
		const expired = await expireQuotes(database, SYSTEM_EVENT_SOURCES.get('crm_quotes'));
		if (expired > 0) logger.info(`[crm] ${expired} proposal(s) expired`);
	});

	// SLA warnings and breaches, and absences that have begun: every minute unless configured.
	schedule(String(env['CRM_SLA_ESCALATION_SCHEDULE'] ?? '* * * * *'), async () => {
		if (!(await isSchemaSupported(database, schemaTtlMs))) return;
		try {
			const now = nowIso();
			const moved = await rerouteForAbsences(database, now);
			const run = await escalateDueRequests(database, now);
			for (const failure of run.failures) logger.error(failure.error, `[crm] SLA job: request ${failure.request} failed; retried in five minutes`);
			if (moved > 0 || run.escalations.length > 0) logger.info(`[crm] SLA job: ${run.escalations.length} escalation(s), ${moved} request(s) re-routed for absences`);
		} catch (error) {
			logger.error(error, '[crm] SLA escalation job failed');
		}
	});

	for (const event of ['items.create', 'items.update', 'items.delete']) {
		action(event, (meta, { database: knex }) => {
			if (DISCOUNT_DEFINITION_COLLECTIONS.has(String(meta['collection']))) return bumpRulesVersion(knex ?? database);
		});
	}

	for (const event of ['fields.create', 'fields.update', 'fields.delete', 'collections.create', 'collections.update', 'collections.delete']) {
		action(event, () => clearCollectionRules());
	}
});

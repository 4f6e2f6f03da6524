import { DEFAULT_MAX_FUTURE_MS } from '@crm/core';
import { clearCollectionRules, CRM_PREFIX, rethrowAsDirectusError } from '@crm/directus';
import { defineHook } from '@directus/extensions-sdk';
import { assertCustomerVisible, CUSTOMER_REFERENCE_FIELD } from './assert-customer-visible.ts';
import { checkCustomerOwnerOnCreate, checkCustomerOwnerOnUpdate } from './check-customer-owner.ts';
import { checkInteractionOnCreate, checkInteractionOnUpdate, type InteractionCheckContext } from './check-interaction.ts';
import { SYSTEM_EVENT_SOURCES } from './system-event-sources.ts';
import { SystemInteractionRecorder } from './system-interaction-recorder.ts';
import { validateWrite } from './validate-write.ts';

type Payload = Record<string, unknown>;

export default defineHook(({ filter, action }, { services, env }) => {
	const recorder = new SystemInteractionRecorder(SYSTEM_EVENT_SOURCES);
	const maxFutureMs = Number(env['CRM_INTERACTION_MAX_FUTURE_HOURS'] ?? DEFAULT_MAX_FUTURE_MS / 3_600_000) * 3_600_000;

	filter('items.create', (payload, meta, { database, schema, accountability }) =>
		rethrowAsDirectusError(async () => {
			const collection = String(meta['collection']);
			if (!collection.startsWith(CRM_PREFIX) || !schema) return payload;

			await validateWrite(services.FieldsService, schema, database, collection, payload, 'create');
			const data = payload as Payload;
			const referenceField = CUSTOMER_REFERENCE_FIELD[collection];
			if (referenceField) await assertCustomerVisible({ knex: database, accountability, schema, ItemsService: services.ItemsService }, data[referenceField], referenceField);

			if (collection === 'crm_interactions') {
				const ctx: InteractionCheckContext = { knex: database, accountability, schema, ItemsService: services.ItemsService, now: new Date(), maxFutureMs };
				await checkInteractionOnCreate(ctx, data);
			}

			if (collection === 'crm_customers') return checkCustomerOwnerOnCreate(database, accountability, data);
			return payload;
		}),
	);

	filter('items.update', (payload, meta, { database, schema, accountability }) =>
		rethrowAsDirectusError(async () => {
			const collection = String(meta['collection']);
			if (!collection.startsWith(CRM_PREFIX) || !schema) return payload;

			const keys = (meta['keys'] ?? []) as (string | number)[];
			const data = payload as Payload;
			await validateWrite(services.FieldsService, schema, database, collection, payload, 'update');
			const referenceField = CUSTOMER_REFERENCE_FIELD[collection];
			if (referenceField && referenceField in data) await assertCustomerVisible({ knex: database, accountability, schema, ItemsService: services.ItemsService }, data[referenceField], referenceField);

			if (collection === 'crm_interactions') {
				const ctx: InteractionCheckContext = { knex: database, accountability, schema, ItemsService: services.ItemsService, now: new Date(), maxFutureMs };
				await checkInteractionOnUpdate(ctx, keys, data);
			}

			if (collection === 'crm_customers') await checkCustomerOwnerOnUpdate(database, accountability, keys, data);
			await recorder.captureBeforeUpdate(database, collection, keys, data);
			return payload;
		}),
	);

	filter('activity.create', async (payload, _meta, { database }) => {
		await recorder.recordFromActivity(database, payload as Parameters<SystemInteractionRecorder['recordFromActivity']>[1]);
		return payload;
	});

	for (const event of ['fields.create', 'fields.update', 'fields.delete', 'collections.create', 'collections.update', 'collections.delete']) {
		action(event, () => clearCollectionRules());
	}
});

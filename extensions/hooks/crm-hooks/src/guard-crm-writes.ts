import { assertSupportedSchema, clearCollectionRules, CRM_PREFIX, rethrowAsDirectusError } from '@crm/directus';
import type { EventContext, RegisterFunctions } from '@directus/types';
import { assertReferencesVisible } from './assert-references-visible.ts';
import type { HookDeps, Payload } from './hook-kit.ts';
import { validateWrite } from './validate-write.ts';

/**
 * What every write to a CRM collection passes before its collection's own checks (Directus runs
 * `items.<event>` filters before `<collection>.items.<event>`): a schema this version supports, the
 * field rules of the collection, and references only to records the caller can read.
 */
export function guardCrmWrites({ filter, action }: RegisterFunctions, deps: HookDeps): void {
	const checkWrite = (mode: 'create' | 'update') => (raw: unknown, meta: Record<string, unknown>, ctx: EventContext) =>
		rethrowAsDirectusError(async () => {
			const collection = String(meta['collection']);
			if (!collection.startsWith(CRM_PREFIX) || !ctx.schema) return raw;
			await assertSupportedSchema(ctx.database, deps.schemaTtlMs, collection);
			const data = (await validateWrite(deps.services.FieldsService, ctx.schema, ctx.database, collection, raw, mode)) as Payload;
			await assertReferencesVisible({ knex: ctx.database, accountability: ctx.accountability, schema: ctx.schema, ItemsService: deps.services.ItemsService }, collection, data);
			return data;
		});
	filter('items.create', checkWrite('create'));
	filter('items.update', checkWrite('update'));
	filter('items.delete', (keys, meta, { database }) =>
		rethrowAsDirectusError(async () => {
			if (String(meta['collection']).startsWith(CRM_PREFIX)) await assertSupportedSchema(database, deps.schemaTtlMs, String(meta['collection']));
			return keys;
		}),
	);
	// The field rules are read from the schema: a changed field or collection changes them.
	for (const event of ['fields.create', 'fields.update', 'fields.delete', 'collections.create', 'collections.update', 'collections.delete']) action(event, () => clearCollectionRules());
}

import { CrmError } from '@crm/core';
import type { VisibilityContext } from './assert-customer-visible.ts';

/**
 * A many-to-many row links two records; a client may only link records its policy lets it read on
 * both sides (a rep cannot put someone else's customer into a group, nor a customer into a hidden group).
 */
export async function assertJunctionVisible(ctx: VisibilityContext, collection: string, data: Record<string, unknown>): Promise<void> {
	if (!ctx.accountability || ctx.accountability.admin) return;
	const sides = ctx.schema.relations.filter((r) => r.collection === collection && r.meta?.junction_field && r.field in data);

	for (const { field, related_collection: related } of sides) {
		const key = data[field];
		const primary = related ? ctx.schema.collections[related]?.primary : undefined;
		if (!related || !primary || (typeof key !== 'string' && typeof key !== 'number')) continue;
		try {
			await new ctx.ItemsService(related, { knex: ctx.knex, schema: ctx.schema, accountability: ctx.accountability }).readOne(String(key), { fields: [primary] });
		} catch {
			throw new CrmError('CRM_REFERENCE_NOT_FOUND', `There is no ${related} record ${key} that you can see.`, { field });
		}
	}
}

import { CrmError } from '@crm/core';
import type { Accountability, SchemaOverview } from '@directus/types';
import type { Knex } from 'knex';

export interface VisibilityContext {
	knex: Knex;
	accountability: Accountability | null;
	schema: SchemaOverview;
	ItemsService: new (collection: string, options: { knex: Knex; schema: SchemaOverview; accountability: Accountability | null }) => { readOne(key: string, query: object): Promise<unknown> };
}

/** Records that hang off a customer carry that customer's key in this field. Create permissions cannot filter by relation, so the hook checks. */
export const CUSTOMER_REFERENCE_FIELD: Readonly<Record<string, string>> = {
	crm_contacts: 'customer',
	crm_interactions: 'customer',
	crm_quotes: 'customer',
	crm_orders: 'customer',
	crm_service_requests: 'customer',
	crm_service_contracts: 'customer',
	crm_opportunities: 'customer',
};

/** Records that hang off another customer's record (a task off an opportunity) carry its key: the caller must read that record. */
export const PARENT_REFERENCE: Readonly<Record<string, { field: string; collection: string; noun: string }>> = {
	crm_opportunity_tasks: { field: 'opportunity', collection: 'crm_opportunities', noun: 'opportunity' },
};

/** A client may only attach records to customers its own policy lets it read. */
export async function assertCustomerVisible(ctx: VisibilityContext, customer: unknown, field: string): Promise<void> {
	if (!ctx.accountability || ctx.accountability.admin || typeof customer !== 'string') return;

	try {
		await new ctx.ItemsService('crm_customers', { knex: ctx.knex, schema: ctx.schema, accountability: ctx.accountability }).readOne(customer, { fields: ['id'] });
	} catch {
		throw new CrmError('CRM_REFERENCE_NOT_FOUND', `There is no customer ${customer} that you can see.`, { field });
	}
}

/** A client may only attach records to a parent record (an opportunity) its own policy lets it read. */
export async function assertParentVisible(ctx: VisibilityContext, collection: string, data: Record<string, unknown>): Promise<void> {
	const parent = PARENT_REFERENCE[collection];
	const key = parent ? data[parent.field] : undefined;
	if (!parent || !ctx.accountability || ctx.accountability.admin || typeof key !== 'string') return;
	try {
		await new ctx.ItemsService(parent.collection, { knex: ctx.knex, schema: ctx.schema, accountability: ctx.accountability }).readOne(key, { fields: ['id'] });
	} catch {
		throw new CrmError('CRM_REFERENCE_NOT_FOUND', `There is no ${parent.noun} ${key} that you can see.`, { field: parent.field });
	}
}

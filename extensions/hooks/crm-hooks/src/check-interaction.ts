import { assertValidInteraction, CrmError } from '@crm/core';
import type { Accountability, SchemaOverview } from '@directus/types';
import type { Knex } from 'knex';

type Payload = Record<string, unknown>;

export interface InteractionCheckContext {
	knex: Knex;
	accountability: Accountability | null;
	schema: SchemaOverview;
	ItemsService: new (collection: string, options: { knex: Knex; schema: SchemaOverview; accountability: Accountability | null }) => { readOne(key: string, query: object): Promise<unknown> };
	now: Date;
	maxFutureMs: number;
}

const idOf = (v: unknown) => (typeof v === 'object' && v !== null ? ((v as Payload)['id'] ?? null) : (v ?? null));

// A client may only attach history to customers its own policy lets it read.
async function assertCustomerVisible(ctx: InteractionCheckContext, customer: unknown): Promise<void> {
	if (!ctx.accountability || ctx.accountability.admin || typeof customer !== 'string') return;

	try {
		await new ctx.ItemsService('crm_customers', { knex: ctx.knex, schema: ctx.schema, accountability: ctx.accountability }).readOne(customer, { fields: ['id'] });
	} catch {
		throw new CrmError('CRM_REFERENCE_NOT_FOUND', `There is no customer ${customer} that you can see.`, { field: 'customer' });
	}
}

async function check(ctx: InteractionCheckContext, merged: Payload, typeTouched: boolean): Promise<void> {
	const customer = idOf(merged['customer']);
	const contact = idOf(merged['contact']);
	let contactCustomer: string | null | undefined;

	if (typeof contact === 'string') {
		const row = await ctx.knex('crm_contacts').select('customer').where('id', contact).first();
		if (!row) throw new CrmError('CRM_REFERENCE_NOT_FOUND', `There is no contact ${contact}.`, { field: 'contact' });
		contactCustomer = row.customer;
	}

	assertValidInteraction({
		type: merged['type'],
		customer,
		contact,
		contactCustomer,
		occurredAt: merged['occurred_at'],
		bySystem: ctx.accountability === null,
		typeTouched,
		now: ctx.now,
		maxFutureMs: ctx.maxFutureMs,
	});

	await assertCustomerVisible(ctx, customer);
}

export async function checkInteractionOnCreate(ctx: InteractionCheckContext, payload: Payload): Promise<void> {
	await check(ctx, payload, true);
}

export async function checkInteractionOnUpdate(ctx: InteractionCheckContext, keys: readonly (string | number)[], payload: Payload): Promise<void> {
	if (!['type', 'customer', 'contact', 'occurred_at'].some((f) => f in payload)) return;

	const rows = await ctx.knex('crm_interactions').select('id', 'type', 'customer', 'contact', 'occurred_at').whereIn('id', keys as string[]);

	for (const row of rows) {
		if (row.type === 'system' && ctx.accountability !== null) {
			throw new CrmError('CRM_SYSTEM_INTERACTION_READONLY', 'System interactions are recorded by the CRM and cannot be edited.', { field: 'type' });
		}

		// Stored occurred_at is history already; only a new value is held to the future limit.
		await check(ctx, { ...row, occurred_at: undefined, ...payload }, 'type' in payload);
	}
}

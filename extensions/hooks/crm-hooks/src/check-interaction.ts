import { assertValidInteraction, CrmError } from '@crm/core';
import type { VisibilityContext } from './assert-customer-visible.ts';

type Payload = Record<string, unknown>;

export interface InteractionCheckContext extends VisibilityContext {
	now: Date;
	maxFutureMs: number;
}

const idOf = (v: unknown) => (typeof v === 'object' && v !== null ? ((v as Payload)['id'] ?? null) : (v ?? null));

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

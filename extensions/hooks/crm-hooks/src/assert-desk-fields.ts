import { CrmError } from '@crm/core';
import type { VisibilityContext } from './assert-customer-visible.ts';

/** What routing and the desk decide; a customer opening a request says what is wrong, not who fixes it how fast. */
const DESK_FIELDS = ['assignee', 'team', 'priority', 'required_skills', 'type', 'resolution', 'called_back_at', 'survey_sent_at'];

/**
 * Desk fields of a request are for service staff: whoever may read the specialists (desk roles,
 * administrators). Others — portal customers, external callers with a narrow policy — get 403
 * naming the field instead of jumping the queue.
 */
export async function assertDeskFieldsAllowed(ctx: VisibilityContext, payload: Record<string, unknown>): Promise<void> {
	if (!ctx.accountability || ctx.accountability.admin) return;
	const field = DESK_FIELDS.find((f) => payload[f] !== undefined && payload[f] !== null && !(Array.isArray(payload[f]) && (payload[f] as unknown[]).length === 0));
	if (!field) return;
	try {
		const specialists = new ctx.ItemsService('crm_service_specialists', { knex: ctx.knex, schema: ctx.schema, accountability: ctx.accountability }) as unknown as { readByQuery(query: object): Promise<unknown> };
		await specialists.readByQuery({ fields: ['id'], limit: 1 });
	} catch {
		throw new CrmError('CRM_DESK_FIELD_FORBIDDEN', `Only the service desk sets "${field}" of a request; leave it out and routing decides.`, { field });
	}
}

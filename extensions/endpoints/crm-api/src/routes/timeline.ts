import { buildTimelineFilter, CrmError, parseTimelineQuery, toTimelineEntry } from '@crm/core';
import type { EndpointExtensionContext, Filter } from '@directus/types';
import type { Router } from 'express';
import { asyncRoute } from '../async-route.ts';
import { serviceOptionsOf } from '../directus-request.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FIELDS = ['id', 'type', 'direction', 'occurred_at', 'subject', 'outcome', 'next_step_date', 'related_collection', 'related_key', 'contact.id', 'contact.first_name', 'contact.last_name', 'rep.id', 'rep.name'];

/** GET /crm/customers/:id/timeline — the customer's contact history, newest first, under the caller's permissions. */
export function registerTimelineRoute(router: Router, { services, getSchema }: EndpointExtensionContext): void {
	router.get(
		'/customers/:id/timeline',
		asyncRoute(async (req) => {
			const id = String(req.params['id']);
			if (!UUID.test(id)) throw new CrmError('CRM_NOT_FOUND', `There is no customer "${id}".`, { parameter: 'id' });

			const query = parseTimelineQuery(req.query as Record<string, unknown>);
			const options = await serviceOptionsOf(req, getSchema);

			// Throws Forbidden (403) when the customer does not exist or the caller's policy hides it.
			await new services.ItemsService('crm_customers', options).readOne(id, { fields: ['id'] });

			const interactions = new services.ItemsService('crm_interactions', options);
			const filter = buildTimelineFilter(id, query) as Filter;
			const [rows, counted] = await Promise.all([
				interactions.readByQuery({ filter, fields: FIELDS, sort: ['-occurred_at', '-id'], limit: query.limit, page: query.page }),
				interactions.readByQuery({ filter, aggregate: { count: ['*'] } }),
			]);
			const total = Number((counted as { count: unknown }[])[0]?.count ?? 0);

			return {
				data: (rows as Record<string, unknown>[]).map(toTimelineEntry),
				meta: { page: query.page, limit: query.limit, total, has_more: query.page * query.limit < total },
			};
		}),
	);
}

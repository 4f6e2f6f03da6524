import { buildTimelineFilter, CrmError, isUuid, parseTimelineQuery, type TimelineQuery, toTimelineEntry } from '@crm/core';
import type { EndpointExtensionContext, Filter } from '@directus/types';
import type { Router } from 'express';
import { asyncRoute } from '../async-route.ts';
import { readingCustomer } from '../customer-not-permitted.ts';
import { serviceOptionsOf } from '../directus-request.ts';
import { ifPermitted } from '../if-permitted.ts';

type Row = Record<string, unknown>;
type Items = InstanceType<EndpointExtensionContext['services']['ItemsService']>;

/** What every caller who reads a timeline reads, the customer portal included. */
const ENTRY_FIELDS = ['id', 'type', 'direction', 'occurred_at', 'subject', 'related_collection', 'related_key', 'contact.id', 'contact.first_name', 'contact.last_name'];
/** The rep's side of an entry (notes, follow-up, author): staff read it, the portal's policy does not, so it is left out for them. */
const REP_FIELDS = ['id', 'outcome', 'next_step_date', 'rep.id', 'rep.name'];

async function readPage(interactions: Items, filter: Filter, query: TimelineQuery): Promise<{ rows: Row[]; total: number }> {
	const [rows, counted] = await Promise.all([
		interactions.readByQuery({ filter, fields: ENTRY_FIELDS, sort: ['-occurred_at', '-id'], limit: query.limit, page: query.page }),
		interactions.readByQuery({ filter, aggregate: { count: ['*'] } }),
	]);
	return { rows: rows as Row[], total: Number((counted as { count: unknown }[])[0]?.count ?? 0) };
}

/** The page's rows with the rep's side added where the caller may read it. */
async function withRepDetails(interactions: Items, rows: Row[]): Promise<Row[]> {
	if (rows.length === 0) return rows;
	const details = await ifPermitted(async () => (await interactions.readByQuery({ filter: { id: { _in: rows.map((r) => String(r['id'])) } }, fields: REP_FIELDS, limit: -1 })) as Row[], []);
	const byId = new Map(details.map((d) => [String(d['id']), d]));
	return rows.map((row) => ({ ...row, ...byId.get(String(row['id'])) }));
}

/** GET /crm/customers/:id/timeline — the customer's contact history, newest first, under the caller's permissions (the portal sees its own customer-visible entries). */
export function registerTimelineRoute(router: Router, { services, getSchema }: EndpointExtensionContext): void {
	router.get(
		'/customers/:id/timeline',
		asyncRoute(async (req) => {
			const id = String(req.params['id']);
			if (!isUuid(id)) throw new CrmError('CRM_NOT_FOUND', `There is no customer "${id}".`, { parameter: 'id' });
			const query = parseTimelineQuery(req.query as Record<string, unknown>);
			const options = await serviceOptionsOf(req, getSchema);
			const interactions = new services.ItemsService('crm_interactions', options);

			const { rows, total } = await readingCustomer(id, async () => {
				await new services.ItemsService('crm_customers', options).readOne(id, { fields: ['id'] });
				return readPage(interactions, buildTimelineFilter(id, query) as Filter, query);
			});
			const entries = (await withRepDetails(interactions, rows)).map(toTimelineEntry);
			return { data: entries, meta: { page: query.page, limit: query.limit, total, has_more: query.page * query.limit < total } };
		}),
	);
}

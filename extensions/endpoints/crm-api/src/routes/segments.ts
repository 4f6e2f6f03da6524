import { assertValidSegment, CrmError, isPlainObject, isUuid, type SegmentTarget } from '@crm/core';
import { refreshSegment, selectSegmentMembers } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Request, Router } from 'express';
import { assertMayChange } from '../assert-may-change.ts';
import { asyncRoute } from '../async-route.ts';
import { serviceOptionsOf } from '../directus-request.ts';
import { countReadable } from '../segments/count-readable.ts';

const todayIso = () => new Date().toISOString().slice(0, 10);
const COLLECTION: Record<SegmentTarget, string> = { customers: 'crm_customers', products: 'crm_products' };

function segmentId(req: Request): string {
	const id = String(req.params['id']);
	if (!isUuid(id)) throw new CrmError('CRM_NOT_FOUND', `There is no segment "${id}".`, { parameter: 'id' });
	return id;
}

/**
 * POST /crm/segments/preview — M1, M2: how many of the customers (or products) the caller may read
 * a rule selects today, and the first ten of them by name, before the segment is saved.
 */
export function registerSegmentRoutes(router: Router, { services, getSchema, database }: EndpointExtensionContext): void {
	router.post(
		'/segments/preview',
		asyncRoute(async (req) => {
			const body: unknown = req.body;
			if (!isPlainObject(body)) throw new CrmError('CRM_INVALID_PAYLOAD', 'Send { "applies_to": "customers" | "products", "rule": { "match": "all", "conditions": [ … ] } }.');
			const segment = assertValidSegment({ definition: 'rule', applies_to: body['applies_to'], rule: body['rule'] ?? null })!;
			const matched = await selectSegmentMembers(database, segment, todayIso());
			const options = await serviceOptionsOf(req, getSchema);
			const items = new services.ItemsService(COLLECTION[segment.target], options);
			const { count, sample } = await countReadable(items, matched, Boolean(options.accountability?.admin || !options.accountability));
			return { data: { applies_to: segment.target, count, sample } };
		}),
	);

	/** POST /crm/segments/:id/refresh — applies a segment's rule now, for a caller who may change the segment. */
	router.post(
		'/segments/:id/refresh',
		asyncRoute(async (req) => {
			const id = segmentId(req);
			const options = await serviceOptionsOf(req, getSchema);
			await assertMayChange(services, options, 'crm_market_segments', id, 'Refreshing a segment changes its members: it takes the right to change the segment.');
			const plan = await refreshSegment(database, id, new Date());
			return { data: { segment: id, applies_to: plan.target, member_count: plan.memberCount, entered: plan.add.length, left: plan.remove.length, refreshed_at: plan.refreshedAt } };
		}),
	);
}

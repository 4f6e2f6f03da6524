import { assertMayReassign, CrmError, parseBulkMoveRequest, parseRuleApplicationRequest, type RuleApplication } from '@crm/core';
import { applyRulesTo, loadOwnerActor, moveRepCustomers, planRulesFor } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Request, Router } from 'express';
import { asyncRoute } from '../async-route.ts';
import { serviceOptionsOf, type ServiceOptions } from '../directus-request.ts';

type Services = EndpointExtensionContext['services'];

/** The customers the caller may read: the ones named (each must be readable), or all of them. */
async function readableCustomers(services: Services, options: ServiceOptions, named: string[] | null): Promise<string[]> {
	const query = named ? { fields: ['id'], filter: { id: { _in: named } }, limit: -1 } : { fields: ['id'], limit: -1 };
	const rows = (await new services.ItemsService('crm_customers', options).readByQuery(query)) as { id: string }[];
	const ids = rows.map((r) => String(r.id));
	const missing = named?.filter((id) => !ids.includes(id)) ?? [];
	if (missing.length > 0) throw new CrmError('CRM_NOT_FOUND', `You cannot read customer ${missing[0]} (or it does not exist).`, { field: 'customers', missing });
	return ids;
}

const summaryOf = (plan: RuleApplication) => ({ changes: plan.history.length, rows: plan.rows });

/**
 * S6.2: what the assignment rules would change (POST /crm/assignment/preview), applying them (…/apply), and
 * moving every customer of a rep who leaves to another rep (…/reassign). Administrators, and managers within
 * their teams; every owner change writes its history row in the same transaction.
 */
export function registerAssignmentRoutes(router: Router, { services, getSchema, database }: EndpointExtensionContext): void {
	const prepare = async (req: Request) => {
		const options = await serviceOptionsOf(req, getSchema);
		const actor = await loadOwnerActor(database, options.accountability);
		assertMayReassign(actor);
		return { options, actor, stamp: { userId: options.accountability?.user ?? null, at: new Date() } };
	};

	router.post('/assignment/preview', asyncRoute(async (req) => {
		const { customers } = parseRuleApplicationRequest(req.body, false);
		const { options, actor, stamp } = await prepare(req);
		const ids = await readableCustomers(services, options, customers);
		return { data: summaryOf(await planRulesFor(database, actor, ids, { ...stamp, note: null })) };
	}));

	router.post('/assignment/apply', asyncRoute(async (req) => {
		const { customers, reason } = parseRuleApplicationRequest(req.body, true);
		const { options, actor, stamp } = await prepare(req);
		const ids = await readableCustomers(services, options, customers);
		return { data: summaryOf(await applyRulesTo(database, actor, ids, { ...stamp, note: reason })) };
	}));

	router.post('/assignment/reassign', asyncRoute(async (req) => {
		const request = parseBulkMoveRequest(req.body);
		const { actor, stamp } = await prepare(req);
		const moved = await moveRepCustomers(database, actor, request, stamp);
		return { data: { moved: moved.length, customers: moved } };
	}));
}

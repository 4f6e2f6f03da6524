import { CrmError, isUuid, parseActivityQuery, type ActivityRow, ACTIVITY_MEASURES } from '@crm/core';
import { loadActivityAttainment, type OrderedPlan, orderVisitPlan, visitCallerOf } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Request, Router } from 'express';
import { todayIso } from '../analytics/analytics-request.ts';
import { asyncRoute } from '../async-route.ts';
import { serviceOptionsOf } from '../directus-request.ts';

type Row = Record<string, unknown>;

function planId(req: Request): string {
	const id = String(req.params['id']);
	if (!isUuid(id)) throw new CrmError('CRM_NOT_FOUND', `There is no visit plan "${id}".`, { parameter: 'id' });
	return id;
}

/** The stops before and after, each with its customer; after with its position and distance from the previous stop. */
function orderJson({ planId: id, before, route, names }: OrderedPlan) {
	const legs = new Map(route.legs.map((l) => [l.stop, l.metres]));
	return {
		plan: id,
		before: { total_distance_m: route.beforeMetres, stops: before.map((s) => ({ id: s.id, customer: { id: s.customer, name: s.name } })) },
		after: { total_distance_m: route.afterMetres, stops: route.order.map((stop, i) => ({ id: stop, sort: i + 1, customer: { id: names.get(stop)!.customer, name: names.get(stop)!.name }, distance_m: legs.get(stop) ?? null })) },
		saved_m: route.beforeMetres - route.afterMetres,
		unlocated: route.unlocated,
		explanation: route.explanation,
	};
}

const rowJson = (r: ActivityRow) => ({
	id: r.id,
	name: r.name,
	team: r.teamId,
	target: r.targetId,
	...Object.fromEntries(ACTIVITY_MEASURES.map((m) => [m, { target: r.measures[m].target, actual: r.measures[m].actual, attainment_bp: r.measures[m].attainmentBp }])),
	sentence: r.sentence,
});

/**
 * S6.2: POST /crm/visit-plans/:id/order orders a plan's stops by the shortest route found and stores it (the plan
 * must be readable to the caller, and theirs or their team's); GET /crm/activity-targets answers the week's calls,
 * visits and proposals against target per rep and team, read under the caller's policy.
 */
export function registerVisitRoutes(router: Router, { services, getSchema, database }: EndpointExtensionContext): void {
	router.post('/visit-plans/:id/order', asyncRoute(async (req) => {
		const id = planId(req);
		const options = await serviceOptionsOf(req, getSchema);
		const visible = (await new services.ItemsService('crm_visit_plans', options).readByQuery({ filter: { id: { _eq: id } }, fields: ['id'], limit: 1 })) as Row[];
		if (visible.length === 0) throw new CrmError('CRM_NOT_FOUND', `There is no visit plan "${id}" you may read.`, { parameter: 'id' });
		return { data: orderJson(await orderVisitPlan(database, id, visitCallerOf(options.accountability))) };
	}));

	router.get('/activity-targets', asyncRoute(async (req) => {
		const q = parseActivityQuery(req.query as Row, todayIso());
		const options = await serviceOptionsOf(req, getSchema);
		const read = (collection: string) => new services.ItemsService(collection, options) as unknown as { readByQuery(query: Row): Promise<unknown[]> };
		const answer = await loadActivityAttainment(database, read, visitCallerOf(options.accountability), q);
		return { data: { week: q.week.label, monday: q.week.monday, sunday: q.week.sunday, reps: answer.reps.map(rowJson), teams: answer.teams.map(rowJson) } };
	}));
}

import { CrmError, orderRoute, parseGeoPoint, type RouteOrder, type VisitCaller } from '@crm/core';
import type { Knex } from 'knex';
import { forUpdate } from '../ledger-rows.ts';
import { idOf, loadPlanRep, type Row } from './visit-rows.ts';

export interface OrderedPlan {
	planId: string;
	before: { id: string; customer: string; name: string }[];
	route: RouteOrder;
	names: Map<string, { customer: string; name: string }>;
}

/** A rep orders their own plans; the manager of the rep's team and administrators any of theirs. */
async function assertMayOrder(trx: Knex, plan: Row, caller: VisitCaller): Promise<void> {
	const rep = await loadPlanRep(trx, idOf(plan['rep']));
	const mine = rep !== null && caller.userId !== null && (rep.userId === caller.userId || rep.teamManagerId === caller.userId);
	if (!caller.admin && !mine) throw new CrmError('CRM_VISIT_PLAN_FORBIDDEN', `Only ${rep?.name ?? 'the rep'}, their manager or an administrator orders this plan.`, { field: 'rep' });
}

/**
 * S6.2 — POST /crm/visit-plans/:id/order: the plan's stops by the shortest route found from its start, stored in
 * one transaction (each stop's sort and distance from the previous one, the plan's total and explanation).
 */
export async function orderVisitPlan(knex: Knex, planId: string, caller: VisitCaller): Promise<OrderedPlan> {
	return knex.transaction(async (trx) => {
		const plan: Row | undefined = await forUpdate(trx, trx('crm_visit_plans').where('id', planId)).first('*');
		if (!plan) throw new CrmError('CRM_NOT_FOUND', `There is no visit plan "${planId}".`, { parameter: 'id' });
		await assertMayOrder(trx, plan, caller);
		const rows = (await trx('crm_visit_plan_stops as s').join('crm_customers as c', 'c.id', 's.customer').where('s.plan', planId).orderBy([{ column: 's.sort' }, { column: 's.id' }]).select('s.id', 'c.id as customer', 'c.name', 'c.latitude_e6', 'c.longitude_e6')) as Row[];
		const start = parseGeoPoint(plan['start_latitude_e6'], plan['start_longitude_e6'], 'start_');
		const route = orderRoute(start, rows.map((r) => ({ id: String(r['id']), point: parseGeoPoint(r['latitude_e6'], r['longitude_e6']) })));
		for (const [i, leg] of route.legs.entries()) await trx('crm_visit_plan_stops').where('id', leg.stop).update({ sort: i + 1, distance_m: leg.metres });
		await trx('crm_visit_plans').where('id', planId).update({ total_distance_m: route.afterMetres, route_explanation: route.explanation, date_updated: new Date() });
		const names = new Map(rows.map((r) => [String(r['id']), { customer: String(r['customer']), name: String(r['name']) }]));
		return { planId, before: rows.map((r) => ({ id: String(r['id']), customer: String(r['customer']), name: String(r['name']) })), route, names };
	});
}

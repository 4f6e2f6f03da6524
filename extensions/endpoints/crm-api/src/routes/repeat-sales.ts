import { CrmError, filterReorders, parseReorderQuery, parseReorderRun, assessReorderList, type ReorderCandidate } from '@crm/core';
import { type AnswerCache, loadNames, loadPurchaseHistories, runReorderJob } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Router } from 'express';
import { analyticsCaller, NOT_VISIBLE, todayIso } from '../analytics/analytics-request.ts';
import { asyncRoute } from '../async-route.ts';
import { serviceOptionsOf } from '../directus-request.ts';

type Row = Record<string, unknown>;

function reorderJson(c: ReorderCandidate, ownerName: (id: string) => string) {
	const a = c.assessment;
	return {
		customer: { id: c.customerId, name: c.customerName },
		product_group: { id: c.productGroupId, name: c.productGroupName },
		owner: c.ownerId === null ? null : { id: c.ownerId, name: ownerName(c.ownerId) },
		status: a.status,
		cycle_days: a.cycleDays,
		last_purchase: a.lastDay,
		next_due: a.nextDueDay,
		days_since_last: a.daysSinceLast,
		days_overdue: a.daysOverdue,
		explanation: a.explanation,
	};
}

/**
 * S6.9: the due-for-reorder list (GET /crm/reorders) from the order history read under the caller's policy, and
 * the daily reorder job run now by an administrator (POST /crm/reorders/run).
 */
export function registerRepeatSalesRoutes(router: Router, context: EndpointExtensionContext, answers: AnswerCache | null): void {
	const churnFactorBp = Number(context.env['CRM_CHURN_FACTOR_BP'] ?? 20_000);
	const base = String(context.env['CRM_BASE_CURRENCY'] ?? 'EUR');
	router.get('/reorders', asyncRoute(async (req) => {
		const query = parseReorderQuery(req.query as Row, todayIso());
		const caller = await analyticsCaller({ context, base, answers }, req);
		const histories = await loadPurchaseHistories(context.database, caller.readable, query);
		const shown = filterReorders(assessReorderList(histories, query.date, churnFactorBp), query.status);
		const owners = await loadNames(caller.read, 'crm_sales_reps', [...new Set(shown.flatMap((c) => (c.ownerId ? [c.ownerId] : [])))]);
		const purchases = new Map(histories.map((h) => [`${h.customerId}:${h.productGroupId}`, new Set(h.days).size]));
		const reorders = shown.map((c) => ({ ...reorderJson(c, (id) => owners.get(id) ?? NOT_VISIBLE), purchases: purchases.get(`${c.customerId}:${c.productGroupId}`) ?? 0 }));
		return { data: { date: query.date, status: query.status, churn_factor_bp: churnFactorBp, total: reorders.length, reorders } };
	}));

	router.post('/reorders/run', asyncRoute(async (req) => {
		const { accountability } = await serviceOptionsOf(req, context.getSchema);
		if (accountability && !accountability.admin) throw new CrmError('CRM_NOT_PERMITTED', 'Only an administrator runs the reorder job by hand; it runs every morning on its own.', {});
		const day = parseReorderRun(req.body, todayIso());
		const run = await runReorderJob(context.database, day, churnFactorBp);
		return { data: { date: run.date, assessed: run.assessed, tasks_created: run.tasksCreated, churn_flagged: run.churnFlagged, churn_cleared: run.churnCleared } };
	}));
}

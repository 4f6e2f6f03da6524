import {
	compareMonths,
	DOCUMENTS_CSV_MAX,
	documentsCsv,
	mergeRepSums,
	moversCsv,
	parseDocumentsQuery,
	parseMoversQuery,
	parseSalesQuery,
	parseSalesScope,
	productGroupLevel,
	productGroupParent,
	repLeaderboard,
	repLeaderboardCsv,
	type SalesDimension,
	type SalesDocument,
	type SalesQuery,
	type SalesRow,
	type SalesScope,
	salesTableCsv,
	summarizeSalesRows,
	topMovers,
} from '@crm/core';
import { type AnalyticsSource, type AnswerCache, type DocumentRow, type FactsSpec, loadDocumentPage, loadMonthTable, loadMoverSums, loadRepParts, loadSalesTable, loadSalesTotals, openAnalytics } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Request, Response, Router } from 'express';
import { cachedAnswer } from '../analytics/answer-cache.ts';
import { type AnalyticsCaller, analyticsCaller, type AnalyticsRoute, namerOf, sendCsv, todayIso } from '../analytics/analytics-request.ts';
import { comparedJson, figuresJson, moverJson, repJson, scopeJson } from '../analytics/sales-json.ts';
import { asyncRoute } from '../async-route.ts';

type Raw = Record<string, unknown>;
type Row = SalesRow & { hasChildren?: boolean; previousMonth?: string | null };

function specOf(q: SalesScope, by: SalesDimension | null, src: AnalyticsSource): FactsSpec {
	const level = by === 'product_group' ? productGroupLevel(src.groups, productGroupParent(q.filters.product_group)) : null;
	return { period: { from: q.from, to: q.to }, comparison: q.comparison, filters: q.filters, by, level };
}

/** A breakdown's totals and rows: every month of the period, or the largest keys (a tree level's keys become its groups). */
async function salesTable(src: AnalyticsSource, spec: FactsSpec, limit: number): Promise<{ totals: SalesRow; rows: Row[]; count: number }> {
	if (spec.by === 'month') {
		const sums = await loadMonthTable(src, spec);
		const rows = compareMonths(spec.period, spec.comparison, sums.current, sums.previous);
		return { totals: summarizeSalesRows([sums.totals])[0]!, rows, count: rows.length };
	}
	const { totals, rows, count } = await loadSalesTable(src, spec, limit);
	const level = spec.level;
	const [summed] = summarizeSalesRows([totals]);
	if (!level) return { totals: summed!, rows: summarizeSalesRows(rows), count };
	const nodeOf = (key: string | null) => (key === null ? undefined : level.nodes[Number(key)]);
	return { totals: summed!, rows: summarizeSalesRows(rows.map((r) => ({ ...r, key: nodeOf(r.key)?.id ?? null }))).map((r) => ({ ...r, hasChildren: level.nodes.find((n) => n.id === r.key)?.hasChildren ?? false })), count };
}

/** By product group within a group, the row of products filed directly in it is named after it. */
async function noKeyName(caller: AnalyticsCaller, spec: FactsSpec): Promise<string | undefined> {
	const parent = spec.level?.parent;
	if (!parent) return undefined;
	return `Directly in ${(await namerOf(caller.read, 'product_group', [parent]))(parent)}`;
}

const rowJson = (r: Row & { name: string }) => ({ key: r.key, name: r.name, ...(r.hasChildren === undefined ? {} : { has_children: r.hasChildren }), ...(r.previousMonth === undefined ? {} : { previous_month: r.previousMonth }), ...comparedJson(r) });

/** A breakdown's figures with the rows named, under the caller's policy. */
async function salesFigures(caller: AnalyticsCaller, q: SalesQuery) {
	const src = await openAnalytics(caller.access, q.by, q.filters, caller.readable);
	const spec = specOf(q, q.by, src);
	const { totals, rows, count } = await salesTable(src, spec, q.limit);
	const name = await namerOf(caller.read, q.by, rows.map((r) => r.key), await noKeyName(caller, spec));
	return { parent: spec.level?.parent ?? null, totals, count, named: rows.map((r) => ({ ...r, name: name(r.key) })) };
}

/** GET /crm/analytics/sales — S1, A1–A3: revenue, margin, orders, customers and the average order by one dimension, against the comparison period. */
async function getSales(route: AnalyticsRoute, req: Request, res: Response) {
	const q: SalesQuery = parseSalesQuery(req.query as Raw, todayIso());
	const caller = await analyticsCaller(route, req);
	if (q.format === 'csv') {
		const { named, totals } = await salesFigures(caller, q);
		return sendCsv(res, `sales-by-${q.by}-${q.from}-${q.to}`, salesTableCsv(named, totals, route.base));
	}
	return cachedAnswer(route.answers, `sales ${JSON.stringify(q)}`, caller.readable.key, async () => {
		const { parent, totals, count, named } = await salesFigures(caller, q);
		return { data: { by: q.by, ...scopeJson(q, route.base), product_group_parent: parent, totals: comparedJson(totals), rows: named.map(rowJson) }, meta: { rows: count, limit: q.limit } };
	});
}

/** The leaderboard's rows, named, under the caller's policy. */
async function repFigures(caller: AnalyticsCaller, q: SalesScope) {
	const src = await openAnalytics(caller.access, 'rep', q.filters, caller.readable);
	const rows = repLeaderboard(mergeRepSums(q.comparison !== null, await loadRepParts(src, specOf(q, 'rep', src))));
	const name = await namerOf(caller.read, 'rep', rows.map((r) => r.rep));
	return rows.map((r) => ({ ...r, name: name(r.rep) }));
}

/** GET /crm/analytics/reps — S1: the rep leaderboard, against the comparison period. */
async function getReps(route: AnalyticsRoute, req: Request, res: Response) {
	const q = parseSalesScope(req.query as Raw, todayIso());
	const caller = await analyticsCaller(route, req);
	if (q.format === 'csv') return sendCsv(res, `rep-leaderboard-${q.from}-${q.to}`, repLeaderboardCsv(await repFigures(caller, q), route.base, q.comparison !== null));
	return cachedAnswer(route.answers, `reps ${JSON.stringify(q)}`, caller.readable.key, async () => ({ data: { ...scopeJson(q, route.base), rows: (await repFigures(caller, q)).map(repJson) } }));
}

/** The largest rises and falls, named, under the caller's policy. */
async function moverFigures(caller: AnalyticsCaller, q: ReturnType<typeof parseMoversQuery>) {
	const src = await openAnalytics(caller.access, q.by, q.filters, caller.readable);
	const movers = topMovers(await loadMoverSums(src, specOf(q, q.by, src), q.limit), q.limit);
	const name = await namerOf(caller.read, q.by, [...movers.gains, ...movers.losses].map((m) => m.key));
	return { gains: movers.gains.map((m) => ({ ...m, name: name(m.key) })), losses: movers.losses.map((m) => ({ ...m, name: name(m.key) })) };
}

/** GET /crm/analytics/movers — A1–A3: the customers or products whose revenue rose and fell most against the comparison period. */
async function getMovers(route: AnalyticsRoute, req: Request, res: Response) {
	const q = parseMoversQuery(req.query as Raw, todayIso());
	const caller = await analyticsCaller(route, req);
	if (q.format === 'csv') return sendCsv(res, `movers-by-${q.by}-${q.from}-${q.to}`, moversCsv(await moverFigures(caller, q), route.base));
	return cachedAnswer(route.answers, `movers ${JSON.stringify(q)}`, caller.readable.key, async () => {
		const named = await moverFigures(caller, q);
		return { data: { by: q.by, ...scopeJson(q, route.base), gains: named.gains.map(moverJson), losses: named.losses.map(moverJson) } };
	});
}

/** Orders with their customer's and rep's names, read under the caller's policy. */
async function namedDocuments(caller: AnalyticsCaller, rows: readonly DocumentRow[]): Promise<SalesDocument[]> {
	const customer = await namerOf(caller.read, 'customer', rows.map((r) => r.customer));
	const rep = await namerOf(caller.read, 'rep', rows.map((r) => r.rep));
	return rows.map(({ customer: c, rep: r, ...d }) => ({ ...d, customer: { id: c, name: customer(c) }, rep: r === null ? null : { id: r, name: rep(r) }, marginBase: d.netBase - d.costBase }));
}

const documentJson = (d: SalesDocument) => ({ id: d.id, number: d.number, order_date: d.day, status: d.status, customer: d.customer, rep: d.rep, currency: d.currency, net_total: d.netTotal, net_base: d.netBase, cost_base: d.costBase, margin_base: d.marginBase });

/** GET /crm/analytics/documents — drill-down: the orders behind a figure, newest first, a page at a time (or all as CSV). */
async function getDocuments(route: AnalyticsRoute, req: Request, res: Response) {
	const q = parseDocumentsQuery(req.query as Raw, todayIso());
	const caller = await analyticsCaller(route, req);
	const open = async () => {
		const src = await openAnalytics(caller.access, null, q.filters, caller.readable);
		return { src, spec: specOf(q, null, src) };
	};
	if (q.format === 'csv') {
		const { src, spec } = await open();
		return sendCsv(res, `orders-${q.from}-${q.to}`, documentsCsv(await namedDocuments(caller, await loadDocumentPage(src, spec, 1, DOCUMENTS_CSV_MAX)), route.base));
	}
	return cachedAnswer(route.answers, `documents ${JSON.stringify(q)}`, caller.readable.key, async () => {
		const { src, spec } = await open();
		const documents = await namedDocuments(caller, await loadDocumentPage(src, spec, q.page, q.limit));
		const [totals] = summarizeSalesRows([await loadSalesTotals(src, spec)]);
		return { data: documents.map(documentJson), meta: { page: q.page, limit: q.limit, total: totals!.orders, has_more: q.page * q.limit < totals!.orders, ...scopeJson(q, route.base), totals: figuresJson(totals!) } };
	});
}

/**
 * Sales analyses (S1, A1–A3): every figure summed by the database in one aggregate query per figure set, over
 * the orders (and proposals, activities) the caller may read — their policy is written into that query.
 */
export function registerSalesAnalyticsRoutes(router: Router, context: EndpointExtensionContext, answers: AnswerCache | null = null): void {
	const route: AnalyticsRoute = { context, base: String(context.env['CRM_BASE_CURRENCY'] ?? 'EUR'), answers };
	router.get('/analytics/sales', asyncRoute((req, res) => getSales(route, req, res)));
	router.get('/analytics/reps', asyncRoute((req, res) => getReps(route, req, res)));
	router.get('/analytics/movers', asyncRoute((req, res) => getMovers(route, req, res)));
	router.get('/analytics/documents', asyncRoute((req, res) => getDocuments(route, req, res)));
}

import { CrmError, describeRecomputedDecision, describeRequestOverview, isCalendarDate, isUuid, recomputeDecision, type SlaComplianceSummary, summarizeSlaCompliance, summarizeSupportCosts, type SupportCostsSummary } from '@crm/core';
import { type DbRow, loadDecisionFacts, loadSlaCompliance, loadSupportCosts, type ReaderOf, withIdempotency } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Request, Response, Router } from 'express';
import type { Knex } from 'knex';
import { asyncRoute } from '../async-route.ts';
import { serviceOptionsOf, type ServiceOptions } from '../directus-request.ts';
import { ifPermitted } from '../if-permitted.ts';
import { loadOverviewFacts } from '../service/load-overview-facts.ts';

/** A request as the client sent it: crm-core's intake parses it. */
type RequestPayload = Record<string, unknown>;

/** The new request as read back: whichever fields the caller may read, with the routing summary on the desk's read. */
type CreatedRequest = Record<string, unknown> & { routing_decisions?: { summary: string | null }[] };

interface TeamNameRow {
	id: string;
	name: string;
}

const INTAKE_FIELDS = ['id', 'number', 'subject', 'customer', 'contact', 'channel', 'type', 'category', 'product', 'order', 'priority', 'status', 'assignee', 'team', 'required_skills', 'sla_source', 'contract', 'service_map', 'response_target_minutes', 'resolution_target_minutes', 'response_due_at', 'resolution_due_at', 'sla_status', 'sla_clock', 'date_created'];
/** Fields a portal customer may read back from their own new request. */
const PORTAL_FIELDS = ['id', 'number', 'subject', 'customer', 'contact', 'channel', 'category', 'product', 'order', 'priority', 'status', 'sla_status', 'response_due_at', 'resolution_due_at', 'date_created'];

interface ServiceRoute {
	context: EndpointExtensionContext;
	baseCurrency: string;
	ttlHours: number;
}

function dayParam(query: Record<string, unknown>, name: string): string {
	const value = query[name];
	if (typeof value !== 'string' || !isCalendarDate(value)) throw new CrmError('CRM_INVALID_QUERY', `"${name}" must be a day written YYYY-MM-DD, got ${JSON.stringify(value ?? null)}.`, { parameter: name });
	return value;
}

function idParam(value: unknown, name: string): string {
	if (!isUuid(value)) throw new CrmError('CRM_INVALID_QUERY', `"${name}" must be the id (a UUID) of a record, got ${JSON.stringify(value ?? null)}.`, { parameter: name });
	return value;
}

async function callerOf(route: ServiceRoute, req: Request): Promise<{ options: ServiceOptions; read: ReaderOf }> {
	const options = await serviceOptionsOf(req, route.context.getSchema);
	return { options, read: (collection) => new route.context.services.ItemsService(collection, options) };
}

/**
 * Creates the request through the caller's service and reads it back as far as they may, in one read where
 * their policy allows: desk fields with the routing summary, else desk fields, else the portal's.
 */
async function createAndReadBack(route: ServiceRoute, trx: Knex, options: ServiceOptions, body: RequestPayload) {
	const requests = new route.context.services.ItemsService('crm_service_requests', { ...options, knex: trx });
	const id = await requests.createOne({ channel: 'api', ...body });
	const read = (fields: string[]) => ifPermitted(async () => (await requests.readOne(id, { fields })) as CreatedRequest, null);
	const created = (await read([...INTAKE_FIELDS, 'routing_decisions.summary'])) ?? (await read(INTAKE_FIELDS)) ?? ((await requests.readOne(id, { fields: PORTAL_FIELDS })) as CreatedRequest);
	const { routing_decisions: decisions, ...data } = created;
	return { status: 201, body: { data: { ...data, routing: decisions?.[0]?.summary ?? null } } };
}

/** POST /crm/service/requests — intake for external systems and mail gateways, once per Idempotency-Key. */
async function postRequest(route: ServiceRoute, req: Request, res: Response) {
	const body = req.body as unknown;
	if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new CrmError('CRM_INVALID_PAYLOAD', 'Send one service request as a JSON object with at least "customer" and "subject".', { field: '' });
	const { options } = await callerOf(route, req);
	const { database } = route.context;
	const key = req.header('idempotency-key') ?? undefined;
	// Create and read back in one transaction: a failing read must not leave a request the client retries.
	const result = await withIdempotency({ knex: database, scope: 'service-requests', user: options.accountability?.user ?? null, key, body, ttlHours: route.ttlHours }, () => database.transaction((trx) => createAndReadBack(route, trx, options, body as RequestPayload)));
	if (result.replayed) res.setHeader('idempotent-replayed', 'true');
	res.status(result.status).json(result.body);
	return undefined;
}

/** GET /crm/service/requests/:id/overview — SLA state, service steps and routing decisions of one request. */
async function getOverview(route: ServiceRoute, req: Request) {
	const id = idParam(req.params['id'], 'id');
	const { options, read } = await callerOf(route, req);
	// The caller must be allowed to read the request (403 otherwise); the rest follows their policy.
	await read('crm_service_requests').readOne(id, { fields: ['id'] });
	return { data: describeRequestOverview(await loadOverviewFacts({ services: route.context.services, database: route.context.database }, options, id)) };
}

/** GET /crm/service/routing-decisions/:id/explanation — a stored decision's full explanation, every specialist judged again (A5.8). */
async function getDecisionExplanation(route: ServiceRoute, req: Request) {
	const id = idParam(req.params['id'], 'id');
	const { read } = await callerOf(route, req);
	// The caller must be allowed to read the decision and its request (403 otherwise).
	const decision = (await read('crm_service_routing_decisions').readOne(id, { fields: ['id', 'request'] })) as { id: string; request: string };
	await read('crm_service_requests').readOne(decision.request, { fields: ['id'] });
	const facts = await loadDecisionFacts(route.context.database, id);
	if (!facts) throw new CrmError('CRM_NOT_FOUND', `Routing decision "${id}" has no request to explain it against.`, { parameter: 'id' });
	const teams = await ifPermitted<TeamNameRow[]>(async () => (await read('crm_service_teams').readByQuery({ fields: ['id', 'name'], limit: -1 })) as TeamNameRow[], []);
	return { data: describeRecomputedDecision(facts.stored, recomputeDecision(facts.input), new Map(teams.map((t) => [String(t.id), String(t.name)]))) };
}

function supportCostsJson(customer: string, period: { from: string; to: string }, summary: SupportCostsSummary, requests: ReadonlyMap<string, DbRow>) {
	const totals = summary.totals.map((t) => ({ currency: t.currency, support_cost: t.supportCost, time_cost: t.timeCost, expense_cost: t.expenseCost, billable_amount: t.billableAmount, contract_revenue: t.contractRevenue, margin: t.margin }));
	const contracts = summary.contracts.map((c) => ({ id: c.id, code: c.code, currency: c.currency, contract_revenue: c.contractRevenue, billable_minutes: c.billableMinutes, billable_amount: c.billableAmount }));
	const byRequest = summary.requests.map((r) => ({ id: r.requestId, number: requests.get(r.requestId)?.['number'] ?? null, subject: requests.get(r.requestId)?.['subject'] ?? null, minutes: r.minutes, cost: r.cost }));
	return { customer, ...period, totals, minutes: summary.minutes, included_minutes: summary.includedMinutes, billable_minutes: summary.billableMinutes, non_billable_minutes: summary.nonBillableMinutes, contracts, requests: byRequest };
}

/** GET /crm/service/costs?customer=&from=&to= — support cost, billable time and contract revenue. */
async function getSupportCosts(route: ServiceRoute, req: Request) {
	const query = req.query as Record<string, unknown>;
	const customerId = idParam(query['customer'], 'customer');
	const period = { from: dayParam(query, 'from'), to: dayParam(query, 'to') };
	if (period.to < period.from) throw new CrmError('CRM_INVALID_QUERY', `"to" (${period.to}) lies before "from" (${period.from}).`, { parameter: 'to' });
	const { read } = await callerOf(route, req);
	const { input, requests } = await loadSupportCosts(read, route.context.database, customerId, period, route.baseCurrency);
	return { data: supportCostsJson(customerId, period, summarizeSupportCosts(input), requests) };
}

function slaComplianceJson(now: string, summary: SlaComplianceSummary, teamNames: ReadonlyMap<string, string>) {
	const weeks = summary.weeks.map((g) => ({ week: g.week, week_start: g.weekStart, team: g.teamId ? { id: g.teamId, name: teamNames.get(g.teamId) ?? g.teamId } : null, resolved: g.resolved, mean_first_response_minutes: g.meanFirstResponseMinutes, mean_resolution_minutes: g.meanResolutionMinutes }));
	return { generated_at: now, open_by_priority: summary.openByPriority, open_total: summary.openTotal, breached_open: summary.breachedOpen, breached_share: summary.breachedShare, weeks };
}

/** GET /crm/service/sla-compliance?weeks= — open requests by priority, breached share, response and resolution times per team and week. */
async function getSlaCompliance(route: ServiceRoute, req: Request) {
	const raw = (req.query as Record<string, unknown>)['weeks'] ?? '8';
	const weeks = Number(raw);
	if (typeof raw !== 'string' || !Number.isInteger(weeks) || weeks < 1 || weeks > 104) throw new CrmError('CRM_INVALID_QUERY', `"weeks" must be a whole number from 1 to 104, got ${JSON.stringify(raw)}.`, { parameter: 'weeks' });
	const { read } = await callerOf(route, req);
	const now = new Date().toISOString();
	const { open, resolved, teamNames } = await loadSlaCompliance(read, route.context.database, new Date(Date.now() - weeks * 7 * 86_400_000).toISOString());
	return { data: slaComplianceJson(now, summarizeSlaCompliance(open, resolved, now), teamNames) };
}

/** The service desk through the API (A5.5–A5.11); every read goes through the caller's permissions first. */
export function registerServiceRoutes(router: Router, context: EndpointExtensionContext): void {
	const route: ServiceRoute = { context, baseCurrency: String(context.env['CRM_BASE_CURRENCY'] ?? 'EUR'), ttlHours: Number(context.env['CRM_IDEMPOTENCY_TTL_HOURS'] ?? 24) };
	router.post('/service/requests', asyncRoute((req, res) => postRequest(route, req, res)));
	router.get('/service/requests/:id/overview', asyncRoute((req) => getOverview(route, req)));
	router.get('/service/routing-decisions/:id/explanation', asyncRoute((req) => getDecisionExplanation(route, req)));
	router.get('/service/costs', asyncRoute((req) => getSupportCosts(route, req)));
	router.get('/service/sla-compliance', asyncRoute((req) => getSlaCompliance(route, req)));
}

import { CrmError, describeRequestOverview, isCalendarDate, isServicePriority, summarizeSlaCompliance, summarizeSupportCosts } from '@crm/core';
import { AROUND_THE_CLOCK, clockOf, instantOf, loadServiceCalendars, OPEN_REQUEST_STATUSES, toDay, withIdempotency } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Router } from 'express';
import { asyncRoute } from '../async-route.ts';
import { serviceOptionsOf } from '../directus-request.ts';
import { ifPermitted } from '../if-permitted.ts';
import { loadOverviewFacts } from '../service/load-overview-facts.ts';

type Row = Record<string, any>;

const INTAKE_FIELDS = ['id', 'number', 'subject', 'customer', 'contact', 'channel', 'type', 'category', 'product', 'order', 'priority', 'status', 'assignee', 'team', 'required_skills', 'sla_source', 'contract', 'service_map', 'response_target_minutes', 'resolution_target_minutes', 'response_due_at', 'resolution_due_at', 'sla_status', 'sla_clock', 'date_created'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function dayParam(query: Record<string, unknown>, name: string): string {
	const value = query[name];
	if (typeof value !== 'string' || !isCalendarDate(value)) throw new CrmError('CRM_INVALID_QUERY', `"${name}" must be a day written YYYY-MM-DD, got ${JSON.stringify(value ?? null)}.`, { parameter: name });
	return value;
}

function idParam(value: unknown, name: string): string {
	if (typeof value !== 'string' || !UUID.test(value)) throw new CrmError('CRM_INVALID_QUERY', `"${name}" must be the id (a UUID) of a record, got ${JSON.stringify(value ?? null)}.`, { parameter: name });
	return value;
}

/** Fields a portal customer may read back from their own new request. */
const PORTAL_FIELDS = ['id', 'number', 'subject', 'customer', 'contact', 'channel', 'category', 'product', 'order', 'priority', 'status', 'sla_status', 'response_due_at', 'resolution_due_at', 'date_created'];

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The service desk through the API (A5.5–A5.11):
 * - POST /crm/service/requests — intake for external systems and mail gateways, with an Idempotency-Key;
 * - GET /crm/service/requests/:id/overview — SLA state, service steps and routing decisions of one request;
 * - GET /crm/service/costs?customer=&from=&to= — support cost, billable time and contract revenue;
 * - GET /crm/service/sla-compliance?weeks= — open requests by priority, breached share, response and resolution times per team and week.
 * Every read goes through the caller's permissions first.
 */
export function registerServiceRoutes(router: Router, { services, getSchema, database, env }: EndpointExtensionContext): void {
	const ttlHours = Number(env['CRM_IDEMPOTENCY_TTL_HOURS'] ?? 24);
	const baseCurrency = String(env['CRM_BASE_CURRENCY'] ?? 'EUR');

	router.post(
		'/service/requests',
		asyncRoute(async (req, res) => {
			const body = req.body as unknown;
			if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new CrmError('CRM_INVALID_PAYLOAD', 'Send one service request as a JSON object with at least "customer" and "subject".', { field: '' });
			const options = await serviceOptionsOf(req, getSchema);
			const key = req.header('idempotency-key') ?? undefined;
			const result = await withIdempotency({ knex: database, scope: 'service-requests', user: options.accountability?.user ?? null, key, body, ttlHours }, () =>
				// Create and read back in one transaction: a failing read must not leave a request the client retries.
				database.transaction(async (trx) => {
					const requests = new services.ItemsService('crm_service_requests', { ...options, knex: trx });
					const id = await requests.createOne({ channel: 'api', ...(body as Row) });
					const created = (await ifPermitted(() => requests.readOne(id, { fields: INTAKE_FIELDS }), null)) ?? ((await requests.readOne(id, { fields: PORTAL_FIELDS })) as Row);
					const decisions = await ifPermitted<Row[]>(async () => (await new services.ItemsService('crm_service_routing_decisions', { ...options, knex: trx }).readByQuery({ filter: { request: { _eq: id } }, fields: ['summary'], limit: 1 })) as Row[], []);
					return { status: 201, body: { data: { ...(created as Row), routing: decisions[0]?.['summary'] ?? null } } };
				}),
			);
			if (result.replayed) res.setHeader('idempotent-replayed', 'true');
			res.status(result.status).json(result.body);
			return undefined;
		}),
	);

	router.get(
		'/service/requests/:id/overview',
		asyncRoute(async (req) => {
			const id = idParam(req.params['id'], 'id');
			const options = await serviceOptionsOf(req, getSchema);
			// The caller must be allowed to read the request (403 otherwise); the rest follows their policy.
			await new services.ItemsService('crm_service_requests', options).readOne(id, { fields: ['id'] });
			return { data: describeRequestOverview(await loadOverviewFacts({ services, database }, options, id)) };
		}),
	);

	router.get(
		'/service/costs',
		asyncRoute(async (req) => {
			const query = req.query as Record<string, unknown>;
			const customerId = idParam(query['customer'], 'customer');
			const from = dayParam(query, 'from');
			const to = dayParam(query, 'to');
			if (to < from) throw new CrmError('CRM_INVALID_QUERY', `"to" (${to}) lies before "from" (${from}).`, { parameter: 'to' });
			const options = await serviceOptionsOf(req, getSchema);
			await new services.ItemsService('crm_customers', options).readOne(customerId, { fields: ['id'] });
			const requests = (await new services.ItemsService('crm_service_requests', options).readByQuery({ filter: { customer: { _eq: customerId } }, fields: ['id', 'number', 'subject', 'contract'], limit: -1 })) as Row[];
			const end = new Date(`${nextDay(to)}T00:00:00Z`);
			// Internal costs (time, cost rates, expenses) need the permissions to read them: a sales rep who
			// sees the customer but not the desk's time sheets gets 403, not the figures.
			const [contracts, timeRows, expenses] = (await Promise.all([
				new services.ItemsService('crm_service_contracts', options).readByQuery({ filter: { customer: { _eq: customerId } }, fields: ['id', 'code', 'period', 'included_minutes', 'hourly_rate', 'fee', 'currency', 'valid_from', 'valid_to', 'calendar', 'active'], limit: -1 }),
				new services.ItemsService('crm_service_time_entries', options).readByQuery({ filter: { request: { customer: { _eq: customerId } }, started_at: { _lt: end.toISOString() } }, fields: ['id', 'request', 'started_at', 'duration_minutes', 'billable', 'specialist.cost_rate', 'specialist.currency'], limit: -1 }),
				new services.ItemsService('crm_service_expenses', options).readByQuery({ filter: { request: { customer: { _eq: customerId } } }, fields: ['request', 'amount', 'currency', 'incurred_on'], limit: -1 }),
			])) as [Row[], Row[], Row[]];
			const calendars = await loadServiceCalendars(database, contracts.map((c) => c['calendar'] ?? null));
			const contractOf = new Map(requests.map((r) => [String(r['id']), (r['contract'] as string | null) ?? null]));
			const summary = summarizeSupportCosts({
				from,
				to,
				baseCurrency,
				contracts: contracts.map((c) => ({
					id: String(c['id']),
					code: String(c['code']),
					currency: String(c['currency'] ?? baseCurrency),
					period: c['period'] ?? 'month',
					includedMinutesPerPeriod: Number(c['included_minutes'] ?? 0),
					hourlyRate: c['hourly_rate'] == null ? null : Number(c['hourly_rate']),
					fee: c['fee'] == null ? null : Number(c['fee']),
					validFrom: toDay(c['valid_from']),
					validTo: toDay(c['valid_to']),
					timeZone: (c['calendar'] && calendars.get(String(c['calendar']))?.calendar.timeZone) || 'UTC',
				})),
				// A running timer has no length yet: it counts once it is stopped.
				entries: timeRows
					.filter((e) => e['duration_minutes'] !== null && e['duration_minutes'] !== undefined)
					.map((e) => ({
						id: String(e['id']),
						requestId: String(e['request']),
						contractId: contractOf.get(String(e['request'])) ?? null,
						startedAt: instantOf(e['started_at'])!,
						minutes: Number(e['duration_minutes']),
						billable: Boolean(e['billable']),
						costRatePerHour: Number((e['specialist'] as Row | null)?.['cost_rate'] ?? 0),
						currency: String((e['specialist'] as Row | null)?.['currency'] ?? baseCurrency),
					})),
				expenses: expenses.map((x) => ({ requestId: String(x['request']), contractId: contractOf.get(String(x['request'])) ?? null, amount: Number(x['amount']), currency: String(x['currency']), day: toDay(x['incurred_on']) ?? '' })),
			});
			const numberOf = new Map(requests.map((r) => [String(r['id']), r]));
			return {
				data: {
					customer: customerId,
					from,
					to,
					totals: summary.totals.map((t) => ({ currency: t.currency, support_cost: t.supportCost, time_cost: t.timeCost, expense_cost: t.expenseCost, billable_amount: t.billableAmount, contract_revenue: t.contractRevenue, margin: t.margin })),
					minutes: summary.minutes,
					included_minutes: summary.includedMinutes,
					billable_minutes: summary.billableMinutes,
					non_billable_minutes: summary.nonBillableMinutes,
					contracts: summary.contracts.map((c) => ({ id: c.id, code: c.code, currency: c.currency, contract_revenue: c.contractRevenue, billable_minutes: c.billableMinutes, billable_amount: c.billableAmount })),
					requests: summary.requests.map((r) => ({ id: r.requestId, number: numberOf.get(r.requestId)?.['number'] ?? null, subject: numberOf.get(r.requestId)?.['subject'] ?? null, minutes: r.minutes, cost: r.cost })),
				},
			};
		}),
	);

	router.get(
		'/service/sla-compliance',
		asyncRoute(async (req) => {
			const raw = (req.query as Record<string, unknown>)['weeks'] ?? '8';
			const weeks = Number(raw);
			if (typeof raw !== 'string' || !Number.isInteger(weeks) || weeks < 1 || weeks > 104) throw new CrmError('CRM_INVALID_QUERY', `"weeks" must be a whole number from 1 to 104, got ${JSON.stringify(raw)}.`, { parameter: 'weeks' });
			const options = await serviceOptionsOf(req, getSchema);
			const now = new Date().toISOString();
			const since = new Date(Date.now() - weeks * 7 * 86_400_000).toISOString();
			const requests = new services.ItemsService('crm_service_requests', options);
			const fields = ['id', 'status', 'priority', 'team', 'calendar', 'date_created', 'first_response_at', 'resolved_at', 'closed_at', 'sla_pauses', 'response_due_at', 'resolution_due_at'];
			const [open, resolved] = (await Promise.all([
				requests.readByQuery({ filter: { status: { _in: [...OPEN_REQUEST_STATUSES] } }, fields, limit: -1 }),
				requests.readByQuery({ filter: { resolved_at: { _gte: since } }, fields, limit: -1 }),
			])) as [Row[], Row[]];
			const calendars = await loadServiceCalendars(database, resolved.map((r) => r['calendar'] ?? null));
			const teams = new Map(((await database('crm_service_teams').select('id', 'name')) as Row[]).map((t) => [String(t['id']), String(t['name'])]));
			const summary = summarizeSlaCompliance(
				open.map((r) => ({ priority: isServicePriority(r['priority']) ? r['priority'] : null, firstResponseAt: instantOf(r['first_response_at']), responseDueAt: instantOf(r['response_due_at']), resolutionDueAt: instantOf(r['resolution_due_at']) })),
				resolved.map((r) => ({
					teamId: (r['team'] as string | null) ?? null,
					createdAt: instantOf(r['date_created'])!,
					firstResponseAt: instantOf(r['first_response_at']),
					resolvedAt: instantOf(r['resolved_at'])!,
					pauses: clockOf(r).pauses,
					calendar: (r['calendar'] && calendars.get(String(r['calendar']))?.calendar) || AROUND_THE_CLOCK.calendar,
				})),
				now,
			);
			return {
				data: {
					generated_at: now,
					open_by_priority: summary.openByPriority,
					open_total: summary.openTotal,
					breached_open: summary.breachedOpen,
					breached_share: summary.breachedShare,
					weeks: summary.weeks.map((g) => ({ week: g.week, week_start: g.weekStart, team: g.teamId ? { id: g.teamId, name: teams.get(g.teamId) ?? g.teamId } : null, resolved: g.resolved, mean_first_response_minutes: g.meanFirstResponseMinutes, mean_resolution_minutes: g.meanResolutionMinutes })),
				},
			};
		}),
	);
}

import { allocateIncludedTime, businessMinutesBetween, computeRequestSla, computeSupportCost, CrmError, currentStepIndex, isCalendarDate, type SupportCost, type SupportTimeEntry, serviceStepProgress } from '@crm/core';
import { AROUND_THE_CLOCK, clockOf, instantOf, jsonOf, loadServiceCalendar, loadServiceCalendars, loadServiceMapById, OPEN_REQUEST_STATUSES, withIdempotency } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Router } from 'express';
import { asyncRoute } from '../async-route.ts';
import { serviceOptionsOf } from '../directus-request.ts';

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

const isForbidden = (error: unknown) => (error as { status?: number })?.status === 403 || (error as { code?: string })?.code === 'FORBIDDEN';

/** A part of an answer the caller's policy may not cover: without the permission it is left out, not leaked. */
async function ifPermitted<T>(read: () => Promise<T>, fallback: T): Promise<T> {
	try {
		return await read();
	} catch (error) {
		if (isForbidden(error)) return fallback;
		throw error;
	}
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const named = (row: Row | undefined | null) => (row ? { id: String(row['id']), name: String(row['name'] ?? row['code'] ?? row['id']) } : null);
const slaView = (s: ReturnType<typeof computeRequestSla>['response'], target: number | null) =>
	s === null ? null : { target_minutes: target, deadline: s.deadline, warn_at: s.warnAt, elapsed_minutes: s.elapsedMinutes, remaining_minutes: s.remainingMinutes, percent_used: s.percentUsed, state: s.state };

/** ISO week label and its Monday, in UTC. */
function isoWeek(iso: string): { week: string; start: string } {
	const d = new Date(iso);
	const day = (d.getUTCDay() + 6) % 7;
	const monday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day));
	const thursday = new Date(monday.getTime() + 3 * 86_400_000);
	const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
	const week = Math.floor((thursday.getTime() - yearStart) / 86_400_000 / 7) + 1;
	return { week: `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`, start: monday.toISOString().slice(0, 10) };
}

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
			// The caller must be allowed to read the request. The SLA clocks and steps are shown to whoever may
			// read it; names of people and teams, the contract and the routing decisions only as far as the
			// caller's policy reaches (a portal customer sees their deadlines, not the desk's workload).
			const requests = new services.ItemsService('crm_service_requests', options);
			await requests.readOne(id, { fields: ['id'] });
			const row = (await database('crm_service_requests').where('id', id).first()) as Row;
			const now = new Date().toISOString();
			const [customer, people, contractOf, calendar, decisions] = await Promise.all([
				database('crm_customers').where('id', row['customer']).first('id', 'name', 'dedicated_specialist') as Promise<Row | undefined>,
				ifPermitted<Row | null>(async () => (await requests.readOne(id, { fields: ['assignee.id', 'assignee.name', 'team.id', 'team.name'] })) as Row, null),
				ifPermitted<Row | null>(async () => (await requests.readOne(id, { fields: ['contract.id', 'contract.code', 'contract.level'] })) as Row, null),
				loadServiceCalendar(database, row['calendar'] ?? null),
				ifPermitted<Row[]>(async () => (await new services.ItemsService('crm_service_routing_decisions', options).readByQuery({ filter: { request: { _eq: id } }, sort: ['-date_created'], fields: ['*'], limit: -1 })) as Row[], []),
			]);
			// The engine names teams by id; people read names.
			const withTeamNames = (text: unknown) => {
				let out = String(text ?? '');
				for (const [teamId, name] of names) out = out.replaceAll(teamId, name);
				return out;
			};
			// Time on this request, and the caller's own timer (any request): what the page's Start/Stop button needs.
			const logged = await ifPermitted<Row[] | null>(async () => (await new services.ItemsService('crm_service_time_entries', options).readByQuery({ filter: { request: { _eq: id } }, fields: ['duration_minutes'], limit: -1 })) as Row[], null);
			const me = options.accountability?.user ? ((await database('crm_service_specialists').where('user', options.accountability.user).first('id')) as Row | undefined) : undefined;
			const running = me ? ((await database('crm_service_time_entries as t').join('crm_service_requests as r', 'r.id', 't.request').where('t.specialist', me['id']).whereNull('t.ended_at').first('t.id', 't.request', 't.started_at', 'r.number')) as Row | undefined) : undefined;
			const routingVisible = await ifPermitted(async () => {
				await new services.ItemsService('crm_service_routing_decisions', options).readByQuery({ fields: ['id'], limit: 1 });
				return true;
			}, false);
			const assignee = (people?.['assignee'] as Row | null) ?? null;
			const team = (people?.['team'] as Row | null) ?? null;
			const contract = (contractOf?.['contract'] as Row | null) ?? null;
			const map = await loadServiceMapById(database, row['service_map'] ?? (await database('crm_service_maps').where({ customer_status: (await database('crm_customers').where('id', row['customer']).first('status'))?.['status'] ?? '', active: true }).first('id'))?.['id'] ?? null);
			const teamRows = await ifPermitted<Row[]>(async () => (await new services.ItemsService('crm_service_teams', options).readByQuery({ fields: ['id', 'name'], limit: -1 })) as Row[], []);
			const names = new Map(teamRows.map((t) => [String(t['id']), String(t['name'])]));
			const clock = clockOf(row);
			const createdAt = instantOf(row['date_created']) ?? now;
			const sla = computeRequestSla({ createdAt, now, calendar: calendar.calendar, responseMinutes: row['response_target_minutes'] ?? null, resolutionMinutes: row['resolution_target_minutes'] ?? null, clock, warnAtPercent: Number(row['warn_at_percent'] ?? 80) });
			const steps = map ? serviceStepProgress(map.terms.steps, { createdAt, now, calendar: calendar.calendar, clock, assigneeId: row['assignee'] ?? null, dedicatedSpecialistId: customer?.['dedicated_specialist'] ?? null, calledBackAt: instantOf(row['called_back_at']), surveySentAt: instantOf(row['survey_sent_at']) }) : [];
			let sourceLabel = 'No SLA: no contract covers the request and no service map fits the customer\'s status';
			if (row['sla_source'] === 'contract') sourceLabel = 'Service contract';
			if (row['sla_source'] === 'contract' && contract) sourceLabel = `Contract ${contract['code']} (${String(contract['level']).replace(/^./, (c) => c.toUpperCase())})`;
			else if (row['sla_source'] === 'service_map' && map) sourceLabel = `Service map: ${map.terms.name}`;
			const firstClassification = jsonOf<Row | null>(decisions.at(-1)?.['classification'], null);
			return {
				data: {
					request: { id, number: row['number'], subject: row['subject'], status: row['status'], priority: row['priority'], created_at: createdAt, customer: named(customer), assignee: named(assignee), team: named(team) },
					// false when the caller may not read routing decisions: the list is then left empty on purpose.
					routing_visible: routingVisible,
					sla: {
						source: row['sla_source'] ?? 'none',
						source_label: sourceLabel,
						explanation: typeof firstClassification?.['sla'] === 'string' ? firstClassification['sla'] : sourceLabel,
						calendar: calendar.id ? { name: calendar.name, time_zone: calendar.calendar.timeZone } : { name: AROUND_THE_CLOCK.name, time_zone: 'UTC' },
						overall: sla.overall,
						response: slaView(sla.response, row['response_target_minutes'] ?? null),
						resolution: slaView(sla.resolution, row['resolution_target_minutes'] ?? null),
					},
					steps: steps.map((s) => {
						// A response or resolution step without its own target follows the request's SLA target.
						const target = { first_response: sla.response, resolution: sla.resolution }[s.kind as string] ?? null;
						if (s.dueAt !== null || !target?.deadline) return { step_id: s.stepId, kind: s.kind, name: s.name, due_at: s.dueAt, done_at: s.doneAt, status: s.status, detail: s.detail };
						let status: string = target.state === 'breached' ? 'overdue' : 'pending';
						if (s.doneAt !== null) status = target.state === 'missed' ? 'late' : 'done';
						return { step_id: s.stepId, kind: s.kind, name: s.name, due_at: target.deadline, done_at: s.doneAt, status, detail: `Due with the SLA ${s.kind === 'resolution' ? 'resolution' : 'response'} target.` };
					}),
					current_step: currentStepIndex(steps),
					time: {
						logged_minutes: logged === null ? null : logged.reduce((sum, e) => sum + Number(e['duration_minutes'] ?? 0), 0),
						// The caller logs time only as a specialist who may create entries.
						can_log: Boolean(me) && logged !== null,
						my_specialist: me ? me['id'] : null,
						my_timer: running ? { id: running['id'], request: running['request'], request_number: running['number'], started_at: instantOf(running['started_at']) } : null,
					},
					routing: decisions.map((d) => {
						const explanation = jsonOf<Row | null>(d['explanation'], null);
						const classification = jsonOf<Row | null>(d['classification'], null);
						return {
							id: d['id'],
							decided_at: instantOf(d['date_created']),
							kind: d['kind'],
							assignee: d['assignee'] ? { id: d['assignee'], name: (explanation?.['candidates'] as Row[] | undefined)?.find((c) => c['specialistId'] === d['assignee'])?.['name'] ?? (assignee && assignee['id'] === d['assignee'] ? assignee['name'] : d['assignee']) } : null,
							queue: d['queue'] ? { id: d['queue'], name: names.get(String(d['queue'])) ?? d['queue'] } : null,
							summary: withTeamNames(d['summary']),
							classification: classification ? { trace: classification['trace'] ?? [], set: classification['set'] ?? {} } : null,
							candidates: ((explanation?.['candidates'] as Row[] | undefined) ?? []).map((c) => ({ specialist_id: c['specialistId'], name: c['name'], outcome: c['outcome'], load: c['load'], capacity: c['capacity'], load_ratio: c['loadRatio'], detail: withTeamNames(c['detail']) })),
							counts: explanation?.['counts'] ?? {},
						};
					}),
				},
			};
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
			// A running timer has no length yet: it counts once it is stopped.
			const entries: Row[] = timeRows.filter((e) => e['duration_minutes'] !== null && e['duration_minutes'] !== undefined).map((e) => ({ ...e, cost_rate: (e['specialist'] as Row | null)?.['cost_rate'] ?? 0, currency: (e['specialist'] as Row | null)?.['currency'] ?? baseCurrency }));
			const calendars = await loadServiceCalendars(database, contracts.map((c) => c['calendar'] ?? null));
			const contractOf = new Map(requests.map((r) => [String(r['id']), (r['contract'] as string | null) ?? null]));
			const day = (v: unknown): string | null => {
				if (typeof v === 'number') return day(new Date(v));
				if (v instanceof Date) return `${v.getFullYear()}-${String(v.getMonth() + 1).padStart(2, '0')}-${String(v.getDate()).padStart(2, '0')}`;
				return v ? String(v).slice(0, 10) : null;
			};
			const inWindow = (iso: string) => iso >= `${from}T00:00:00.000Z` && iso < end.toISOString();

			const totals = new Map<string, { support_cost: number; time_cost: number; expense_cost: number; billable_amount: number; contract_revenue: number }>();
			const add = (c: SupportCost, amountsOnly = false) => {
				const t = totals.get(c.currency) ?? { support_cost: 0, time_cost: 0, expense_cost: 0, billable_amount: 0, contract_revenue: 0 };
				t.support_cost += c.supportCost;
				t.time_cost += c.timeCost;
				t.expense_cost += c.expenseCost;
				t.billable_amount += c.billableAmount;
				t.contract_revenue += c.contractRevenue;
				totals.set(c.currency, t);
				if (!amountsOnly) minutes.total += c.minutes;
			};
			const minutes = { total: 0, included: 0, billable: 0, nonBillable: 0 };
			const byRequest = new Map<string, { minutes: number; costs: Map<string, number> }>();
			const contractRows: Row[] = [];

			for (const contract of [...contracts, null]) {
				const contractId = contract ? String(contract['id']) : null;
				const currency = String(contract?.['currency'] ?? baseCurrency);
				const own = entries.filter((e) => contractOf.get(String(e['request'])) === contractId);
				// Included time is used up from the start of each period, so earlier entries of the period count too.
				const timeZone = contract && contract['calendar'] ? (calendars.get(String(contract['calendar']))?.calendar.timeZone ?? 'UTC') : 'UTC';
				const billable = own.filter((e) => Boolean(e['billable']));
				const shares = allocateIncludedTime(
					billable.map((e) => ({ id: String(e['id']), startedAt: instantOf(e['started_at'])!, minutes: Number(e['duration_minutes']) })),
					contract ? { includedMinutesPerPeriod: Number(contract['included_minutes'] ?? 0), period: contract['period'] ?? 'month', timeZone } : null,
				);
				const windowed = own.filter((e) => inWindow(instantOf(e['started_at'])!));
				const asEntry = (e: Row, sameCurrency: boolean): SupportTimeEntry => {
					const m = Number(e['duration_minutes']);
					const share = shares.get(String(e['id']));
					// Internal (non-billable) work is neither billed nor taken from the allowance.
					const billableMinutes = sameCurrency && share ? share.billableMinutes : 0;
					return { id: String(e['id']), requestId: String(e['request']), minutes: m, costRatePerHour: Number(e['cost_rate'] ?? 0), includedMinutes: m - billableMinutes, billableMinutes };
				};
				const ownExpenses = expenses.filter((x) => contractOf.get(String(x['request'])) === contractId && (day(x['incurred_on']) ?? '') >= from && (day(x['incurred_on']) ?? '') <= to);
				const currencies = new Set([currency, ...windowed.map((e) => String(e['currency'])), ...ownExpenses.map((x) => String(x['currency']))]);
				for (const c of currencies) {
					const main = c === currency;
					const result = computeSupportCost({
						currency: c,
						entries: windowed.map((e) => ({ ...asEntry(e, main), costRatePerHour: String(e['currency']) === c ? Number(e['cost_rate'] ?? 0) : 0 })),
						expenses: ownExpenses.filter((x) => String(x['currency']) === c).map((x) => ({ requestId: String(x['request']), amount: Number(x['amount']) })),
						hourlyRate: main && contract?.['hourly_rate'] != null ? Number(contract['hourly_rate']) : null,
						contractFee: main && contract && contract['fee'] != null ? { amount: Number(contract['fee']), period: contract['period'] ?? 'month', validFrom: day(contract['valid_from']), validTo: day(contract['valid_to']) } : null,
						from,
						to,
					});
					add(result, !main);
					for (const r of result.byRequest) {
						const entry = byRequest.get(r.requestId) ?? { minutes: 0, costs: new Map<string, number>() };
						if (main) entry.minutes += r.minutes;
						entry.costs.set(c, (entry.costs.get(c) ?? 0) + r.cost);
						byRequest.set(r.requestId, entry);
					}
					if (main) {
						minutes.included += windowed.filter((e) => Boolean(e['billable'])).reduce((s, e) => s + asEntry(e, true).includedMinutes, 0);
						minutes.billable += result.billableMinutes;
						minutes.nonBillable += windowed.filter((e) => !e['billable']).reduce((s, e) => s + Number(e['duration_minutes']), 0);
						if (contract) contractRows.push({ id: contractId, code: contract['code'], currency, contract_revenue: result.contractRevenue, billable_minutes: result.billableMinutes, billable_amount: result.billableAmount });
					}
				}
			}
			const numberOf = new Map(requests.map((r) => [String(r['id']), r]));
			return {
				data: {
					customer: customerId,
					from,
					to,
					totals: [...totals].map(([currency, t]) => ({ currency, ...t, margin: t.contract_revenue + t.billable_amount - t.support_cost })),
					minutes: minutes.total,
					included_minutes: minutes.included,
					billable_minutes: minutes.billable,
					non_billable_minutes: minutes.nonBillable,
					contracts: contractRows,
					requests: [...byRequest].map(([id, r]) => ({ id, number: numberOf.get(id)?.['number'] ?? null, subject: numberOf.get(id)?.['subject'] ?? null, minutes: r.minutes, cost: Object.fromEntries(r.costs) })),
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
			const breachedNow = (r: Row) => {
				const response = instantOf(r['response_due_at']);
				const resolution = instantOf(r['resolution_due_at']);
				return (response !== null && !r['first_response_at'] && response < now) || (resolution !== null && resolution < now);
			};
			const byPriority = ['urgent', 'high', 'normal', 'low'].map((priority) => {
				const of = open.filter((r) => (r['priority'] ?? 'normal') === priority);
				return { priority, open: of.length, breached: of.filter(breachedNow).length };
			});
			const calendars = await loadServiceCalendars(database, resolved.map((r) => r['calendar'] ?? null));
			const teams = new Map(((await database('crm_service_teams').select('id', 'name')) as Row[]).map((t) => [String(t['id']), String(t['name'])]));
			const groups = new Map<string, { week: string; week_start: string; team: { id: string; name: string } | null; resolved: number; response: number[]; resolution: number[] }>();
			for (const r of resolved) {
				const resolvedAt = instantOf(r['resolved_at'])!;
				const created = instantOf(r['date_created'])!;
				const calendar = (r['calendar'] && calendars.get(String(r['calendar']))?.calendar) || AROUND_THE_CLOCK.calendar;
				const clock = clockOf(r);
				const { week, start } = isoWeek(resolvedAt);
				const key = `${week}|${r['team'] ?? ''}`;
				const group = groups.get(key) ?? { week, week_start: start, team: r['team'] ? { id: String(r['team']), name: teams.get(String(r['team'])) ?? String(r['team']) } : null, resolved: 0, response: [], resolution: [] };
				group.resolved += 1;
				const first = instantOf(r['first_response_at']);
				const customerPauses = clock.pauses.filter((p) => p.kind === 'customer').map(({ from, to }) => ({ from, to }));
				if (first && first >= created) group.response.push(businessMinutesBetween(created, first, calendar, customerPauses));
				if (resolvedAt >= created) group.resolution.push(businessMinutesBetween(created, resolvedAt, calendar, clock.pauses.map(({ from, to }) => ({ from, to: to ?? resolvedAt }))));
				groups.set(key, group);
			}
			const mean = (xs: number[]) => (xs.length === 0 ? null : Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10);
			const breachedOpen = open.filter(breachedNow).length;
			return {
				data: {
					generated_at: now,
					open_by_priority: byPriority,
					open_total: open.length,
					breached_open: breachedOpen,
					breached_share: open.length === 0 ? 0 : breachedOpen / open.length,
					weeks: [...groups.values()].sort((a, b) => a.week.localeCompare(b.week) || (a.team?.name ?? '').localeCompare(b.team?.name ?? '')).map((g) => ({ week: g.week, week_start: g.week_start, team: g.team, resolved: g.resolved, mean_first_response_minutes: mean(g.response), mean_resolution_minutes: mean(g.resolution) })),
				},
			};
		}),
	);
}

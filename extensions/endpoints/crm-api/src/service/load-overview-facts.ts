import { type Named, NOT_VISIBLE, type RequestOverviewFacts, type StoredClassification, type StoredDecision, type StoredExplanation } from '@crm/core';
import { instantOf, jsonOf, loadServiceCalendar, loadServiceMapById, loadServiceMapFor, type RequestClockRow, toRequestClock } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Knex } from 'knex';
import type { ServiceOptions } from '../directus-request.ts';
import { ifPermitted } from '../if-permitted.ts';
import { loadMentionedNames } from './load-mentioned-names.ts';

type Context = Pick<EndpointExtensionContext, 'services'> & { database: Knex };

/** The crm_service_requests row (`select *`) the page is about; instants as Date, epoch or text. */
interface OverviewRequestRow extends RequestClockRow {
	number: string | null;
	subject: string | null;
	priority: string | null;
	date_created: unknown;
	assignee: string | null;
	called_back_at: unknown;
	survey_sent_at: unknown;
	customer: string;
	calendar: string | null;
	service_map: string | null;
	sla_source: string | null;
	response_target_minutes: number | null;
	resolution_target_minutes: number | null;
	warn_at_percent: number | string | null;
}

/** A related record shown by its name (or code, or id). */
interface NamedRow {
	id: string;
	name?: string | null;
	code?: string | null;
}

interface OverviewCustomerRow extends NamedRow {
	status: string | null;
	dedicated_specialist: string | null;
}

/** A crm_service_routing_decisions row through ItemsService (JSON columns as text on SQLite). */
interface DecisionRow {
	id: string;
	date_created: unknown;
	kind: string;
	assignee: string | null;
	queue: string | null;
	summary: string | null;
	classification: unknown;
	explanation: unknown;
}

/** The caller's running timer: a crm_service_time_entries row joined to its request's number. */
interface RunningTimerRow {
	id: string;
	request: string;
	started_at: unknown;
	number: string;
}

// A row read without its name is named neutrally: an id tells the reader nothing.
const named = (row: NamedRow | undefined | null): Named | null => (row ? { id: String(row.id), name: String(row.name ?? row.code ?? NOT_VISIBLE.record) } : null);

const toDecision = (d: DecisionRow): StoredDecision => ({
	id: String(d.id),
	decidedAt: instantOf(d.date_created),
	kind: String(d.kind),
	assignee: d.assignee ?? null,
	queue: d.queue ? String(d.queue) : null,
	summary: String(d.summary ?? ''),
	classification: jsonOf<StoredClassification | null>(d.classification, null),
	explanation: jsonOf<StoredExplanation | null>(d.explanation, null),
});

/** What the caller's policy lets them see of the request's people, contract, decisions (and the names they mention) and time: null where it does not reach. */
async function loadPermitted({ services }: Context, options: ServiceOptions, id: string) {
	const items = (collection: string) => new services.ItemsService(collection, options);
	const [people, contractOf, decisions, logged] = await Promise.all([
		ifPermitted(async () => (await items('crm_service_requests').readOne(id, { fields: ['assignee.id', 'assignee.name', 'team.id', 'team.name'] })) as { assignee: NamedRow | null; team: NamedRow | null } | null, null),
		ifPermitted(async () => (await items('crm_service_requests').readOne(id, { fields: ['contract.id', 'contract.code', 'contract.level'] })) as { contract: { code: string; level: string } | null } | null, null),
		ifPermitted(async () => (await items('crm_service_routing_decisions').readByQuery({ filter: { request: { _eq: id } }, sort: ['-date_created'], fields: ['*'], limit: -1 })) as DecisionRow[] | null, null),
		ifPermitted(async () => (await items('crm_service_time_entries').readByQuery({ filter: { request: { _eq: id } }, fields: ['duration_minutes'], limit: -1 })) as { duration_minutes: number | null }[] | null, null),
	]);
	const contract = contractOf?.contract ?? null;
	const stored = decisions === null ? null : decisions.map(toDecision);
	return {
		assignee: named(people?.assignee),
		team: named(people?.team),
		contract: contract ? { code: String(contract.code), level: String(contract.level) } : null,
		decisions: stored,
		...(await loadMentionedNames(services, options, stored ?? [])),
		loggedMinutes: logged === null ? null : logged.map((e) => Number(e.duration_minutes ?? 0)),
	};
}

/** The caller as a specialist, and their running timer on any request: what the page's Start/Stop button needs. */
async function loadMyTimer(database: Knex, userId: string | null): Promise<Pick<RequestOverviewFacts, 'mySpecialistId' | 'myTimer'>> {
	const me = userId ? ((await database('crm_service_specialists').where('user', userId).first('id')) as { id: string } | undefined) : undefined;
	if (!me) return { mySpecialistId: null, myTimer: null };
	const running = (await database('crm_service_time_entries as t').join('crm_service_requests as r', 'r.id', 't.request').where('t.specialist', me.id).whereNull('t.ended_at').first('t.id', 't.request', 't.started_at', 'r.number')) as RunningTimerRow | undefined;
	return { mySpecialistId: String(me.id), myTimer: running ? { id: String(running.id), request: String(running.request), requestNumber: String(running.number), startedAt: instantOf(running.started_at) } : null };
}

/** Everything the request page shows (the caller may read the request): the SLA clocks and steps for all, the rest per policy. */
export async function loadOverviewFacts(ctx: Context, options: ServiceOptions, id: string): Promise<RequestOverviewFacts> {
	const { database } = ctx;
	const row = (await database('crm_service_requests').where('id', id).first()) as OverviewRequestRow;
	const customer = (await database('crm_customers').where('id', row.customer).first('id', 'name', 'status', 'dedicated_specialist')) as OverviewCustomerRow | undefined;
	const [permitted, calendar, timer] = await Promise.all([loadPermitted(ctx, options, id), loadServiceCalendar(database, row.calendar ?? null), loadMyTimer(database, options.accountability?.user ?? null)]);
	// A request without a map of its own (held to a contract) still shows its customer's status map.
	const map = row.service_map ? await loadServiceMapById(database, row.service_map) : await loadServiceMapFor(database, customer?.status ?? null);
	const now = new Date().toISOString();
	return {
		...permitted,
		...timer,
		request: { id, number: String(row.number), subject: row.subject ?? null, status: String(row.status), priority: row.priority ?? null, createdAt: instantOf(row.date_created) ?? now, assigneeId: row.assignee ?? null, calledBackAt: instantOf(row.called_back_at), surveySentAt: instantOf(row.survey_sent_at) },
		clock: toRequestClock(row),
		sla: { source: row.sla_source ?? null, responseMinutes: row.response_target_minutes ?? null, resolutionMinutes: row.resolution_target_minutes ?? null, warnAtPercent: Number(row.warn_at_percent ?? 80) },
		customer: customer ? { ...named(customer)!, dedicatedSpecialistId: customer.dedicated_specialist ?? null } : null,
		calendar,
		map: map?.terms ?? null,
		now,
	};
}

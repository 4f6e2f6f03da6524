import { randomUUID } from 'node:crypto';
import {
	assignPreferringDedicated,
	buildSystemInteraction,
	type AssignmentResult,
	assertSkillsKnown,
	assertStatusTransition,
	classifyIntake,
	composeNewRequest,
	describeClassification,
	type EscalationDone,
	type IntakeFacts,
	type IntakeRequest,
	isServicePriority,
	manualAssignmentDecision,
	manualIntakeDecision,
	OPEN_REQUEST_STATUSES,
	parseIntakeRequest,
	parseRequiredSkills,
	productGroupChain,
	type RequestClock,
	type RequestStatus,
	type RequestUpdateFacts,
	type RequestTerms,
	resolveRequestTerms,
	routedDecision,
	routingNote,
	type RoutingDecision,
	type RoutingRequest,
	SERVICE_PRIORITIES,
	serviceRequestEvents,
	type ServicePriority,
	type Specialist,
	statusAfterRouting,
	statusMoveAfterUpdate,
	teamOfSpecialist,
	termsDependOnChange,
	termsFields,
} from '@crm/core';
import type { Knex } from 'knex';
import { queryAll } from '../query-all.ts';
import { readReference } from '../reference-data/reference-data.ts';
import { dbInstant, instantOf, jsonOf } from './instant.ts';
import { loadClassificationRules } from './load-classification-rules.ts';
import { loadRoutingPool } from './load-routing-pool.ts';
import { loadServiceCalendar, type NamedCalendar } from './load-service-calendar.ts';
import { nextRequestNumber } from './next-request-number.ts';
import { loadContractsOf, loadServiceMapFor } from './load-sla-terms.ts';
import { toRequestClock } from './request-clock-row.ts';
import type { ServiceRequestRow } from './service-request-row.ts';
import { requestSlaFields } from './request-sla-fields.ts';
import { routingRequestOf } from './routing-request-of.ts';

type Row = Record<string, unknown>;
export type { DecisionKind } from '@crm/core';

/** A routing decision waiting to be written once its request row exists (same transaction). */
export type PendingDecision = RoutingDecision & { id: string; request: string };

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

/** Required skills as stored (JSON text on SQLite), read and checked against the service skills. */
async function checkedSkills(trx: Knex, value: unknown) {
	const skills = parseRequiredSkills(jsonOf<unknown>(value, []));
	if (skills.length > 0) assertSkillsKnown(skills, await loadSkillCodes(trx, skills.map((s) => s.skillId)));
	return skills;
}

/** Which of `codes` are skills (all skill codes are read once and kept as reference data). */
async function loadSkillCodes(trx: Knex, codes: readonly string[]): Promise<Set<string>> {
	const all = await readReference(trx, 'skill-codes', async () => new Set(((await trx('crm_service_skills').select('code')) as Row[]).map((r) => String(r['code']))));
	return new Set(codes.filter((code) => all.has(code)));
}

/** The product's group and every group above it. */
async function productGroupsOf(trx: Knex, productId: string | null): Promise<string[]> {
	if (!productId) return [];
	const product = (await trx('crm_products').where('id', productId).first('group')) as Row | undefined;
	if (!product?.['group']) return [];
	const parents = await readReference(trx, 'product-group-parents', async () => new Map(((await trx('crm_product_groups').select('id', 'parent')) as Row[]).map((g) => [String(g['id']), (g['parent'] as string | null) ?? null])));
	return productGroupChain(parents, String(product['group']));
}

/** The terms a request is held to (resolveRequestTerms) and the calendar they count on. */
async function loadRequestTerms(trx: Knex, request: { customerId: string; customerStatus: string | null; priority: ServicePriority; productId: string | null; productGroupIds: string[]; categoryId: string | null; day: string }): Promise<{ terms: RequestTerms; calendar: NamedCalendar }> {
	const [contracts, map] = await queryAll(trx, [() => loadContractsOf(trx, request.customerId), () => loadServiceMapFor(trx, request.customerStatus)] as const);
	const terms = resolveRequestTerms({ ...request, contracts, map });
	return { terms, calendar: await loadServiceCalendar(trx, terms.targets.calendarId) };
}

/** What intake needs to check and classify a request: its customer, the customer of what it links, the product's groups, the rules, the skills. */
async function loadIntakeFacts(trx: Knex, request: IntakeRequest): Promise<IntakeFacts & { customerRow: Row | undefined }> {
	const customerRow = (await trx('crm_customers').where('id', request.customerId).first('id', 'status', 'dedicated_specialist')) as Row | undefined;
	const ownerOf = async (table: string, id: string | null) => (id ? str(((await trx(table).where('id', id).first('customer')) as Row | undefined)?.['customer'] ?? null) : undefined);
	const [productGroupIds, rules] = await queryAll(trx, [() => productGroupsOf(trx, request.productId), () => loadClassificationRules(trx)] as const);
	const given = request.skillsGiven;
	const codes = Array.isArray(given) ? given.map((g) => (g as Row | null)?.['skill']).filter((c): c is string => typeof c === 'string') : [];
	return {
		customerRow,
		customer: customerRow ? { status: str(customerRow['status']), dedicatedSpecialistId: str(customerRow['dedicated_specialist']) } : null,
		contactCustomerId: await ownerOf('crm_contacts', request.contactId),
		orderCustomerId: await ownerOf('crm_orders', request.orderId),
		productGroupIds,
		rules: rules.rules,
		ruleTeams: rules.teamOf,
		knownSkills: codes.length > 0 ? await loadSkillCodes(trx, codes) : new Set(),
	};
}

/** Rounds in which a specialist another intake is holding is passed over rather than waited for. */
const SKIP_HELD_ROUNDS = 3;

/**
 * Routes without a global lock: the choice is made on the loads as read, then only the chosen
 * specialist's row is locked and their open requests counted again. If requests routed at the same
 * time changed that load, the engine judges again with the real figures (it alone decides capacity
 * and ranking), until the chosen one's load is as it was read. So concurrent intakes to different
 * specialists run side by side, and nobody is given more than their capacity. A specialist whose row
 * another intake holds is about to get that request: for the first rounds they are judged again as
 * carrying it too instead of waited for (on PostgreSQL), so a burst of intakes that all read the same
 * least-loaded specialist spreads at once instead of queueing behind each other.
 */
async function chooseAndHold(trx: Knex, specialists: Specialist[], request: RoutingRequest, now: string, dedicatedId: string | null, leavingId: string | null): Promise<AssignmentResult> {
	let pool = specialists;
	for (let round = 0; ; round += 1) {
		const result = assignPreferringDedicated({ request, specialists: pool, now, dedicatedId, leavingId, explain: 'summary' });
		if (!result.assignee || round >= 4 + SKIP_HELD_ROUNDS) return result;
		const chosen = result.assignee;
		const before = pool.find((sp) => sp.id === chosen)?.load ?? [];
		const hold = await holdIfLoadAsRead(trx, chosen, request.id, before, round < SKIP_HELD_ROUNDS);
		if (hold.held) return result;
		const load = hold.busy ? [...before, { priority: request.priority, count: 1 }] : hold.load;
		pool = pool.map((sp) => (sp.id === chosen ? { ...sp, load } : sp));
	}
}

const LOAD_CHANGED = Symbol('load changed');
const HELD_ELSEWHERE = Symbol('held by another intake');

/**
 * Locks the specialist and counts their open requests inside a savepoint. When the load is not as read,
 * the savepoint is rolled back, which gives the row lock back: a transaction never holds two specialists
 * at once, so two intakes that judge again towards each other's specialist cannot deadlock.
 */
async function holdIfLoadAsRead(trx: Knex, chosen: string, requestId: string, before: Specialist['load'], skipHeld: boolean): Promise<{ held: boolean; busy: boolean; load: Specialist['load'] }> {
	let load: Specialist['load'] = [];
	try {
		await trx.transaction(async (sp) => {
			if (!(await lockSpecialist(sp, chosen, skipHeld))) throw HELD_ELSEWHERE;
			const counts = (await sp('crm_service_requests').where('assignee', chosen).whereIn('status', [...OPEN_REQUEST_STATUSES]).whereNot('id', requestId).groupBy('priority').select('priority').count({ n: '*' })) as Row[];
			load = counts.filter((c) => isServicePriority(c['priority'])).map((c) => ({ priority: c['priority'] as ServicePriority, count: Number(c['n']) }));
			if (!sameLoad(before, load)) throw LOAD_CHANGED;
		});
		return { held: true, busy: false, load };
	} catch (error) {
		if (error === LOAD_CHANGED) return { held: false, busy: false, load };
		if (error === HELD_ELSEWHERE) return { held: false, busy: true, load };
		throw error;
	}
}

/** Locks the specialist's row; false when another intake holds it and `skipHeld` asks not to wait for it (PostgreSQL; SQLite has one writer). */
async function lockSpecialist(sp: Knex, id: string, skipHeld: boolean): Promise<boolean> {
	const row = sp('crm_service_specialists').where('id', id).first('id');
	if (sp.client.config.client !== 'pg') {
		await row;
		return true;
	}
	if (!skipHeld) {
		await row.forNoKeyUpdate();
		return true;
	}
	return Boolean(await row.forNoKeyUpdate().skipLocked());
}

function sameLoad(a: Specialist['load'], b: Specialist['load']): boolean {
	const total = (load: Specialist['load'], p: ServicePriority) => load.filter((l) => l.priority === p).reduce((sum, l) => sum + l.count, 0);
	return SERVICE_PRIORITIES.every((p) => total(a, p) === total(b, p));
}

export async function insertDecision(trx: Knex, decision: PendingDecision, now: string): Promise<void> {
	await trx('crm_service_routing_decisions').insert({ ...decision, date_created: new Date(now) });
}

/** The decision on a new request: the assignee the client named (by hand), else routing (the dedicated engineer first where the map says so). */
async function decideIntake(trx: Knex, request: IntakeRequest, id: string, intake: ReturnType<typeof classifyIntake>, terms: RequestTerms, dedicatedId: string | null, now: string, classification: string) {
	const pool = await loadRoutingPool(trx, now);
	if (request.assigneeId) return { pool, decision: manualIntakeDecision(request.assigneeId, pool.names, classification) };
	const routing = { id, priority: intake.classified.priority, requiredSkills: intake.requiredSkills, teamId: intake.teamId, customerId: request.customerId };
	const result = await chooseAndHold(trx, pool.specialists, routing, now, terms.dedicatedEngineerFirst ? dedicatedId : null, null);
	return { pool, decision: routedDecision('intake', result, classification) };
}

/**
 * A new request as it is stored: numbered, classified (what the client sent wins over the rules),
 * given its SLA targets and deadlines, and routed — unless the client named an assignee, which is
 * recorded as a manual decision. The decision row is returned to be written once the request exists.
 */
export async function prepareNewRequest(trx: Knex, input: Row, now: string): Promise<{ data: Row; decision: PendingDecision }> {
	const request = parseIntakeRequest({ ...input, required_skills: jsonOf<unknown>(input['required_skills'], []) });
	const id = str(input['id']) ?? randomUUID();
	const facts = await loadIntakeFacts(trx, request);
	const intake = classifyIntake(request, facts);
	const { priority, categoryId } = intake.classified;
	const { terms, calendar } = await loadRequestTerms(trx, { customerId: request.customerId, customerStatus: intake.customerStatus, priority, productId: request.productId, productGroupIds: facts.productGroupIds, categoryId, day: now.slice(0, 10) });
	const classification = describeClassification(intake.classified, { team: intake.teamId, team_source: intake.teamSource, sla: terms.targets.explanation });
	const { pool, decision } = await decideIntake(trx, request, id, intake, terms, facts.customer!.dedicatedSpecialistId, now, classification);
	if (decision.assignee) await trx('crm_service_specialists').where('id', decision.assignee).update({ last_assigned_at: new Date(now) });
	const { fields, status } = composeNewRequest({ intake, terms, decision, specialists: pool.specialists, channel: request.channel });
	const clock: RequestClock = { status, firstResponseAt: null, resolvedAt: null, closedAt: null, pauses: [] };
	const sla = requestSlaFields({ createdAt: now, now, calendar: calendar.calendar, responseMinutes: terms.targets.responseMinutes, resolutionMinutes: terms.targets.resolutionMinutes, warnAtPercent: terms.warnAtPercent, clock, escalated: { response: 'none', resolution: 'none' } }).fields;
	const number = await nextRequestNumber(trx, Number(now.slice(0, 4)));
	// Directus' own date-created would be a few milliseconds later than the clock start.
	const data = { ...input, id, number, ...fields, calendar: calendar.id, ...sla, sla_pauses: [], sla_clock: JSON.parse(String(sla['sla_clock'])), date_created: now };
	return { data, decision: { id: randomUUID(), request: id, ...decision } };
}

/** What an update filter remembers of each request before it changes. */
export interface RequestBefore {
	status: RequestStatus;
	assignee: string | null;
	priority: string | null;
	customer: string;
	product: string | null;
	category: string | null;
}

/** Checks a client's update before it is written: status moves must be allowed ones. */
export async function checkRequestUpdate(trx: Knex, keys: readonly (string | number)[], payload: Row): Promise<Map<string, RequestBefore>> {
	const rows = (await trx('crm_service_requests').whereIn('id', keys as string[]).select('id', 'status', 'assignee', 'priority', 'customer', 'product', 'category')) as ServiceRequestRow[];
	const before = new Map<string, RequestBefore>();
	for (const row of rows) {
		const status = row.status as RequestStatus;
		if ('status' in payload && payload['status'] !== status) assertStatusTransition(status, payload['status'] as RequestStatus);
		before.set(String(row.id), { status, assignee: row.assignee ?? null, priority: row.priority ?? null, customer: String(row.customer), product: row.product ?? null, category: row.category ?? null });
	}
	if ('required_skills' in payload) await checkedSkills(trx, payload['required_skills']);
	return before;
}

/** The request as an update left it, with where its clock stands: read from the row inside this transaction (the status the clock last moved to), not from what the update filter saw — another write may have come in between. */
function toRequestUpdateFacts(row: ServiceRequestRow, before: RequestBefore | null, manual: boolean): RequestUpdateFacts {
	const stored = jsonOf<Row | null>(row['sla_clock'], null);
	const clock = toRequestClock({ ...row, status: (stored?.['clock_status'] ?? before?.status ?? row.status) as string | null });
	return { status: row['status'] as RequestStatus, assignee: str(row['assignee']), team: str(row['team']), priority: row['priority'], customer: String(row['customer']), product: str(row['product']), category: str(row['category']), clock, before, manual };
}

/** The SLA targets as stored, or resolved again (with the fields to store) when what they depend on changed. */
async function targetsAfterUpdate(trx: Knex, row: ServiceRequestRow, facts: RequestUpdateFacts, createdAt: string): Promise<{ targets: { response: number | null; resolution: number | null; warn: number; calendarId: string | null }; fields: Row }> {
	const stored = { response: row['response_target_minutes'] as number | null, resolution: row['resolution_target_minutes'] as number | null, warn: Number(row['warn_at_percent'] ?? 80), calendarId: (row['calendar'] as string | null) ?? null };
	if (!termsDependOnChange(facts)) return { targets: stored, fields: {} };
	const customer = (await trx('crm_customers').where('id', facts.customer).first('status')) as Row | undefined;
	const priority = isServicePriority(facts.priority) ? facts.priority : 'normal';
	const { terms, calendar } = await loadRequestTerms(trx, { customerId: facts.customer, customerStatus: str(customer?.['status']), priority, productId: facts.product, productGroupIds: await productGroupsOf(trx, facts.product), categoryId: facts.category, day: createdAt.slice(0, 10) });
	return { targets: { response: terms.targets.responseMinutes, resolution: terms.targets.resolutionMinutes, warn: terms.warnAtPercent, calendarId: calendar.id }, fields: { priority, ...termsFields(terms), calendar: calendar.id } };
}

/** A hand-made (re)assignment is recorded as a decision, and the new assignee's last assignment moves. */
async function recordManualAssignment(trx: Knex, id: string, facts: RequestUpdateFacts, now: string): Promise<void> {
	const people = [facts.assignee, facts.before?.assignee].filter((p): p is string => Boolean(p));
	const names = new Map(((await trx('crm_service_specialists').whereIn('id', people).select('id', 'name')) as Row[]).map((s) => [String(s['id']), String(s['name'])]));
	const decision = manualAssignmentDecision(facts, names);
	if (!decision) return;
	await insertDecision(trx, { id: randomUUID(), request: id, ...decision }, now);
	if (facts.assignee) await trx('crm_service_specialists').where('id', facts.assignee).update({ last_assigned_at: new Date(now) });
}

/**
 * After a request changed: moves its clock (pauses, first response, resolution), re-resolves its
 * targets when what they depend on changed, records a hand-made assignment, and stores the new SLA
 * state. Runs in the write's transaction; the rules are crm-core's (statusMoveAfterUpdate,
 * termsDependOnChange, manualAssignmentDecision).
 */
export async function refreshRequest(trx: Knex, id: string, now: string, before: RequestBefore | null, manual: boolean): Promise<void> {
	const row = (await trx('crm_service_requests').where('id', id).first()) as ServiceRequestRow | undefined;
	if (!row) return;
	const facts = toRequestUpdateFacts(row, before, manual);
	const move = statusMoveAfterUpdate(facts, now);
	const clock = move?.clock ?? facts.clock;
	const createdAt = instantOf(row['date_created']) ?? now;
	const { targets, fields: termsUpdate } = await targetsAfterUpdate(trx, row, facts, createdAt);
	const calendar = await loadServiceCalendar(trx, targets.calendarId);
	const escalated = { response: (row['response_escalation'] ?? 'none') as EscalationDone, resolution: (row['resolution_escalation'] ?? 'none') as EscalationDone };
	const { fields } = requestSlaFields({ createdAt, now, calendar: calendar.calendar, responseMinutes: targets.response, resolutionMinutes: targets.resolution, warnAtPercent: targets.warn, clock, escalated });
	await trx('crm_service_requests').where('id', id).update({ ...(move ? { status: move.status } : {}), ...termsUpdate, ...fields });
	if (manual && before && facts.assignee !== before.assignee) await recordManualAssignment(trx, id, facts, now);
}

export async function rerouteRequest(trx: Knex, id: string, kind: 'reroute' | 'escalation', now: string, away: string | null): Promise<{ assignee: string | null; summary: string }> {
	const row = (await trx('crm_service_requests').where('id', id).first()) as ServiceRequestRow | undefined;
	if (!row) return { assignee: null, summary: 'request gone' };
	const pool = await loadRoutingPool(trx, now);
	const result = await chooseAndHold(trx, pool.specialists, routingRequestOf(row), now, null, away);
	const decision: PendingDecision = { id: randomUUID(), request: id, ...routedDecision(kind, result, null) };
	const status = statusAfterRouting(row.status as RequestStatus, result.assignee);
	await trx('crm_service_requests').where('id', id).update({ assignee: result.assignee, status, team: row['team'] ?? teamOfSpecialist(pool.specialists, result.assignee) });
	if (result.assignee) await trx('crm_service_specialists').where('id', result.assignee).update({ last_assigned_at: new Date(now) });
	await insertDecision(trx, decision, now);
	// The customer's timeline shows moves the desk made on its own too (absence, breach).
	const after = (await trx('crm_service_requests').where('id', id).first()) as ServiceRequestRow;
	const entry = buildSystemInteraction(serviceRequestEvents, id, row, after, new Date(now));
	if (entry) await trx('crm_interactions').insert({ id: randomUUID(), ...entry, subject: `${entry.subject}${routingNote(kind)}`.slice(0, 255), occurred_at: new Date(now), date_created: new Date(now), user_created: null });
	return { assignee: result.assignee, summary: decision.summary };
}

export { dbInstant };

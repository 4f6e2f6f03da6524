import { randomUUID } from 'node:crypto';
import {
	applyStatusChange,
	assignPreferringDedicated,
	buildSystemInteraction,
	type AssignmentResult,
	assertStatusTransition,
	type ClassificationResult,
	classifyRequest,
	CrmError,
	type EscalationDone,
	isRequestStatus,
	isServicePriority,
	MAX_SKILL_LEVEL,
	MIN_SKILL_LEVEL,
	pickServiceContract,
	productGroupChain,
	type RequestClock,
	type RequestStatus,
	resolveSlaTargets,
	SERVICE_PRIORITIES,
	serviceRequestEvents,
	type RoutingRequest,
	type ServicePriority,
	type SkillRequirement,
	type Specialist,
} from '@crm/core';
import type { Knex } from 'knex';
import { queryAll } from '../query-all.ts';
import { dbInstant, instantOf, jsonOf } from './instant.ts';
import { loadClassificationRules } from './load-classification-rules.ts';
import { loadRoutingPool, OPEN_REQUEST_STATUSES } from './load-routing-pool.ts';
import { loadServiceCalendar } from './load-service-calendar.ts';
import { nextRequestNumber } from './next-request-number.ts';
import { loadContractsOf, loadServiceMapFor } from './load-sla-terms.ts';
import { requestSlaFields } from './request-sla-fields.ts';

type Row = Record<string, any>;
export type DecisionKind = 'intake' | 'reroute' | 'escalation' | 'manual';

/** A routing decision waiting to be written once its request row exists (same transaction). */
export interface PendingDecision {
	id: string;
	request: string;
	kind: DecisionKind;
	assignee: string | null;
	queue: string | null;
	summary: string;
	classification: string | null;
	explanation: string | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

/** Request skills as stored: [{ skill: 'NETWORK', min_level: 2 }]. */
function parseSkills(value: unknown): SkillRequirement[] {
	const list = jsonOf<unknown>(value, []);
	if (!Array.isArray(list)) throw new CrmError('CRM_INVALID_TYPE', '"required_skills" must be a list of { "skill": <skill code>, "min_level": 1–5 }.', { field: 'required_skills' });
	return list.map((item, i) => {
		const row = (item ?? {}) as Row;
		const level = Number(row['min_level'] ?? MIN_SKILL_LEVEL);
		if (typeof row['skill'] !== 'string' || row['skill'].length === 0) throw new CrmError('CRM_REQUIRED_FIELD', `required_skills[${i}] needs a "skill" code.`, { field: `required_skills[${i}].skill` });
		if (!Number.isInteger(level) || level < MIN_SKILL_LEVEL || level > MAX_SKILL_LEVEL) throw new CrmError('CRM_OUT_OF_RANGE', `required_skills[${i}].min_level must be a whole number from ${MIN_SKILL_LEVEL} to ${MAX_SKILL_LEVEL}.`, { field: `required_skills[${i}].min_level` });
		return { skillId: row['skill'], minLevel: level };
	});
}

const storedSkills = (skills: readonly SkillRequirement[]) => skills.map((s) => ({ skill: s.skillId, min_level: s.minLevel }));

async function assertSkillsExist(trx: Knex, skills: readonly SkillRequirement[]): Promise<void> {
	if (skills.length === 0) return;
	const codes = [...new Set(skills.map((s) => s.skillId))];
	const known = new Set(((await trx('crm_service_skills').whereIn('code', codes).select('code')) as Row[]).map((r) => String(r['code'])));
	const missing = codes.find((c) => !known.has(c));
	if (missing) throw new CrmError('CRM_REFERENCE_NOT_FOUND', `No skill has the code "${missing}"; use a code from Service skills.`, { field: 'required_skills' });
}

/** The product's group and every group above it. */
async function productGroupsOf(trx: Knex, productId: string | null): Promise<string[]> {
	if (!productId) return [];
	const product = (await trx('crm_products').where('id', productId).first('group')) as Row | undefined;
	if (!product?.['group']) return [];
	const groups = (await trx('crm_product_groups').select('id', 'parent')) as Row[];
	return productGroupChain(new Map(groups.map((g) => [String(g['id']), (g['parent'] as string | null) ?? null])), String(product['group']));
}

export function clockOf(row: Row): RequestClock {
	return {
		status: (isRequestStatus(row['status']) ? row['status'] : 'new') as RequestStatus,
		firstResponseAt: instantOf(row['first_response_at']),
		resolvedAt: instantOf(row['resolved_at']),
		closedAt: instantOf(row['closed_at']),
		pauses: jsonOf(row['sla_pauses'], []),
	};
}

function classificationRecord(result: ClassificationResult, extra: Record<string, unknown> = {}): string {
	return JSON.stringify({
		trace: result.trace.map((t) => ({ rule_id: t.ruleId, rule_code: t.code, rule_name: t.name, outcome: t.outcome, detail: t.detail })),
		set: { type: result.typeId, category: result.categoryId, priority: result.priority, required_skills: storedSkills(result.requiredSkills) },
		sources: result.sources,
		...extra,
	});
}

/**
 * The terms a request is held to: the customer's contract covering it, else the service map of the
 * customer's status, else none; and the calendar they count on.
 */
async function resolveTerms(trx: Knex, request: { customerId: string; customerStatus: string | null; priority: ServicePriority; productId: string | null; productGroupIds: string[]; categoryId: string | null; day: string }) {
	const [contracts, map] = await queryAll(trx, [() => loadContractsOf(trx, request.customerId), () => loadServiceMapFor(trx, request.customerStatus)] as const);
	const contract = pickServiceContract(
		contracts.map((c) => c.terms),
		{ day: request.day, productId: request.productId, productGroupIds: request.productGroupIds, categoryId: request.categoryId },
	);
	const targets = resolveSlaTargets({ priority: request.priority, contract, serviceMap: map?.terms ?? null });
	const warnShares = targets.source === 'contract' ? contracts.find((c) => c.terms.id === targets.sourceId)?.warnAtPercent : map?.warnAtPercent;
	const calendar = await loadServiceCalendar(trx, targets.calendarId);
	return { targets, map, contractId: targets.source === 'contract' ? targets.sourceId : null, warnAtPercent: warnShares?.get(request.priority) ?? 80, calendar };
}

/**
 * Routes without a global lock: the choice is made on the loads as read, then only the chosen
 * specialist's row is locked and their open requests counted again. If requests routed at the same
 * time changed that load, the engine judges again with the real figures (it alone decides capacity
 * and ranking), until the chosen one's load is as it was read. So concurrent intakes to different
 * specialists run side by side, and nobody is given more than their capacity.
 */
async function chooseAndHold(trx: Knex, specialists: Specialist[], request: RoutingRequest, now: string, dedicatedId: string | null, leavingId: string | null): Promise<AssignmentResult> {
	let pool = specialists;
	for (let round = 0; ; round += 1) {
		const result = assignPreferringDedicated({ request, specialists: pool, now, dedicatedId, leavingId });
		if (!result.assignee || round >= 4) return result;
		const chosen = result.assignee;
		const held = trx('crm_service_specialists').where('id', chosen).first('id');
		await (trx.client.config.client === 'pg' ? held.forNoKeyUpdate() : held);
		const counts = (await trx('crm_service_requests').where('assignee', chosen).whereIn('status', OPEN_REQUEST_STATUSES as unknown as string[]).whereNot('id', request.id).groupBy('priority').select('priority').count({ n: '*' })) as Row[];
		const load = counts.filter((c) => isServicePriority(c['priority'])).map((c) => ({ priority: c['priority'] as ServicePriority, count: Number(c['n']) }));
		const before = pool.find((sp) => sp.id === chosen)?.load ?? [];
		if (sameLoad(before, load)) return result;
		pool = pool.map((sp) => (sp.id === chosen ? { ...sp, load } : sp));
	}
}

function sameLoad(a: Specialist['load'], b: Specialist['load']): boolean {
	const total = (load: Specialist['load'], p: ServicePriority) => load.filter((l) => l.priority === p).reduce((sum, l) => sum + l.count, 0);
	return SERVICE_PRIORITIES.every((p) => total(a, p) === total(b, p));
}

function decisionOf(requestId: string, kind: DecisionKind, result: AssignmentResult, classification: string | null): PendingDecision {
	return {
		id: randomUUID(),
		request: requestId,
		kind,
		assignee: result.assignee,
		queue: result.assignee ? null : result.queue,
		summary: result.explanation.summary,
		classification,
		explanation: JSON.stringify(result.explanation),
	};
}

export async function insertDecision(trx: Knex, decision: PendingDecision, now: string): Promise<void> {
	await trx('crm_service_routing_decisions').insert({ ...decision, date_created: new Date(now) });
}

/**
 * A new request as it is stored: numbered, classified (what the client sent wins over the rules),
 * given its SLA targets and deadlines, and routed — unless the client named an assignee, which is
 * recorded as a manual decision. The decision row is returned to be written once the request exists.
 */
export async function prepareNewRequest(trx: Knex, input: Row, now: string): Promise<{ data: Row; decision: PendingDecision }> {
	if (input['status'] !== undefined && input['status'] !== null && input['status'] !== 'new') {
		throw new CrmError('CRM_INVALID_TRANSITION', `A new service request starts as "new" (routing moves it to "assigned"); it cannot be created as "${String(input['status'])}".`, { field: 'status' });
	}
	const data: Row = { ...input, id: str(input['id']) ?? randomUUID() };
	const customerId = str(data['customer']);
	if (!customerId) throw new CrmError('CRM_REQUIRED_FIELD', 'A service request needs a "customer".', { field: 'customer' });
	const customer = (await trx('crm_customers').where('id', customerId).first('id', 'status', 'dedicated_specialist')) as Row | undefined;
	if (!customer) throw new CrmError('CRM_REFERENCE_NOT_FOUND', `Customer "${customerId}" does not exist.`, { field: 'customer' });

	const contactId = str(data['contact']);
	if (contactId) {
		const contact = (await trx('crm_contacts').where('id', contactId).first('customer')) as Row | undefined;
		if (!contact) throw new CrmError('CRM_REFERENCE_NOT_FOUND', `Contact "${contactId}" does not exist.`, { field: 'contact' });
		if (String(contact['customer']) !== customerId) throw new CrmError('CRM_CONTACT_CUSTOMER_MISMATCH', 'The contact works for another customer; choose a contact of this customer.', { field: 'contact' });
	}
	const orderId = str(data['order']);
	if (orderId) {
		const order = (await trx('crm_orders').where('id', orderId).first('customer')) as Row | undefined;
		if (!order) throw new CrmError('CRM_REFERENCE_NOT_FOUND', `Order "${orderId}" does not exist.`, { field: 'order' });
		if (String(order['customer']) !== customerId) throw new CrmError('CRM_DOCUMENT_MISMATCH', 'The order belongs to another customer; link an order of this customer.', { field: 'order' });
	}
	const productId = str(data['product']);
	const [productGroupIds, rules] = await queryAll(trx, [() => productGroupsOf(trx, productId), () => loadClassificationRules(trx)] as const);
	const givenSkills = parseSkills(data['required_skills']);
	await assertSkillsExist(trx, givenSkills);
	const classified = classifyRequest(
		{
			subject: String(data['subject'] ?? ''),
			description: str(data['description']),
			channel: String(data['channel'] ?? 'portal'),
			productId,
			productGroupIds,
			categoryId: str(data['category']),
			customerStatus: str(customer['status']),
			typeId: str(data['type']),
			priority: isServicePriority(data['priority']) ? data['priority'] : null,
		},
		rules.rules,
	);
	const requiredSkills = givenSkills.length > 0 ? givenSkills : classified.requiredSkills;
	const ruleTeam = classified.trace.find((t) => (t.outcome === 'applied' || t.outcome === 'overridden' || t.outcome === 'no_effect') && rules.teamOf.get(t.ruleId));
	const teamId = str(data['team']) ?? (ruleTeam ? rules.teamOf.get(ruleTeam.ruleId)! : null);

	const terms = await resolveTerms(trx, { customerId, customerStatus: str(customer['status']), priority: classified.priority, productId, productGroupIds, categoryId: classified.categoryId, day: now.slice(0, 10) });
	const pool = await loadRoutingPool(trx, now);
	const classification = classificationRecord(classified, { team: teamId, team_source: str(data['team']) ? 'request' : (ruleTeam?.code ?? null), sla: terms.targets.explanation });

	let decision: PendingDecision;
	let assignee = str(data['assignee']);
	if (assignee) {
		if (!pool.names.has(assignee)) throw new CrmError('CRM_REFERENCE_NOT_FOUND', `Specialist "${assignee}" does not exist.`, { field: 'assignee' });
		decision = { id: randomUUID(), request: data['id'], kind: 'manual', assignee, queue: null, summary: `Assigned by hand to ${pool.names.get(assignee)} when the request was created.`, classification, explanation: null };
	} else {
		const dedicated = terms.map?.terms.steps.some((s) => s.kind === 'dedicated_engineer') && terms.targets.source !== 'contract' ? str(customer['dedicated_specialist']) : null;
		const result = await chooseAndHold(trx, pool.specialists, { id: data['id'], priority: classified.priority, requiredSkills, teamId, customerId }, now, dedicated, null);
		assignee = result.assignee;
		decision = decisionOf(data['id'], 'intake', result, classification);
	}
	const assignedTeam = assignee ? (pool.specialists.find((s) => s.id === assignee)?.teamIds[0] ?? null) : null;
	if (assignee) await trx('crm_service_specialists').where('id', assignee).update({ last_assigned_at: new Date(now) });

	const status: RequestStatus = assignee ? 'assigned' : 'new';
	const clock: RequestClock = { status, firstResponseAt: null, resolvedAt: null, closedAt: null, pauses: [] };
	const { fields } = requestSlaFields({ createdAt: now, now, calendar: terms.calendar.calendar, responseMinutes: terms.targets.responseMinutes, resolutionMinutes: terms.targets.resolutionMinutes, warnAtPercent: terms.warnAtPercent, clock, escalated: { response: 'none', resolution: 'none' } });

	return {
		data: {
			...data,
			number: await nextRequestNumber(trx, Number(now.slice(0, 4))),
			channel: data['channel'] ?? 'portal',
			type: classified.typeId,
			category: classified.categoryId,
			priority: classified.priority,
			required_skills: storedSkills(requiredSkills),
			team: teamId ?? assignedTeam,
			assignee,
			status,
			sla_source: terms.targets.source,
			contract: terms.contractId,
			service_map: terms.targets.source === 'service_map' ? terms.targets.sourceId : null,
			calendar: terms.calendar.id,
			response_target_minutes: terms.targets.responseMinutes,
			resolution_target_minutes: terms.targets.resolutionMinutes,
			warn_at_percent: terms.warnAtPercent,
			response_escalation: 'none',
			resolution_escalation: 'none',
			...fields,
			sla_pauses: [],
			sla_clock: JSON.parse(String(fields['sla_clock'])),
			// Directus' own date-created would be a few milliseconds later than the clock start.
			date_created: now,
		},
		decision,
	};
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
	const rows = (await trx('crm_service_requests').whereIn('id', keys as string[]).select('id', 'status', 'assignee', 'priority', 'customer', 'product', 'category')) as Row[];
	const before = new Map<string, RequestBefore>();
	for (const row of rows) {
		if ('status' in payload && payload['status'] !== row['status']) assertStatusTransition(row['status'], payload['status']);
		before.set(String(row['id']), { status: row['status'], assignee: row['assignee'] ?? null, priority: row['priority'] ?? null, customer: String(row['customer']), product: row['product'] ?? null, category: row['category'] ?? null });
	}
	if ('required_skills' in payload) await assertSkillsExist(trx, parseSkills(payload['required_skills']));
	return before;
}

/**
 * After a request changed: moves its clock (pauses, first response, resolution), re-resolves its
 * targets when what they depend on changed, records a hand-made assignment, and stores the new SLA
 * state. Runs in the write's transaction.
 */
export async function refreshRequest(trx: Knex, id: string, now: string, before: RequestBefore | null, manual: boolean): Promise<void> {
	const row = (await trx('crm_service_requests').where('id', id).first()) as Row | undefined;
	if (!row) return;
	// Where the clock stands is read from the row inside this transaction (the status the clock last moved
	// to), not from what the update filter saw before: another write may have come in between.
	const stored = jsonOf<Row | null>(row['sla_clock'], null);
	let clock = clockOf({ ...row, status: stored?.['clock_status'] ?? before?.status ?? row['status'] });
	const update: Row = {};
	let status = row['status'] as RequestStatus;
	// A request given to someone by hand while still new counts as assigned.
	if (manual && before && row['assignee'] && row['assignee'] !== before.assignee && status === 'new') status = 'assigned';
	if (status !== clock.status) {
		// Another instance's clock may run a little ahead of ours: never move the clock back behind a
		// pause or a resolution it recorded.
		const latest = [now, ...clock.pauses.map((p) => p.to ?? p.from), clock.resolvedAt ?? now].sort().at(-1)!;
		clock = applyStatusChange(clock, status, latest);
		update['status'] = status;
	}

	const createdAt = instantOf(row['date_created']) ?? now;
	let targets = { response: row['response_target_minutes'] as number | null, resolution: row['resolution_target_minutes'] as number | null, warn: Number(row['warn_at_percent'] ?? 80), calendarId: (row['calendar'] as string | null) ?? null };
	if (before && (before.priority !== row['priority'] || before.customer !== row['customer'] || before.product !== row['product'] || before.category !== row['category'])) {
		const customer = (await trx('crm_customers').where('id', row['customer']).first('status')) as Row | undefined;
		const priority = isServicePriority(row['priority']) ? row['priority'] : 'normal';
		const terms = await resolveTerms(trx, { customerId: String(row['customer']), customerStatus: str(customer?.['status']), priority, productId: str(row['product']), productGroupIds: await productGroupsOf(trx, str(row['product'])), categoryId: str(row['category']), day: createdAt.slice(0, 10) });
		targets = { response: terms.targets.responseMinutes, resolution: terms.targets.resolutionMinutes, warn: terms.warnAtPercent, calendarId: terms.calendar.id };
		Object.assign(update, { priority, sla_source: terms.targets.source, contract: terms.contractId, service_map: terms.targets.source === 'service_map' ? terms.targets.sourceId : null, calendar: terms.calendar.id, response_target_minutes: targets.response, resolution_target_minutes: targets.resolution, warn_at_percent: targets.warn });
	}
	const calendar = await loadServiceCalendar(trx, targets.calendarId);
	const escalated = { response: (row['response_escalation'] ?? 'none') as EscalationDone, resolution: (row['resolution_escalation'] ?? 'none') as EscalationDone };
	const { fields } = requestSlaFields({ createdAt, now, calendar: calendar.calendar, responseMinutes: targets.response, resolutionMinutes: targets.resolution, warnAtPercent: targets.warn, clock, escalated });
	await trx('crm_service_requests').where('id', id).update({ ...update, ...fields });

	if (manual && before && (row['assignee'] ?? null) !== before.assignee) {
		const names = new Map(((await trx('crm_service_specialists').whereIn('id', [row['assignee'], before.assignee].filter(Boolean)).select('id', 'name')) as Row[]).map((s) => [String(s['id']), String(s['name'])]));
		const to = row['assignee'] ? names.get(row['assignee']) ?? row['assignee'] : null;
		const from = before.assignee ? names.get(before.assignee) ?? before.assignee : null;
		const summary = to ? `Assigned by hand to ${to}${from ? ` (was ${from})` : ''}.` : `Unassigned by hand${from ? ` (was ${from})` : ''}; waits in the team queue.`;
		await insertDecision(trx, { id: randomUUID(), request: id, kind: 'manual', assignee: row['assignee'] ?? null, queue: row['assignee'] ? null : (row['team'] ?? null), summary, classification: null, explanation: null }, now);
		if (row['assignee']) await trx('crm_service_specialists').where('id', row['assignee']).update({ last_assigned_at: new Date(now) });
	}
}

/**
 * Routes an open request again — away from an absent specialist, or on a breach — and records the
 * decision. Returns the new assignee (null = the team queue).
 */
export async function rerouteRequest(trx: Knex, id: string, kind: 'reroute' | 'escalation', now: string, away: string | null): Promise<{ assignee: string | null; summary: string }> {
	const row = (await trx('crm_service_requests').where('id', id).first()) as Row | undefined;
	if (!row) return { assignee: null, summary: 'request gone' };
	const pool = await loadRoutingPool(trx, now);
	const priority = isServicePriority(row['priority']) ? row['priority'] : 'normal';
	const request = { id, priority, requiredSkills: parseSkills(row['required_skills']), teamId: (row['team'] as string | null) ?? null, customerId: String(row['customer']) };
	const result = await chooseAndHold(trx, pool.specialists, request, now, null, away);
	const decision = decisionOf(id, kind, result, null);
	let status = row['status'];
	if (result.assignee && status === 'new') status = 'assigned';
	if (!result.assignee && status === 'assigned') status = 'new';
	await trx('crm_service_requests').where('id', id).update({ assignee: result.assignee, status, team: row['team'] ?? (result.assignee ? pool.specialists.find((s) => s.id === result.assignee)?.teamIds[0] ?? null : null) });
	if (result.assignee) await trx('crm_service_specialists').where('id', result.assignee).update({ last_assigned_at: new Date(now) });
	await insertDecision(trx, decision, now);
	// The customer's timeline shows moves the desk made on its own too (absence, breach).
	const after = (await trx('crm_service_requests').where('id', id).first()) as Row;
	const entry = buildSystemInteraction(serviceRequestEvents, id, row, after, new Date(now));
	if (entry) await trx('crm_interactions').insert({ id: randomUUID(), ...entry, subject: `${entry.subject} (${kind === 'reroute' ? 'specialist absent' : 'SLA breach'})`.slice(0, 255), occurred_at: new Date(now), date_created: new Date(now), user_created: null });
	return { assignee: result.assignee, summary: decision.summary };
}

export { dbInstant };

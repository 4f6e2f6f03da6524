// Ten weeks of service requests, each taken in as POST /crm/service/requests takes it (prepareNewRequest:
// classifyIntake, resolveRequestTerms, assignPreferringDedicated, composeNewRequest) and then lived
// through in time order: picked from the queue, worked on, paused, resolved, re-routed when its
// specialist fell ill, escalated when its deadlines passed.
import {
	applyStatusChange,
	assignPreferringDedicated,
	assignRequest,
	classifyIntake,
	type ClassifiedIntake,
	composeNewRequest,
	describeClassification,
	isOpenRequestStatus,
	manualAssignmentDecision,
	type RequestClock,
	type RequestStatus,
	resolveRequestTerms,
	routedDecision,
	statusAfterRouting,
	teamOfSpecialist,
} from '../../packages/crm-core/src/index.ts';
import type { Uuid } from './demo-rows.ts';
import { DAY, HOUR, iso, MINUTE } from './moments.ts';
import { finishShare, STATUS_WEIGHT, TOPICS } from './service-catalogue.ts';
import { type ClockHistory, type Escalated, playEscalationJob, slaAt } from './escalate-demo-request.ts';
import { type Draft, type DraftCustomer, pushDecision, type RequestState, type ServiceDesk } from './service-desk-state.ts';
import { requestRow } from './service-request-row.ts';

/** Indices of requests that show the rarer states even in small data sets. */
interface Forced {
	wait: number;
	reopen: number;
	fresh: number;
	/** Being worked on now, and handed to the specialist who then fell ill: small data sets show both. */
	working: number;
}

/** Creation moments over the last ten weeks, mostly in Berlin office hours on weekdays. */
function creationTimes(desk: ServiceDesk, count: number): number[] {
	const { rng, nowMs } = desk;
	const createdTimes: number[] = [];
	for (let i = 0; i < count; i++) {
		const dayStart = Math.floor(nowMs / DAY) * DAY - rng.int(0, 69) * DAY;
		let ms: number;
		const weekday = new Date(dayStart).getUTCDay();
		if (weekday !== 0 && weekday !== 6 && rng.chance(0.85)) ms = dayStart + 7 * HOUR + rng.int(0, 9 * 60 - 1) * MINUTE;
		else ms = dayStart + rng.int(0, 24 * 60 - 1) * MINUTE;
		if (ms > nowMs - 20 * MINUTE) ms = nowMs - rng.int(20, 600) * MINUTE;
		createdTimes.push(ms + rng.int(0, 59) * 1000);
	}
	return createdTimes.sort((a, b) => a - b);
}

function productGroupsOf(desk: ServiceDesk, productId: Uuid | null): Uuid[] {
	const parentOf = new Map(desk.productGroups.map((g) => [g.id, g.parent]));
	const product = productId ? desk.productsOf.find((p) => p.id === productId) : undefined;
	const out: Uuid[] = [];
	for (let id = product?.group ?? null; id !== null && !out.includes(id); id = parentOf.get(id) ?? null) out.push(id);
	return out;
}

function draftRequest(desk: ServiceDesk, pool: readonly (readonly [DraftCustomer, number])[], createdMs: number): Draft & { categoryId: Uuid | null; priority: ClassifiedIntake['classified']['priority'] | null } {
	const { rng } = desk;
	const activeProducts = desk.productsOf.filter((p) => p.active);
	const goods = activeProducts.filter((p) => p.kind === 'goods');
	const id = rng.uuid();
	const customer = rng.weighted(pool);
	const topic = rng.weighted(TOPICS);
	let product: (typeof activeProducts)[number] | null = null;
	if (topic.product === 'goods') product = goods.length > 0 ? rng.pick(goods) : null;
	else if (topic.product === 'any' || rng.chance(0.2)) product = rng.pick(activeProducts);
	const vars: Record<string, string> = { inv: `INV-${new Date(createdMs).getUTCFullYear()}-${rng.digits(5)}`, product: product?.name ?? 'our order', city: rng.pick(['Berlin', 'Hamburg', 'Leipzig', 'Munich', 'Cologne']) };
	const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_m, k: string) => vars[k] ?? k);
	const channel = rng.weighted([['email', 35], ['phone', 30], ['portal', 20], ['chat', 10], ['api', 5]] as const);
	const categoryId = topic.category && rng.chance(0.8) ? desk.terms.categoryId(topic.category) : null;
	const priority = rng.chance(0.35) ? rng.weighted([['low', 25], ['normal', 45], ['high', 25], ['urgent', 5]] as const) : null;
	const productId = product?.id ?? null;
	return { id, customer, productId, productGroupIds: productGroupsOf(desk, productId), subject: fill(topic.subject).slice(0, 200), description: fill(topic.description), channel, createdMs, categoryId, priority };
}

/** Intake as prepareNewRequest does it: classified, held to its terms, routed (the dedicated engineer first when the map promises one). */
function takeIn(desk: ServiceDesk, draft: ReturnType<typeof draftRequest>): RequestState {
	const { terms: t } = desk;
	const createdIso = iso(draft.createdMs);
	const request = { customerId: draft.customer.id, contactId: null, orderId: null, productId: draft.productId, subject: draft.subject, description: draft.description, channel: draft.channel, categoryId: draft.categoryId, typeId: null, priority: draft.priority, teamId: null, assigneeId: null, skillsGiven: [] };
	const dedicated = t.dedicatedSpecialist.get(draft.customer.id) ?? null;
	const intake = classifyIntake(request, { customer: { status: draft.customer.status, dedicatedSpecialistId: dedicated }, productGroupIds: draft.productGroupIds, rules: t.compiled, ruleTeams: t.ruleTeam, knownSkills: new Set() });
	const { priority, categoryId } = intake.classified;
	const terms = resolveRequestTerms({ contracts: t.termsOf.get(draft.customer.id) ?? [], map: t.mapTerms.get(draft.customer.status) ?? null, priority, day: createdIso.slice(0, 10), productId: draft.productId, productGroupIds: draft.productGroupIds, categoryId });
	const classification = describeClassification(intake.classified, { team: intake.teamId, team_source: intake.teamSource, sla: terms.targets.explanation });
	const routing = { id: draft.id, priority, requiredSkills: intake.requiredSkills, teamId: intake.teamId, customerId: draft.customer.id };
	const specialists = desk.poolAt(draft.createdMs);
	const result = assignPreferringDedicated({ request: routing, specialists, now: createdIso, explain: 'full', dedicatedId: terms.dedicatedEngineerFirst ? dedicated : null });
	const decision = routedDecision('intake', result, classification);
	pushDecision(desk, draft.id, decision, draft.createdMs);
	if (decision.assignee) desk.noteAssigned(decision.assignee, draft.createdMs);
	const { fields, status } = composeNewRequest({ intake, terms, decision, specialists, channel: draft.channel });
	const clock: RequestClock = { status, firstResponseAt: null, resolvedAt: null, closedAt: null, pauses: [] };
	return { intake, terms, calendar: desk.staff.cal(terms.targets.calendarId), routing, clock, assignee: decision.assignee, assignedFrom: draft.createdMs, team: fields['team'] as Uuid | null, lastMs: draft.createdMs };
}

/** A moment before the deadline (or after it for a breach), or a plain delay without a target. */
function momentFor(desk: ServiceDesk, fromMs: number, deadline: string | null, breach: boolean, fallbackMinutes: [number, number]): number {
	const { rng } = desk;
	if (deadline === null) return fromMs + rng.int(...fallbackMinutes) * MINUTE;
	const dl = Date.parse(deadline);
	if (breach || dl <= fromMs + 10 * MINUTE) return Math.max(dl, fromMs) + rng.int(15, 24 * 60) * MINUTE;
	return fromMs + Math.floor(((dl - fromMs) * (0.15 + 0.75 * rng.float())) / 1000) * 1000;
}

/** What happens to the request, in time order; events after now are cut off later. */
function plannedEvents(desk: ServiceDesk, state: RequestState, createdMs: number, index: number, forced: Forced): [RequestStatus, number][] {
	const { rng, nowMs } = desk;
	const ageDays = (nowMs - createdMs) / DAY;
	const kept = index === forced.wait || index === forced.working;
	const finish = index === forced.reopen || (!kept && index !== forced.fresh && rng.chance(finishShare(ageDays)));
	const untouched = index === forced.fresh || (!finish && !kept && ageDays < 2 && rng.chance(0.5));
	const events: [RequestStatus, number][] = [];
	if (untouched) return events;
	const first = slaAt(state, createdMs, state.clock, createdMs);
	let t = momentFor(desk, createdMs, first.response?.deadline ?? null, rng.chance(0.08), [10, 480]);
	const waits = index === forced.wait || (index !== forced.working && rng.chance(finish ? 0.15 : 0.35));
	if (kept) t = Math.min(t, nowMs - DAY);
	events.push([waits ? 'waiting_for_customer' : 'in_progress', t]);
	if (waits) {
		t = index === forced.wait ? nowMs + DAY : t + rng.int(2 * 60, 3 * 24 * 60) * MINUTE;
		events.push(['in_progress', t]);
	}
	if (!finish) return events;
	// The resolution deadline moves with the pause, so ask the clock as it will stand.
	let c: RequestClock = state.clock;
	for (const [status, at] of events) c = applyStatusChange(c, status, iso(at));
	t = momentFor(desk, t, slaAt(state, createdMs, c, t).resolution?.deadline ?? null, rng.chance(0.1), [60, 5 * 24 * 60]);
	events.push(['resolved', t]);
	if (index === forced.reopen || rng.chance(0.08)) events.push(['reopened', t + rng.int(4 * 60, 3 * 24 * 60) * MINUTE]);
	else if (rng.chance(0.75)) events.push(['closed', t + rng.int(24 * 60, 7 * 24 * 60) * MINUTE]);
	return events;
}

/** Nobody took it on intake: whoever works on it first takes it from the queue, by hand. */
function pickFromQueue(desk: ServiceDesk, draft: Draft, state: RequestState, at: number): void {
	const { staff } = desk;
	const picked = assignRequest({ request: state.routing, specialists: desk.poolAt(at, { allAvailable: true }), now: iso(at), explain: 'summary' }).assignee ?? staff.specs.find((s) => s.row.team === (state.intake.teamId ?? staff.team('FIRST').id) && s !== staff.absent)!.row.id;
	const before = { assignee: null, priority: state.intake.classified.priority, customer: draft.customer.id, product: draft.productId, category: state.intake.classified.categoryId };
	const names = new Map([[picked, staff.specById.get(picked)!.row.name]]);
	const decision = manualAssignmentDecision({ ...before, status: state.clock.status, assignee: picked, team: state.team, clock: state.clock, before, manual: true }, names)!;
	state.assignee = picked;
	state.assignedFrom = at;
	state.team ??= staff.specById.get(picked)!.row.team;
	desk.noteAssigned(picked, at);
	pushDecision(desk, draft.id, decision, at);
}

/** A dispatcher hands the request by hand to the specialist who falls ill next morning, recorded as the product records a manual move. */
function handToAbsent(desk: ServiceDesk, draft: Draft, state: RequestState): void {
	const { staff } = desk;
	const at = staff.absenceStartMs - 12 * HOUR;
	const absent = staff.absent.row;
	if (state.assignee === absent.id || state.assignedFrom >= at || !isOpenRequestStatus(state.clock.status)) return;
	if (state.assignee) desk.assignments.push({ specialist: state.assignee, priority: state.intake.classified.priority, from: state.assignedFrom, to: at });
	const before = { assignee: state.assignee, priority: state.intake.classified.priority, customer: draft.customer.id, product: draft.productId, category: state.intake.classified.categoryId };
	const names = new Map([[absent.id, absent.name], ...(state.assignee ? [[state.assignee, staff.specById.get(state.assignee)!.row.name] as const] : [])]);
	const decision = manualAssignmentDecision({ ...before, status: state.clock.status, assignee: absent.id, team: state.team, clock: state.clock, before, manual: true }, names)!;
	state.assignee = absent.id;
	state.assignedFrom = at;
	desk.noteAssigned(absent.id, at);
	pushDecision(desk, draft.id, decision, at);
}

/** The absent specialist's open requests were re-routed when the absence began, as rerouteRequest does it. */
function rerouteFromAbsent(desk: ServiceDesk, draft: Draft, state: RequestState): void {
	const { staff } = desk;
	const at = staff.absenceStartMs;
	desk.assignments.push({ specialist: staff.absent.row.id, priority: state.intake.classified.priority, from: state.assignedFrom, to: at });
	const specialists = desk.poolAt(at);
	const moved = assignRequest({ request: { ...state.routing, teamId: state.team }, specialists, now: iso(at), explain: 'full', leavingId: staff.absent.row.id });
	pushDecision(desk, draft.id, routedDecision('reroute', moved, null), at);
	const status = statusAfterRouting(state.clock.status, moved.assignee);
	if (status !== state.clock.status) state.clock = { ...state.clock, status };
	state.team ??= teamOfSpecialist(specialists, moved.assignee);
	state.assignee = moved.assignee;
	state.assignedFrom = at;
	if (moved.assignee) desk.noteAssigned(moved.assignee, at);
}

function liveRequest(desk: ServiceDesk, draft: Draft, state: RequestState, index: number, forced: Forced): Escalated {
	const { nowMs, staff } = desk;
	const events = plannedEvents(desk, state, draft.createdMs, index, forced);
	const firstEvent = events[0];
	if (!state.assignee && firstEvent && firstEvent[1] < nowMs) pickFromQueue(desk, draft, state, firstEvent[1]);
	const history: ClockHistory = { opening: state.clock, moves: [] };
	for (const [status, at] of events) {
		if (at > nowMs - MINUTE) break;
		state.clock = applyStatusChange(state.clock, status, iso(at));
		state.lastMs = at;
		(history.moves as [RequestStatus, number][]).push([status, at]);
	}
	const escalated = playEscalationJob(desk, draft, state, history);
	if (index === forced.working) handToAbsent(desk, draft, state);
	const open = isOpenRequestStatus(state.clock.status);
	const endMs = open ? nowMs : Date.parse(state.clock.resolvedAt ?? iso(state.lastMs));
	if (open && state.assignee === staff.absent.row.id && staff.absenceStartMs > state.assignedFrom) rerouteFromAbsent(desk, draft, state);
	if (!state.assignee) return escalated;
	desk.assignments.push({ specialist: state.assignee, priority: state.intake.classified.priority, from: state.assignedFrom, to: open ? Number.MAX_SAFE_INTEGER : endMs });
	if (state.clock.firstResponseAt) desk.work.push({ request: draft.id, specialist: state.assignee, from: Math.max(Date.parse(state.clock.firstResponseAt), state.assignedFrom), to: Math.min(endMs, nowMs) });
	return escalated;
}

function requestPool(desk: ServiceDesk, customers: readonly DraftCustomer[]): (readonly [DraftCustomer, number])[] {
	const contractCustomers = new Set(desk.terms.termsOf.keys());
	return customers.map((c) => [c, contractCustomers.has(c.id) ? 8 : (STATUS_WEIGHT[c.status] ?? 0.1)] as const).filter(([, w]) => w > 0);
}

export function generateServiceRequests(desk: ServiceDesk, customers: readonly DraftCustomer[], scale: number): void {
	const { nowMs } = desk;
	const requestCount = Math.max(20, Math.round(400 * scale));
	const pool = requestPool(desk, customers);
	const createdTimes = creationTimes(desk, requestCount);
	const wait = createdTimes.findLastIndex((ms) => ms < nowMs - 3 * DAY);
	const forced: Forced = {
		wait,
		reopen: createdTimes.findLastIndex((ms) => ms < nowMs - 20 * DAY),
		fresh: createdTimes.length - 1,
		working: createdTimes.findLastIndex((ms, i) => ms < desk.staff.absenceStartMs - DAY && i !== wait && i !== createdTimes.length - 1),
	};
	for (const [index, createdMs] of createdTimes.entries()) {
		const draft = draftRequest(desk, pool, createdMs);
		const state = takeIn(desk, draft);
		const escalated = liveRequest(desk, draft, state, index, forced);
		desk.requests.push(requestRow(desk, draft, state, escalated));
	}
	for (const s of desk.staff.specs) s.row.last_assigned_at = s.lastAssignedMs === null ? null : iso(s.lastAssignedMs);
}

import { isOpenRequestStatus } from '../service-desk/request-status.ts';
import { SERVICE_LEVELS, type ServiceLevel } from '../service-desk/service-level.ts';
import type { OverviewContractFacts, OverviewRequestFacts, OverviewServiceFacts } from './customer-overview-facts.ts';

/** Where a request stands against its next SLA deadline. */
export interface RequestSlaView {
	/** The stored SLA status, made `breached` once the next deadline has passed (the escalation job may not have run yet). */
	state: string | null;
	/** The target whose deadline comes next: the response until the first response, then the resolution. */
	target: 'response' | 'resolution' | null;
	due_at: string | null;
	/** Whole minutes to the deadline (negative: overdue); null without a deadline or while the clock is paused. */
	minutes_left: number | null;
}

/** Worst first, so the requests that need someone come first on the card. */
const SEVERITY = ['breached', 'missed', 'warning', 'ok', 'paused', 'met', 'none'];
const MINUTE_MS = 60_000;

function nextDeadline(request: OverviewRequestFacts): [RequestSlaView['target'], string | null] {
	if (!request.firstResponseAt && request.responseDueAt) return ['response', request.responseDueAt];
	return request.resolutionDueAt ? ['resolution', request.resolutionDueAt] : [null, null];
}

/** A request's next SLA deadline and its state at `now` (ISO instant), from the fields the server keeps on it. */
export function requestSlaView(request: OverviewRequestFacts, now: string): RequestSlaView {
	const [target, dueAt] = nextDeadline(request);
	const stored = request.slaStatus ?? null;
	if (stored === 'paused' || dueAt === null) return { state: stored, target, due_at: dueAt, minutes_left: null };
	const left = Date.parse(dueAt) - Date.parse(now);
	return { state: left < 0 ? 'breached' : stored, target, due_at: dueAt, minutes_left: Math.floor(left / MINUTE_MS) };
}

function severity(state: string | null): number {
	const rank = SEVERITY.indexOf(state ?? 'none');
	return rank === -1 ? SEVERITY.length : rank;
}

function compareRequests(a: { sla: RequestSlaView; number: string | null }, b: { sla: RequestSlaView; number: string | null }): number {
	return severity(a.sla.state) - severity(b.sla.state) || String(a.sla.due_at ?? '\uffff').localeCompare(String(b.sla.due_at ?? '\uffff')) || String(a.number ?? '').localeCompare(String(b.number ?? ''));
}

/** A contract that holds on `today`: active, and today between its first and last day (either may be open). */
export function isContractInForce(contract: OverviewContractFacts, today: string): boolean {
	return contract.active !== false && (contract.validFrom === null || contract.validFrom <= today) && (contract.validTo === null || today <= contract.validTo);
}

const levelRank = (level: string | null) => SERVICE_LEVELS.indexOf(level as ServiceLevel);

function contractsJson(contracts: readonly OverviewContractFacts[], today: string) {
	return contracts
		.filter((c) => isContractInForce(c, today))
		.sort((a, b) => levelRank(b.level) - levelRank(a.level) || String(a.code ?? '').localeCompare(String(b.code ?? '')))
		.map((c) => ({ id: c.id, code: c.code, level: c.level, valid_from: c.validFrom, valid_to: c.validTo }));
}

function requestsJson(requests: readonly OverviewRequestFacts[], now: string) {
	return requests
		.filter((r) => isOpenRequestStatus(r.status))
		.map((r) => ({ id: r.id, number: r.number, subject: r.subject, status: r.status, priority: r.priority ?? null, created_at: r.createdAt ?? null, sla: requestSlaView(r, now) }))
		.sort(compareRequests);
}

/**
 * The customer's service (A5.2): contracts in force (highest level first) and open requests with where each
 * stands against its SLA (worst first, then the nearest deadline). A part the caller may not read is left out.
 */
export function summarizeService(service: OverviewServiceFacts, now: string) {
	const today = now.slice(0, 10);
	return {
		...(service.contracts !== undefined ? { contracts: contractsJson(service.contracts, today) } : {}),
		...(service.requests !== undefined ? { open_requests: requestsJson(service.requests, now) } : {}),
	};
}

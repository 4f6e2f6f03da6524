// The desk as requests arrive over the ten weeks: who holds which request when (their load), who was
// assigned last, and the rows written so far. Routing reads the pool as it stood at each moment.
import { type BusinessCalendar, type ClassifiedIntake, isWorkingAt, type RequestClock, type RequestTerms, type RoutingDecision, type RoutingRequest, type ServicePriority, type Specialist } from '../../packages/crm-core/src/index.ts';
import type { Uuid } from './demo-rows.ts';
import type { ServiceStaff } from './generate-service-staff.ts';
import type { ServiceTerms } from './generate-service-terms.ts';
import { iso } from './moments.ts';
import type { Rng } from './random.ts';
import type { EscalationRow, RoutingDecisionRow, ServiceRequestRow } from './service-rows.ts';

export interface Assignment {
	specialist: Uuid;
	priority: ServicePriority;
	from: number;
	to: number;
}

/** A stretch of time a specialist worked on a request: time entries are booked inside it. */
export interface Work {
	request: Uuid;
	specialist: Uuid;
	from: number;
	to: number;
}

export interface ServiceDesk {
	rng: Rng;
	nowMs: number;
	staff: ServiceStaff;
	terms: ServiceTerms;
	contactsOf: Map<Uuid, Uuid[]>;
	productsOf: { id: Uuid; name: string; kind: string; group: Uuid | null; active: boolean }[];
	productGroups: readonly { id: Uuid; parent: Uuid | null }[];
	assignments: Assignment[];
	work: Work[];
	requests: ServiceRequestRow[];
	decisions: RoutingDecisionRow[];
	escalations: EscalationRow[];
	counters: Map<string, number>;
	/** The specialists as loadRoutingPool would have read them at `ms`: their load then, working then per their calendar (isWorkingAt), away or not. */
	poolAt: (ms: number, opts?: { allAvailable?: boolean }) => Specialist[];
	noteAssigned: (id: Uuid, ms: number) => void;
}

export function createServiceDesk(base: Pick<ServiceDesk, 'rng' | 'nowMs' | 'staff' | 'terms' | 'contactsOf' | 'productsOf' | 'productGroups'>): ServiceDesk {
	const { staff } = base;
	const assignments: Assignment[] = [];
	const workingCache = new Map<string, boolean>();
	const isWorking = (calendar: BusinessCalendar, ms: number) => {
		const key = `${calendar.timeZone}:${ms}`;
		let v = workingCache.get(key);
		if (v === undefined) {
			v = isWorkingAt(calendar, iso(ms));
			workingCache.set(key, v);
		}
		return v;
	};
	const poolAt = (ms: number, opts: { allAvailable?: boolean } = {}): Specialist[] =>
		staff.specs.map((s) => {
			const load = new Map<ServicePriority, number>();
			for (const a of assignments) if (a.specialist === s.row.id && a.from <= ms && a.to > ms) load.set(a.priority, (load.get(a.priority) ?? 0) + 1);
			const away = s === staff.absent && ms >= staff.absenceStartMs && ms < staff.absenceEndMs;
			return {
				id: s.row.id,
				name: s.row.name,
				teamIds: [s.row.team],
				skills: s.skills,
				available: opts.allAvailable === true || isWorking(s.calendar, ms),
				absentUntil: away ? iso(staff.absenceEndMs) : null,
				capacity: s.row.capacity,
				load: [...load].map(([priority, count]) => ({ priority, count })),
				lastAssignedAt: s.lastAssignedMs === null ? null : iso(s.lastAssignedMs),
				active: s.row.active,
			};
		});
	const noteAssigned = (id: Uuid, ms: number) => {
		const s = staff.specById.get(id)!;
		if (s.lastAssignedMs === null || s.lastAssignedMs < ms) s.lastAssignedMs = ms;
	};
	return { ...base, assignments, work: [], requests: [], decisions: [], escalations: [], counters: new Map(), poolAt, noteAssigned };
}

export type DraftCustomer = { id: Uuid; name: string; status: string };

/** A request as the customer sent it. */
export interface Draft {
	id: Uuid;
	customer: DraftCustomer;
	productId: Uuid | null;
	productGroupIds: Uuid[];
	subject: string;
	description: string;
	channel: string;
	createdMs: number;
}

/** Where a request stands while its life is played. */
export interface RequestState {
	intake: ClassifiedIntake;
	terms: RequestTerms;
	calendar: BusinessCalendar;
	routing: RoutingRequest;
	clock: RequestClock;
	assignee: Uuid | null;
	assignedFrom: number;
	team: Uuid | null;
	lastMs: number;
}

/** A routing decision as insertDecision stores it, its JSON columns parsed. */
export function pushDecision(desk: ServiceDesk, request: Uuid, decision: RoutingDecision, at: number): void {
	const json = (text: string | null) => (text === null ? null : (JSON.parse(text) as Record<string, unknown>));
	desk.decisions.push({ id: desk.rng.uuid(), request, kind: decision.kind, assignee: decision.assignee, queue: decision.queue, summary: decision.summary, classification: json(decision.classification), explanation: json(decision.explanation), date_created: iso(at) });
}

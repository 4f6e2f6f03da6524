import { describe, expect, test } from 'vitest';
import { relations } from '../../../scripts/schema/define-model.ts';
import { DEMO_TABLES, generateDemoData } from '../../../scripts/seed/generate-demo-data.ts';
import { SERVICE_DESK_TABLES, SERVICE_STAFF_TABLES } from '../../../scripts/seed/generate-service-data.ts';

const NOW = '2026-11-26T12:00:00.000Z';
const NOW_MS = Date.parse(NOW);
const data = generateDemoData({ scale: 0.05, now: NOW });
type Row = Record<string, unknown>;
const rows = (table: string): Row[] => (data as unknown as Record<string, Row[]>)[table] ?? [];
const SERVICE_TABLES = [...SERVICE_STAFF_TABLES, ...SERVICE_DESK_TABLES];
const OPEN = ['new', 'assigned', 'in_progress', 'waiting_for_customer', 'reopened'];

describe('service desk demo data (scale 0.05)', () => {
	test('every service table is in DEMO_TABLES after what it references, and non-empty', () => {
		const order = DEMO_TABLES as readonly string[];
		for (const table of SERVICE_TABLES) expect(order, table).toContain(table);
		for (const rel of relations) {
			// Requests leave their order empty: the orders-to-cash tables are inserted last.
			if (!(SERVICE_TABLES as readonly string[]).includes(rel.collection) || rel.related_collection === 'directus_users' || `${rel.collection}.${rel.field}` === 'crm_service_requests.order') continue;
			expect(order.indexOf(rel.related_collection!), `${rel.collection}.${rel.field}`).toBeLessThan(order.indexOf(rel.collection));
		}
		expect(order.indexOf('crm_service_specialists')).toBeLessThan(order.indexOf('crm_customers'));
		for (const r of data.crm_service_requests) expect(r.order).toBeNull();
		// No demo rule is restricted to single products: that would make routing depend on the products a test uses.
		for (const table of SERVICE_TABLES) if (table !== 'crm_service_classification_rules_products') expect(rows(table).length, table).toBeGreaterThan(0);
	});

	test('foreign keys of service tables and dedicated specialists point at existing rows', () => {
		const ids = new Map(DEMO_TABLES.map((t) => [t as string, new Set(rows(t).map((r) => r['id']))]));
		for (const rel of relations) {
			if (!(SERVICE_TABLES as readonly string[]).includes(rel.collection) && rel.field !== 'dedicated_specialist') continue;
			for (const row of rows(rel.collection)) {
				const value = row[rel.field];
				if (rel.related_collection === 'directus_users') expect(value).toBeNull();
				else if (value !== null) expect(ids.get(rel.related_collection!)?.has(value), `${rel.collection}.${rel.field}`).toBe(true);
			}
		}
		const keyCustomers = data.crm_customers.filter((c) => c.status === 'key');
		for (const c of keyCustomers) expect(c.dedicated_specialist).not.toBeNull();
		for (const c of data.crm_customers) if (c.status !== 'key') expect(c.dedicated_specialist).toBeNull();
	});

	test('staff: Sam Service in FIRST, teams, calendars, absences', () => {
		const first = data.crm_service_teams.find((t) => t.code === 'FIRST')!;
		expect(data.crm_service_specialists.filter((s) => s.name === 'Sam Service')).toMatchObject([{ team: first.id, user: null }]);
		expect(data.crm_service_specialists.length).toBeGreaterThanOrEqual(8);
		expect(data.crm_service_teams.map((t) => [t.code, t.breach_action, t.manager])).toEqual([
			['FIRST', 'notify', null],
			['FIELD', 'reassign', null],
			['BILLING', 'notify', null],
		]);
		const current = data.crm_service_absences.filter((a) => Date.parse(a.starts_at) <= NOW_MS && Date.parse(a.ends_at) > NOW_MS);
		expect(current).toHaveLength(1);
		expect(data.crm_service_absences.some((a) => Date.parse(a.starts_at) > NOW_MS)).toBe(true);
		const away = current[0]!.specialist;
		expect(data.crm_service_requests.filter((r) => r.assignee === away && OPEN.includes(r.status))).toEqual([]);
		expect(data.crm_service_routing_decisions.some((d) => d.kind === 'reroute') || !data.crm_service_requests.some((r) => r.assignee === away)).toBe(true);
	});

	test('requests: unique numbers, counters, one intake decision, deadlines after creation, mixed statuses', () => {
		const requests = data.crm_service_requests;
		expect(requests.length).toBeGreaterThanOrEqual(20);
		expect(new Set(requests.map((r) => r.number)).size).toBe(requests.length);
		for (const r of requests) expect(r.number).toMatch(/^SR-\d{4}-\d{6}$/);
		const perYear = new Map<string, number>();
		for (const r of requests) perYear.set(r.number.slice(0, 7), Math.max(perYear.get(r.number.slice(0, 7)) ?? 0, Number(r.number.slice(8))));
		for (const [key, last] of perYear) expect(data.crm_document_counters.find((c) => c.counter_key === key)?.last_number).toBe(last);
		for (const r of requests) {
			const intake = data.crm_service_routing_decisions.filter((d) => d.request === r.id && d.kind === 'intake');
			expect(intake, r.number).toHaveLength(1);
			const created = Date.parse(r.date_created);
			expect(created).toBeLessThanOrEqual(NOW_MS);
			for (const due of [r.response_due_at, r.resolution_due_at, r.first_response_at, r.resolved_at, r.closed_at]) if (due !== null) expect(Date.parse(due)).toBeGreaterThan(created);
			if (r.contact !== null) expect(data.crm_contacts.find((c) => c.id === r.contact)?.customer).toBe(r.customer);
			// As requestSlaFields stores it: the status the clock last moved to.
			expect(r.sla_clock.clock_status, r.number).toBe(r.status);
			if (r.sla_status === 'breached' || r.sla_status === 'missed') {
				expect([r.response_escalation, r.resolution_escalation]).toContain('breach');
				expect(data.crm_service_escalations.some((e) => e.request === r.id && e.level === 'breach')).toBe(true);
			}
			// Requests without a rule keyword get no team from the rules and no skills.
			const decision = intake[0]!.classification as { trace: { outcome: string }[]; team: string | null };
			if (!decision.trace.some((t) => t.outcome === 'applied' || t.outcome === 'overridden')) {
				expect(r.required_skills).toEqual([]);
				expect(decision.team).toBeNull();
			}
		}
		const statuses = new Set(requests.map((r) => r.status));
		for (const s of ['resolved', 'closed', 'in_progress', 'waiting_for_customer', 'reopened']) expect(statuses, s).toContain(s);
		const waiting = requests.find((r) => r.status === 'waiting_for_customer')!;
		expect(waiting.sla_pauses.some((p) => p.to === null)).toBe(true);
		const done = requests.filter((r) => r.status === 'resolved' || r.status === 'closed').length;
		expect(done / requests.length).toBeGreaterThan(0.35);
	});

	test('escalations: as the escalation job sends them, on its minute runs, each level once, a move only on a breach in a reassigning team', () => {
		const requests = new Map(data.crm_service_requests.map((r) => [r.id, r]));
		const teams = new Map(data.crm_service_teams.map((t) => [t.id, t]));
		const sent = new Map<string, string[]>();
		for (const e of data.crm_service_escalations) {
			const at = Date.parse(e.date_created);
			const r = requests.get(e.request)!;
			expect(at % 60_000 === 0 || at === NOW_MS).toBe(true);
			expect(at).toBeGreaterThan(Date.parse(r.date_created));
			const key = `${e.request}|${e.target}`;
			expect(sent.get(key) ?? []).not.toContain(e.level);
			sent.set(key, [...(sent.get(key) ?? []), e.level]);
			const moved = data.crm_service_routing_decisions.some((d) => d.request === e.request && d.kind === 'escalation' && d.date_created === e.date_created);
			expect(e.action === 'reassigned').toBe(moved);
			if (e.action === 'reassigned') expect([e.level, teams.get(r.team!)?.breach_action]).toEqual(['breach', 'reassign']);
		}
		// The request keeps how far the job went with each target.
		const highest = (levels: readonly string[]) => ['breach', 'warning'].find((l) => levels.includes(l)) ?? 'none';
		for (const r of requests.values()) {
			expect(r.response_escalation, r.number).toBe(highest(sent.get(`${r.id}|response`) ?? []));
			expect(r.resolution_escalation, r.number).toBe(highest(sent.get(`${r.id}|resolution`) ?? []));
		}
	});

	test('time entries: by the assignee, 15–180 minutes, never overlapping per specialist, never in the future', () => {
		const requests = new Map(data.crm_service_requests.map((r) => [r.id, r]));
		const bySpecialist = new Map<string, { start: number; end: number }[]>();
		for (const e of data.crm_service_time_entries) {
			expect(requests.get(e.request)?.assignee).toBe(e.specialist);
			expect(e.duration_minutes).toBeGreaterThanOrEqual(15);
			expect(e.duration_minutes).toBeLessThanOrEqual(180);
			const start = Date.parse(e.started_at);
			const end = Date.parse(e.ended_at);
			expect(end - start).toBe(e.duration_minutes * 60_000);
			expect(end).toBeLessThanOrEqual(NOW_MS);
			bySpecialist.set(e.specialist, [...(bySpecialist.get(e.specialist) ?? []), { start, end }]);
		}
		for (const entries of bySpecialist.values()) {
			entries.sort((a, b) => a.start - b.start);
			for (let i = 1; i < entries.length; i++) expect(entries[i]!.start).toBeGreaterThanOrEqual(entries[i - 1]!.end);
		}
		for (const x of data.crm_service_expenses) {
			expect(x.amount).toBeGreaterThanOrEqual(1000);
			expect(x.amount).toBeLessThanOrEqual(25000);
		}
	});
});

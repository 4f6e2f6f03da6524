import { describe, expect, test } from 'vitest';
import { collections, relations } from '../../../scripts/schema/define-model.ts';
import type { CollectionDef, FieldDef } from '../../../scripts/schema/define-model.ts';
import { DEMO_TABLES, generateDemoData } from '../../../scripts/seed/generate-demo-data.ts';
import type { DemoData } from '../../../scripts/seed/generate-demo-data.ts';

const NOW = '2026-11-26T12:00:00.000Z';
const NOW_MS = Date.parse(NOW);
const TWO_YEARS_MS = 731 * 24 * 3600 * 1000;

const full = generateDemoData({ scale: 1, now: NOW });
const small = generateDemoData({ scale: 0.05, now: NOW });

type Row = Record<string, unknown>;
const rowsOf = (data: DemoData, table: string): Row[] => (data as unknown as Record<string, Row[]>)[table] ?? [];

function collection(name: string): CollectionDef {
	const c = collections.find((x) => x.collection === name);
	if (!c) throw new Error(`no collection ${name} in define-model`);
	return c;
}

/** Fields backed by a column; auto-increment ids (junctions) are left to the database. */
function columnFields(c: CollectionDef): FieldDef[] {
	return c.fields.filter((f) => f.type !== 'alias' && f.schema?.['has_auto_increment'] !== true);
}

const choicesOf = (f: FieldDef): string[] | null => {
	const options = f.meta['options'] as { choices?: { value: string }[] } | null;
	return options?.choices ? options.choices.map((c) => c.value) : null;
};

/** The first `_regex` anywhere in a validation filter. */
function regexIn(node: unknown): string | null {
	if (typeof node !== 'object' || node === null) return null;
	for (const [key, value] of Object.entries(node)) {
		if (key === '_regex' && typeof value === 'string') return value;
		const inner = regexIn(value);
		if (inner) return inner;
	}
	return null;
}

const emailRegex = new RegExp(regexIn(collection('crm_contacts').fields.find((f) => f.field === 'email')!.meta['validation'])!);

/** Evaluates the subset of Directus filter rules define-model uses for validation. */
function violates(validation: unknown, value: unknown): string | null {
	if (typeof validation !== 'object' || validation === null) return null;
	const node = validation as Record<string, unknown>;
	if (Array.isArray(node['_and'])) {
		for (const part of node['_and']) {
			const problem = violates(part, value);
			if (problem) return problem;
		}
		return null;
	}
	if (Array.isArray(node['_or'])) {
		const problems = node['_or'].map((part) => violates(part, value));
		return problems.some((p) => p === null) ? null : problems[0]!;
	}
	for (const ops of Object.values(node) as Record<string, unknown>[]) {
		for (const [op, arg] of Object.entries(ops)) {
			if (op === '_null') return value === null ? null : `${String(value)} is not null`;
			if (op === '_regex' && !new RegExp(String(arg)).test(String(value))) return `${String(value)} !~ ${String(arg)}`;
			else if (op === '_gte' && !(Number(value) >= Number(arg))) return `${String(value)} < ${String(arg)}`;
			else if (op === '_lte' && !(Number(value) <= Number(arg))) return `${String(value)} > ${String(arg)}`;
			else if (!['_regex', '_gte', '_lte'].includes(op)) throw new Error(`test does not know validation operator ${op}`);
		}
	}
	return null;
}

// Generating the demo set at scale 1 takes seconds, and longer on a busy machine.
describe('generateDemoData', { timeout: 60_000 }, () => {
	test('same input gives byte-identical output; another seed gives other data', () => {
		expect(JSON.stringify(generateDemoData({ scale: 0.05, now: NOW }))).toBe(JSON.stringify(small));
		expect(JSON.stringify(generateDemoData({ scale: 1, now: NOW }))).toBe(JSON.stringify(full));
		expect(JSON.stringify(generateDemoData({ scale: 0.05, now: NOW, seed: 1 }))).not.toBe(JSON.stringify(small));
	});

	test('counts at scale 1', () => {
		expect(full.crm_customers).toHaveLength(1000);
		expect(full.crm_contacts).toHaveLength(3000);
		expect(full.crm_products).toHaveLength(300);
		// Ten thousand written by staff, and one on the timeline for every campaign touch.
		expect(full.crm_interactions).toHaveLength(10000 + full.crm_campaign_touches.length);
		expect(full.crm_campaign_touches.length).toBeGreaterThan(500);
		expect(full.crm_regions).toHaveLength(6);
		expect(full.crm_sales_channels).toHaveLength(5);
		expect(full.crm_market_segments).toHaveLength(11);
		expect(full.crm_customer_groups).toHaveLength(6);
		expect(full.crm_teams).toHaveLength(3);
		expect(full.crm_sales_reps).toHaveLength(12);
		expect(full.crm_product_groups.length).toBeGreaterThanOrEqual(20);
		expect(full.crm_product_groups.length).toBeLessThanOrEqual(30);
		for (const link of ['crm_customers_customer_groups', 'crm_customers_market_segments', 'crm_products_market_segments']) {
			expect(rowsOf(full, link).length).toBeGreaterThan(100);
		}
	});

	test('campaign members are contacts with consent, each touch is on the timeline, and who unsubscribed lost consent', () => {
		const contacts = new Map(full.crm_contacts.map((c) => [c.id, c]));
		const touches = full.crm_campaign_touches;
		expect(full.crm_campaign_members.length).toBeGreaterThan(100);
		// An e-mail campaign's members have an address (it is the one written to); a visit needs none.
		for (const m of full.crm_campaign_members) expect([contacts.get(m.contact)?.customer, m.email ?? contacts.get(m.contact)?.email ?? null]).toEqual([m.customer, contacts.get(m.contact)?.email ?? null]);
		expect(full.crm_campaign_members.filter((m) => m.email !== null).length).toBeGreaterThan(50);
		const onTimeline = new Set(full.crm_interactions.filter((i) => i.related_collection === 'crm_campaign_touches').map((i) => i.related_key));
		expect(touches.every((t) => onTimeline.has(t.id))).toBe(true);
		const unsubscribed = touches.filter((t) => t.kind === 'unsubscribed');
		expect(unsubscribed.length).toBeGreaterThan(0);
		expect(unsubscribed.map((t) => contacts.get(t.contact!)?.marketing_consent)).toEqual(unsubscribed.map(() => false));
		// Everyone else a member still consents: members are taken only among contacts with consent.
		const left = new Set(unsubscribed.map((t) => t.contact));
		expect(full.crm_campaign_members.filter((m) => !left.has(m.contact)).every((m) => contacts.get(m.contact)?.marketing_consent)).toBe(true);
	});

	test('counts scale linearly (scale 0.05) and keep minimums at tiny scales', () => {
		expect(small.crm_customers).toHaveLength(50);
		expect(small.crm_contacts).toHaveLength(150);
		expect(small.crm_products).toHaveLength(15);
		expect(small.crm_interactions).toHaveLength(500 + small.crm_campaign_touches.length);
		expect(small.crm_sales_reps).toHaveLength(12);

		const tiny = generateDemoData({ scale: 0.001, now: NOW });
		expect(tiny.crm_customers.length).toBeGreaterThanOrEqual(12);
		expect(tiny.crm_products.length).toBeGreaterThanOrEqual(5);
		expect(tiny.crm_interactions.length).toBeGreaterThanOrEqual(10);
		expect(tiny.crm_contacts.length).toBeGreaterThanOrEqual(tiny.crm_customers.length);
	});

	test('rejects a scale that is not a positive number', () => {
		expect(() => generateDemoData({ scale: 0, now: NOW })).toThrow();
		expect(() => generateDemoData({ scale: Number.NaN, now: NOW })).toThrow();
	});

	describe.each([
		['scale 1', full],
		['scale 0.05', small],
	])('schema conformance at %s', (_label, data) => {
		test('every row has exactly the columns of its collection', () => {
			for (const table of DEMO_TABLES) {
				const expected = columnFields(collection(table))
					.map((f) => f.field)
					.sort();
				for (const row of rowsOf(data, table)) expect(Object.keys(row).sort()).toEqual(expected);
			}
		});

		test('ids are unique lowercase v4 UUIDs', () => {
			const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
			const seen = new Set<string>();
			for (const table of DEMO_TABLES) {
				for (const row of rowsOf(data, table)) {
					if (!('id' in row)) continue;
					expect(row['id']).toMatch(uuid);
					expect(seen.has(row['id'] as string)).toBe(false);
					seen.add(row['id'] as string);
				}
			}
		});

		test('foreign keys point at generated rows; user references are null', () => {
			const ids = new Map<string, Set<unknown>>(DEMO_TABLES.map((t) => [t, new Set(rowsOf(data, t).map((r) => r['id']))]));
			for (const rel of relations) {
				if (!(DEMO_TABLES as readonly string[]).includes(rel.collection)) continue;
				for (const row of rowsOf(data, rel.collection)) {
					const value = row[rel.field];
					if (rel.related_collection === 'directus_users') expect(value).toBeNull();
					else if (value !== null) expect(ids.get(rel.related_collection!)?.has(value), `${rel.collection}.${rel.field}`).toBe(true);
				}
			}
		});

		test('choice values come from define-model', () => {
			for (const table of DEMO_TABLES) {
				for (const f of collection(table).fields) {
					const allowed = choicesOf(f);
					if (!allowed) continue;
					for (const row of rowsOf(data, table)) {
						const value = row[f.field];
						// Multiple-choice JSON fields (weekdays, customer statuses) hold a list of choices.
						for (const v of Array.isArray(value) ? value : [value]) if (v !== null) expect(allowed, `${table}.${f.field}`).toContain(v);
					}
				}
			}
		});

		test('strings fit max_length, required fields are set, validations hold', () => {
			for (const table of DEMO_TABLES) {
				for (const f of columnFields(collection(table))) {
					const max = f.schema?.['max_length'] as number | undefined;
					for (const row of rowsOf(data, table)) {
						const value = row[f.field];
						if (f.meta['required'] === true) expect(value, `${table}.${f.field} is required`).not.toBeNull();
						if (value === null || value === undefined) continue;
						if (typeof max === 'number' && typeof value === 'string') expect(value.length, `${table}.${f.field}: ${value}`).toBeLessThanOrEqual(max);
						if (f.meta['validation']) expect(violates(f.meta['validation'], value), `${table}.${f.field}`).toBeNull();
					}
				}
			}
		});

		test('e-mails match the define-model regex', () => {
			const emails = [
				...data.crm_customers.map((c) => c.email),
				...data.crm_sales_reps.map((r) => r.email),
				...data.crm_contacts.flatMap((c) => [c.email, c.email_secondary]),
			].filter((e): e is string => e !== null);
			expect(emails.length).toBeGreaterThan(data.crm_contacts.length / 2);
			for (const e of emails) expect(e).toMatch(emailRegex);
			for (const e of emails) expect(e).toBe(e.toLowerCase());
		});

		test('money is integer minor units, non-negative, cost below list price', () => {
			for (const c of data.crm_customers) {
				expect(Number.isInteger(c.credit_limit)).toBe(true);
				expect(c.credit_limit).toBeGreaterThanOrEqual(0);
				expect(c.credit_limit).toBeLessThanOrEqual(5_000_000);
				expect([0, 14, 30, 45, 60]).toContain(c.payment_terms_days);
			}
			for (const p of data.crm_products) {
				expect(Number.isInteger(p.cost_price) && Number.isInteger(p.list_price)).toBe(true);
				expect(p.cost_price).toBeGreaterThanOrEqual(0);
				expect(p.cost_price).toBeLessThan(p.list_price);
				expect([0, 700, 1000, 2000]).toContain(p.vat_rate_bp);
				if (p.kind === 'service') expect(['h', 'day', 'month']).toContain(p.unit);
			}
			expect(new Set(data.crm_products.map((p) => p.sku)).size).toBe(data.crm_products.length);
		});

		test('interactions: contact of the same customer, within the last two years, never after now', () => {
			const contactCustomer = new Map(data.crm_contacts.map((c) => [c.id, c.customer]));
			for (const i of data.crm_interactions) {
				if (i.contact !== null) expect(contactCustomer.get(i.contact)).toBe(i.customer);
				const at = Date.parse(i.occurred_at);
				expect(at).toBeLessThanOrEqual(NOW_MS);
				expect(at).toBeGreaterThanOrEqual(NOW_MS - TWO_YEARS_MS);
				if (i.type === 'system') {
					expect(i.direction).toBe('internal');
					expect(i.contact).toBeNull();
				}
				if (i.next_step_date !== null) expect(i.next_step_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			}
			expect(data.crm_interactions.some((i) => i.type === 'system')).toBe(true);
		});

		// Deadlines, planned checks and planned absences lie ahead by nature.
		const AHEAD = new Set(['crm_service_absences.starts_at', 'crm_service_absences.ends_at', 'crm_service_requests.response_due_at', 'crm_service_requests.resolution_due_at', 'crm_service_requests.next_check_at']);

		test('timestamps are UTC ISO strings, and not after now except deadlines and planned absences', () => {
			const isoUtc = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
			for (const table of DEMO_TABLES) {
				const timestamps = collection(table).fields.filter((f) => f.type === 'timestamp');
				for (const row of rowsOf(data, table)) {
					for (const f of timestamps) {
						const value = row[f.field];
						if (value === null) continue;
						expect(value).toMatch(isoUtc);
						if (!AHEAD.has(`${table}.${f.field}`)) expect(Date.parse(value as string)).toBeLessThanOrEqual(NOW_MS);
					}
					if ('date_updated' in row) expect(row['date_updated']).toBeNull();
					if ('user_created' in row) expect(row['user_created']).toBeNull();
				}
			}
		});

		test('teams and reps: North team, Rita Rep first, every rep owns customers', () => {
			const [north] = data.crm_teams;
			expect(north?.name).toBe('North team');
			for (const t of data.crm_teams) expect(t.manager).toBeNull();
			const [rita] = data.crm_sales_reps;
			expect(rita).toMatchObject({ name: 'Rita Rep', email: 'rita.rep@example.com', team: north?.id, user: null });
			for (const t of data.crm_teams) expect(data.crm_sales_reps.filter((r) => r.team === t.id).length).toBeGreaterThanOrEqual(3);
			const owners = new Set(data.crm_customers.map((c) => c.owner));
			for (const r of data.crm_sales_reps) expect(owners.has(r.id), r.name).toBe(true);
		});

		test('product groups form a 2–3 level tree, parents first', () => {
			const depth = new Map<string, number>();
			for (const g of data.crm_product_groups) {
				if (g.parent === null) depth.set(g.id, 1);
				else {
					expect(depth.has(g.parent)).toBe(true);
					depth.set(g.id, depth.get(g.parent)! + 1);
				}
			}
			expect(Math.max(...depth.values())).toBe(3);
			const used = new Set(data.crm_products.map((p) => p.group));
			for (const g of used) expect(data.crm_product_groups.some((x) => x.parent === g)).toBe(false);
		});

		test('m2m links are unique and respect segment applies_to', () => {
			const appliesTo = new Map(data.crm_market_segments.map((s) => [s.id, s.applies_to]));
			const pairs = (rows: Row[], a: string, b: string) => rows.map((r) => `${String(r[a])}|${String(r[b])}`);
			for (const [table, a, b] of [
				['crm_customers_customer_groups', 'crm_customers_id', 'crm_customer_groups_id'],
				['crm_customers_market_segments', 'crm_customers_id', 'crm_market_segments_id'],
				['crm_products_market_segments', 'crm_products_id', 'crm_market_segments_id'],
			] as const) {
				const p = pairs(rowsOf(data, table), a, b);
				expect(new Set(p).size, table).toBe(p.length);
			}
			for (const l of data.crm_customers_market_segments) expect(appliesTo.get(l.crm_market_segments_id)).not.toBe('products');
			for (const l of data.crm_products_market_segments) expect(appliesTo.get(l.crm_market_segments_id)).not.toBe('customers');
		});

		test('status and currency mix looks like a real customer base', () => {
			const share = (pred: (c: DemoData['crm_customers'][number]) => boolean) => data.crm_customers.filter(pred).length / data.crm_customers.length;
			expect(share((c) => c.status === 'active')).toBeGreaterThan(0.4);
			expect(share((c) => c.status === 'blocked' || c.status === 'lost')).toBeLessThan(0.25);
			expect(share((c) => c.currency === 'EUR')).toBeGreaterThan(0.5);
			expect(share((c) => c.kind === 'company')).toBeGreaterThan(0.6);
		});
	});
});

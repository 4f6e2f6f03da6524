import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.ts';
import { collections as MODEL } from '../../scripts/schema/define-model.ts';
import { type Answer, inPool, meets, Session } from '../support/probe-runner.ts';
import { isTemplateField, kindOf, type LiveField, type LiveRelation, manyToOneOf, type Probe, probesFor, type SchemaFacts } from '../support/schema-probes.ts';
import type { TestInstance } from '../support/test-instance.ts';

type Row = Record<string, any>;
type Mode = 'create' | 'create batch' | 'update' | 'update batch';
type Expected = NonNullable<Probe['create']>;

interface Mismatch {
	role: string;
	mode: Mode;
	field: string;
	value: string;
	expected: Expected;
	got: Answer;
}

/** How many probes ran, and what went wrong, on one database: the closing note quotes these figures. */
interface Tally {
	probes: number;
	serverErrors: number;
	mismatches: number;
	storedChanges: number;
}

/** What one collection's sweep found on one database. */
interface Outcome {
	mismatches: Mismatch[];
	countsBefore: Record<string, number>;
	countsAfter: Record<string, number>;
	changed: Record<string, [before: unknown, after: unknown]>;
}

/** Requests in flight per database: enough to keep one Directus process busy. */
const POOL = 6;

/** What a role may write, as GET /permissions/me tells it: per collection, the fields of its create and update permissions. */
type WriteAccess = Record<string, Record<'create' | 'update', { access: 'none' | 'partial' | 'full'; fields?: string[] }>>;

interface SweptRole {
	name: string;
	session: Session;
	mayBeForbidden: boolean;
	/** Null for the administrator, who may write everything. */
	access: WriteAccess | null;
}

/** One database under the sweep: its sessions, its live schema, its running tally. */
class SweptDatabase {
	readonly admin: Session;
	readonly roles: SweptRole[];
	readonly tally: Tally = { probes: 0, serverErrors: 0, mismatches: 0, storedChanges: 0 };
	facts: SchemaFacts = { relations: [] };
	fields: LiveField[] = [];
	collections: Row[] = [];
	readonly instance: TestInstance;

	constructor(instance: TestInstance) {
		this.instance = instance;
		this.admin = new Session(instance, instance.adminEmail, instance.adminPassword);
		this.roles = [
			{ name: 'admin', session: this.admin, mayBeForbidden: false, access: null },
			{ name: 'sales rep', session: new Session(instance, 'rita.rep@example.com', instance.demoPassword), mayBeForbidden: true, access: null },
		];
	}

	async load(): Promise<void> {
		this.fields = (await this.admin.send('GET', '/fields')).json.data;
		this.facts = { relations: (await this.admin.send('GET', '/relations')).json.data as LiveRelation[] };
		this.collections = ((await this.admin.send('GET', '/collections')).json.data as Row[]).filter((c) => c['collection'].startsWith('crm_') && c['schema']);
		for (const role of this.roles.filter((r) => r.mayBeForbidden)) role.access = (await role.session.send('GET', '/permissions/me')).json.data as WriteAccess;
	}

	/** Sends every probe of every field of `collection` as each role, in every form, and checks what was stored. */
	async sweep(collection: string): Promise<Outcome> {
		const own = this.fields.filter((f) => f.collection === collection);
		const singleton = Boolean(this.collections.find((c) => c['collection'] === collection)?.['meta']?.['singleton']);
		const pk = own.find((f) => f.schema?.is_primary_key)!.field;
		const item = await this.pickItem(collection, pk, singleton);
		if (!item) throw new Error(`the test data holds no ${collection} item`);
		const writable = own.filter((f) => isTemplateField(this.facts, f));
		const template = Object.fromEntries(writable.filter((f) => item[f.field] !== undefined).map((f) => [f.field, item[f.field]]));
		const watched = [collection, 'directus_users', 'directus_files', ...own.map((f) => manyToOneOf(this.facts, f)?.related_collection).filter((c): c is string => Boolean(c) && !c!.startsWith('directus_'))];
		const countsBefore = await this.countAll(watched);
		const probes = own.flatMap((f) => probesFor(this.facts, f) ?? []);
		const mismatches: Mismatch[] = [];

		for (const [r, role] of this.roles.entries()) {
			const sent = probesOfRole(probes, role, collection);
			const batched = batchProbes(sent, r);
			const tasks = sent
				.filter((p) => p.update.answer !== 'accepted')
				.flatMap((probe) => requestsFor(probe, collection, pk, item, template, singleton, batched.has(probe)).map(([mode, expected, send]) => async () => this.record(role, mode, probe, expected, await send(role.session), mismatches)));
			await inPool(POOL, tasks);
			// Clearing a nullable field is a real change: one at a time, each put back at once.
			for (const probe of sent.filter((p) => p.update.answer === 'accepted')) {
				const answer = await role.session.answer('PATCH', itemPath(collection, item[pk], singleton), { [probe.field]: null });
				this.record(role, 'update', probe, probe.update, answer, mismatches);
				if (answer.status < 300) await this.admin.send('PATCH', itemPath(collection, item[pk], singleton), { [probe.field]: item[probe.field] });
			}
		}

		const after = (await this.readItem(collection, pk, singleton, item[pk]))!;
		const countsAfter = await this.countAll(watched);
		// What clients write must be as it was; computed fields and stamps may follow the put-back update.
		const changed = Object.fromEntries(writable.filter((f) => JSON.stringify(after[f.field]) !== JSON.stringify(item[f.field])).map((f) => [f.field, [item[f.field], after[f.field]] as [unknown, unknown]]));
		this.tally.storedChanges += Object.keys(changed).length + Object.keys(countsAfter).filter((c) => countsAfter[c] !== countsBefore[c]).length;
		return { mismatches, countsBefore, countsAfter, changed };
	}

	private record(role: SweptRole, mode: Mode, probe: Probe, expected: Expected, got: Answer, into: Mismatch[]): void {
		this.tally.probes++;
		if (got.status >= 500) this.tally.serverErrors++;
		if (meets(got, expected, probe.field, role.mayBeForbidden)) return;
		this.tally.mismatches++;
		into.push({ role: role.name, mode, field: probe.field, value: probe.label, expected, got });
	}

	private async readItem(collection: string, pk: string, singleton: boolean, key: unknown): Promise<Row | undefined> {
		if (singleton) return (await this.admin.send('GET', `/items/${collection}`)).json.data;
		return (await this.admin.send('GET', `/items/${collection}/${key}`)).json.data;
	}

	/** The first of a few items that the administrator may change at all, so that clearing a field tests null and not a lock. */
	private async pickItem(collection: string, pk: string, singleton: boolean): Promise<Row | undefined> {
		if (singleton) return this.readItem(collection, pk, singleton, null);
		const items = (await this.admin.send('GET', `/items/${collection}?limit=5&sort=${pk}`)).json.data as Row[];
		for (const item of items) if ((await this.admin.send('PATCH', `/items/${collection}/${item[pk]}`, {})).status < 300) return this.readItem(collection, pk, singleton, item[pk]);
		return items[0];
	}

	private async countAll(names: string[]): Promise<Record<string, number>> {
		const counts: Record<string, number> = {};
		for (const name of [...new Set(names)]) {
			const path = name.startsWith('directus_') ? `/${name.slice('directus_'.length)}` : `/items/${name}`;
			const { data } = (await this.admin.send('GET', `${path}?aggregate[count]=*`)).json;
			counts[name] = Number((Array.isArray(data) ? data[0] : data).count);
		}
		return counts;
	}
}

const itemPath = (collection: string, key: unknown, singleton: boolean) => (singleton ? `/items/${collection}` : `/items/${collection}/${key}`);

type Request = [Mode, Expected, (session: Session) => Promise<Answer>];

/** Whether `role` may write `field` of `collection` at all, by create or update. */
function mayWrite(access: WriteAccess, collection: string, field: string): boolean {
	const rules = access[collection];
	if (!rules) return false;
	return (['create', 'update'] as const).some((action) => rules[action].access !== 'none' && (rules[action].fields ?? []).some((f) => f === '*' || f === field));
}

/**
 * The probes a role sends: every value of a field it may write (where its permissions and the CRM's rules
 * meet), and one value of each other field (a refusal that must still be clean: a 4xx, nothing stored).
 * Every wrong value of such a field meets the same permission check, so the others would repeat it.
 */
function probesOfRole(probes: readonly Probe[], role: SweptRole, collection: string): Probe[] {
	if (!role.access) return [...probes];
	const access = role.access;
	const firstOfField = new Set<string>();
	return probes.filter((probe) => {
		if (mayWrite(access, collection, probe.field)) return true;
		const key = `${probe.field}:${probe.update.answer === 'accepted'}`;
		if (firstOfField.has(key)) return false;
		firstOfField.add(key);
		return true;
	});
}

/**
 * The probes also sent in the batch forms: one wrong value per field, a different one for each role.
 * A batch reaches the same per-item hooks as a single write, so every field goes through each batch form
 * and every value through the single forms, at half the requests of sending every value in every form.
 */
function batchProbes(probes: readonly Probe[], roleIndex: number): Set<Probe> {
	const byField = new Map<string, Probe[]>();
	for (const probe of probes.filter((p) => p.update.answer !== 'accepted')) byField.set(probe.field, [...(byField.get(probe.field) ?? []), probe]);
	return new Set([...byField.values()].map((list) => list[roleIndex % list.length]!));
}

/** The ways a client can send one wrong value: create and update, one item and (for the batch probes) a batch. */
function requestsFor(probe: Probe, collection: string, pk: string, item: Row, template: Row, singleton: boolean, batch: boolean): Request[] {
	const path = itemPath(collection, item[pk], singleton);
	const bad = { ...template, [probe.field]: probe.value };
	const requests: Request[] = [];
	// A singleton is never created (Directus answers 404), and a batch names each item by its key.
	if (probe.create && !singleton) {
		requests.push(['create', probe.create, (s) => s.answer('POST', `/items/${collection}`, bad)]);
		if (batch) requests.push(['create batch', probe.create, (s) => s.answer('POST', `/items/${collection}`, [bad])]);
	}
	requests.push(['update', probe.update, (s) => s.answer('PATCH', path, { [probe.field]: probe.value })]);
	if (batch && !singleton && probe.field !== pk) requests.push(['update batch', probe.update, (s) => s.answer('PATCH', `/items/${collection}`, [{ [pk]: item[pk], [probe.field]: probe.value }])]);
	return requests;
}

// Both databases are swept at once: each Directus process is single-threaded, so this halves the time.
describe('generated validation sweep on SQLite and PostgreSQL', () => {
	const databases = inject('instances').map((instance) => new SweptDatabase(instance));

	beforeAll(async () => {
		await Promise.all(databases.map((db) => db.load()));
	});

	afterAll(() => {
		mkdirSync(join(ROOT, 'tests', '.artifacts'), { recursive: true });
		for (const db of databases) {
			writeFileSync(join(ROOT, 'tests', '.artifacts', `validation-sweep-${db.instance.name}.json`), JSON.stringify(db.tally, null, 2));
			console.log(`SWEEP ${db.instance.name} probes=${db.tally.probes} server_errors=${db.tally.serverErrors} mismatches=${db.tally.mismatches} stored_changes=${db.tally.storedChanges}`);
		}
	});

	test('every CRM collection and every field of the live schema has probes', () => {
		for (const db of databases) {
			expect(db.collections.map((c) => c['collection']).sort()).toEqual(MODEL.map((c) => c.collection).sort());
			const crmFields = db.fields.filter((f) => f.collection.startsWith('crm_'));
			const uncovered = crmFields.filter((f) => !probesFor(db.facts, f)?.length).map((f) => `${f.collection}.${f.field} (${f.type}, ${kindOf(db.facts, f)})`);
			expect(uncovered).toEqual([]);
			expect(crmFields.length).toBeGreaterThan(600);
		}
	});

	test.each(MODEL.map((c) => c.collection))('%s: every wrong value in every field is refused with its code, never a 5xx, and nothing is stored', async (collection) => {
		const outcomes = await Promise.all(databases.map((db) => db.sweep(collection)));
		for (const [i, outcome] of outcomes.entries()) {
			const name = databases[i]!.instance.name;
			expect({ name, mismatches: outcome.mismatches }).toEqual({ name, mismatches: [] });
			expect({ name, counts: outcome.countsAfter }).toEqual({ name, counts: outcome.countsBefore });
			expect({ name, changed: outcome.changed }).toEqual({ name, changed: {} });
		}
	});
});

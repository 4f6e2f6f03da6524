import { mkdirSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { seedDemoData } from '../seed/seed-demo-data.ts';
import { createKnexFromEnv } from '../seed/knex-from-env.ts';
import { runDirectusCli } from './directus-process.ts';
import { collections } from '../schema/define-model.ts';
import type { Model } from '../../packages/crm-install/src/plan/model.ts';
import { MODEL_JSON, readJson, readMigrations } from '../schema/module-files.ts';
import { ROOT, SNAPSHOT_PATH } from './paths.ts';
import { explainForeignSchema, findForeignSchema, knownSchemaOf } from './foreign-schema.ts';
import { type Step, silentSteps } from './progress.ts';
import { databaseKey, readAccessFrom, readAppliedHash, snapshotHash, writeAccessFrom, writeAppliedHash } from './schema-state.ts';

export interface PrepareOptions {
	env: Record<string, string | undefined>;
	/** Where the applied-snapshot marker lives. */
	dataDir: string;
	seedScale: number;
	/** Runs and reports each step (bootstrap, schema, seeding); silent unless given. */
	step?: Step;
}

/** Refuses a database that holds anything but the CRM: `schema apply` mirrors the snapshot and would delete it. */
async function assertOnlyTheCrm(knex: ReturnType<typeof createKnexFromEnv>): Promise<void> {
	const present = {
		collections: ((await knex('directus_collections').select('collection')) as { collection: string }[]).map((r) => r.collection),
		fields: (await knex('directus_fields').select('collection', 'field')) as { collection: string; field: string }[],
	};
	const known = knownSchemaOf([collections, readJson<Model>(MODEL_JSON).collections], readMigrations());
	const refusal = explainForeignSchema(findForeignSchema(known, present));
	if (refusal) throw new Error(refusal);
}

async function hasEveryCollection(knex: ReturnType<typeof createKnexFromEnv>): Promise<boolean> {
	const rows: { collection: string }[] = await knex('directus_collections').select('collection');
	const present = new Set(rows.map((r) => r.collection));
	return collections.every((c) => present.has(c.collection));
}

/**
 * The snapshot is the newest model, so a project it was applied to holds every schema version: say so
 * in the registry, as `crm-module install` does, so that `crm-module upgrade` later knows where it starts.
 */
async function recordSchemaVersions(knex: ReturnType<typeof createKnexFromEnv>): Promise<number> {
	const rows: { id: number; status: string }[] = await knex('crm_schema_migrations').select('id', 'status');
	const known = new Set(rows.map((r) => Number(r.id)));
	const missing = readMigrations().filter((m) => !known.has(m.version));
	if (missing.length) await knex('crm_schema_migrations').insert(missing.map((m) => ({ id: m.version, name: m.name, status: 'done', progress: null, applied_at: new Date() })));
	return Math.max(0, ...rows.filter((r) => r.status === 'done').map((r) => Number(r.id)));
}

// The seed fills some seventy tables; the line names those a newcomer looks for and counts the rest.
const HEADLINE_TABLES = ['crm_customers', 'crm_contacts', 'crm_products', 'crm_interactions', 'crm_orders', 'crm_invoices', 'crm_service_requests'];

function seedSummary(counts: Record<string, number>): string {
	const named = HEADLINE_TABLES.filter((t) => t in counts).map((t) => `${t.replace(/^crm_/, '').replace(/_/g, ' ')} ${counts[t]}`);
	const total = Object.values(counts).reduce((a, n) => a + n, 0);
	return `${named.join(', ')}; ${total} rows in ${Object.keys(counts).length} tables`;
}

/**
 * Bootstrap (install or migrate), apply the CRM schema when it changed, seed demo data into an empty CRM. Answers
 * also the schema version the database held before (0 when new), for the access step's new panels.
 */
export async function prepareInstance({ env, dataDir, seedScale, step = silentSteps }: PrepareOptions): Promise<{ seeded: boolean; schemaApplied: boolean; installedBefore: number }> {
	mkdirSync(dataDir, { recursive: true });
	for (const key of ['EXTENSIONS_PATH', 'STORAGE_LOCAL_ROOT']) {
		const dir = env[key];
		if (dir) mkdirSync(isAbsolute(dir) ? dir : join(ROOT, dir), { recursive: true });
	}

	await step('bootstrapping the database', () => runDirectusCli(['bootstrap'], env));

	const dbKey = databaseKey(env);
	const hash = snapshotHash();
	const knex = createKnexFromEnv(env, ROOT);
	let schemaApplied = false;

	try {
		// The marker saves a few seconds per start; the collection check catches a database recreated under the same name.
		if (readAppliedHash(dataDir, dbKey) !== hash || !(await hasEveryCollection(knex))) {
			await assertOnlyTheCrm(knex);
			await step('applying the schema (schema/snapshot.yaml)', () => runDirectusCli(['schema', 'apply', '--yes', SNAPSHOT_PATH], env));
			writeAppliedHash(dataDir, dbKey, hash);
			schemaApplied = true;
		}
		// Until the access step has run (start.ts clears it), a later start still places what came after this version.
		const held = await recordSchemaVersions(knex);
		const installedBefore = Math.min(held, readAccessFrom(dataDir, dbKey) ?? held);
		writeAccessFrom(dataDir, dbKey, installedBefore);

		if (seedScale <= 0) return { seeded: false, schemaApplied, installedBefore };
		const result = await step(`seeding demo data (scale ${seedScale})`, () => seedDemoData(knex, { scale: seedScale }), (r) => (r.seeded ? seedSummary(r.counts ?? {}) : 'already there'));
		return { seeded: result.seeded, schemaApplied, installedBefore };
	} finally {
		await knex.destroy();
	}
}

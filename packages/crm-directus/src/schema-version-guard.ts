import { judgeSchemaVersion, type RecordedVersion } from '@crm/core';
import type { Knex } from 'knex';

const REGISTRY = 'crm_schema_migrations';

interface Checked {
	at: number;
	/** Null: the module's schema is not installed (no registry), so there is nothing of ours to guard. */
	records: RecordedVersion[] | null;
}

let checked: Checked | null = null;

async function readRecords(knex: Knex): Promise<RecordedVersion[] | null> {
	if (!(await knex.schema.hasTable(REGISTRY))) return null;
	return (await knex(REGISTRY).select('id', 'status')).map((r: { id: number | string; status: string }) => ({ version: Number(r.id), status: r.status }));
}

/**
 * Throws CRM_SCHEMA_UNSUPPORTED when the project's CRM schema is not the version these extensions
 * were built for (a write to the registry itself passes). The registry is read at most once per `ttlMs` per process, so an upgrade through
 * one instance reaches the others within that time.
 */
export async function assertSupportedSchema(knex: Knex, ttlMs: number, collection?: string): Promise<void> {
	// The installer writes the registry itself while versions change: that write is never refused.
	if (collection === REGISTRY) return;
	if (!checked || Date.now() - checked.at > ttlMs) checked = { at: Date.now(), records: await readRecords(knex) };
	if (checked.records === null) return;
	const problem = judgeSchemaVersion(checked.records);
	if (problem) throw problem;
}

/**
 * Whether scheduled work may run: the schema is installed, supported, and no install or upgrade is
 * running (its tables may not all exist yet; the jobs catch up on their next run).
 */
export async function isSchemaSupported(knex: Knex, ttlMs: number): Promise<boolean> {
	try {
		await assertSupportedSchema(knex, ttlMs);
		return Boolean(checked?.records && !checked.records.some((r) => r.status === 'running'));
	} catch {
		return false;
	}
}

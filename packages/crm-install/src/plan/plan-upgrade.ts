import type { Migration, MigrationRecord } from './migration.ts';

export interface UpgradePlan {
	/** The highest version the project holds completely; 0 when the module is not installed. */
	installed: number;
	/** The newest version this module knows. */
	latest: number;
	/** What remains to run, oldest first; the first may be one an interrupted run left half done. */
	pending: Migration[];
	/** The record of an interrupted migration, whose progress says where to go on. */
	resume: MigrationRecord | null;
}

/** Throws unless the migrations are numbered 1, 2, 3… without a gap or a repeat. */
export function assertMigrationSequence(migrations: readonly Migration[]): void {
	migrations.forEach((m, i) => {
		if (m.version !== i + 1) throw new Error(`Migration ${m.name} has version ${m.version}; expected ${i + 1}: versions are numbered 1, 2, 3… without gaps.`);
	});
}

/** Which migrations a project still needs, from the module's list and the project's records. */
export function planUpgrade(migrations: readonly Migration[], records: readonly MigrationRecord[]): UpgradePlan {
	assertMigrationSequence(migrations);
	const latest = migrations.length;
	const done = records.filter((r) => r.status === 'done').map((r) => r.version);
	const installed = done.length ? Math.max(...done) : 0;
	const newest = Math.max(0, ...records.map((r) => r.version));
	if (newest > latest) throw new Error(`The project holds CRM schema version ${newest}, newer than this module's ${latest}: install the module's newer release, then run this command again.`);
	const resume = records.find((r) => r.status === 'running') ?? null;
	return { installed, latest, pending: migrations.filter((m) => m.version > installed), resume };
}

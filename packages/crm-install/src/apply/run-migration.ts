import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Migration, MigrationRecord } from '../plan/migration.ts';
import type { DirectusApi } from './directus-api.ts';
import type { RegistryStore } from './registry-store.ts';
import { runSchemaStep } from './run-schema-step.ts';
import type { SchemaState } from './schema-state.ts';

/** A data migration: called batch by batch with where it got to, until it says it is done. */
export interface DataMigration {
	runBatch(api: DirectusApi, checkpoint: unknown): Promise<{ checkpoint: unknown; done: boolean }>;
}

export interface MigrationRun {
	api: DirectusApi;
	registry: RegistryStore;
	state: SchemaState;
	migrationsDir: string;
	log: (line: string) => void;
}

async function runData(run: MigrationRun, script: string, checkpoint: unknown, save: (checkpoint: unknown) => Promise<void>): Promise<void> {
	const module = (await import(pathToFileURL(join(run.migrationsDir, script)).href)) as DataMigration;
	for (;;) {
		const result = await module.runBatch(run.api, checkpoint);
		await save(result.checkpoint);
		if (result.done) return;
		checkpoint = result.checkpoint;
	}
}

/**
 * Runs one migration from where its record says it stopped: schema steps that already happened are
 * passed over, a data step goes on from its last saved batch. Progress is saved after every step and
 * batch, so a killed run loses at most the batch it was in.
 */
export async function runMigration(run: MigrationRun, migration: Migration, records: readonly MigrationRecord[]): Promise<void> {
	await run.registry.start(migration, records);
	const progress = records.find((r) => r.version === migration.version)?.progress ?? { step: 0, checkpoint: null };
	for (let i = progress.step; i < migration.steps.length; i++) {
		const step = migration.steps[i]!;
		if (step.kind === 'data') {
			run.log(`  ${migration.version} ${migration.name}: data ${step.script}`);
			await runData(run, step.script, i === progress.step ? progress.checkpoint : null, (checkpoint) => run.registry.saveProgress(migration.version, { step: i, checkpoint }));
		} else {
			await runSchemaStep(run.api, step, run.state);
		}
		await run.registry.saveProgress(migration.version, { step: i + 1, checkpoint: null });
	}
	await run.registry.finish([migration]);
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AccessModel } from '../plan/access-model.ts';
import type { Migration } from '../plan/migration.ts';
import type { Model } from '../plan/model.ts';

/** What one release of the module consists of: its model, its access and its numbered migrations. */
export interface ModuleFiles {
	model: Model;
	access: AccessModel;
	migrations: Migration[];
	/** Where the migrations and their data scripts are. */
	migrationsDir: string;
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** Reads `model.json`, `access.json` and `migrations/NNNN-*.json` of a schema folder. */
export function loadModuleFiles(schemaDir: string, migrationsDir = join(schemaDir, 'migrations')): ModuleFiles {
	const migrations = readdirSync(migrationsDir)
		.filter((name) => /^\d{4}-.+\.json$/.test(name))
		.sort()
		.map((name) => readJson<Migration>(join(migrationsDir, name)));
	return { model: readJson<Model>(join(schemaDir, 'model.json')), access: readJson<AccessModel>(join(schemaDir, 'access.json')), migrations, migrationsDir };
}

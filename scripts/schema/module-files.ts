import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Migration } from '../../packages/crm-install/src/plan/migration.ts';
import type { Model } from '../../packages/crm-install/src/plan/model.ts';
import { ACCESS_MODEL } from '../access/define-access.ts';
import { ROOT } from '../lib/paths.ts';
import { collections, relations } from './define-model.ts';

/** The model and access definitions as data, for the installer (which carries no TypeScript sources of ours). */
export const MODEL_JSON = join(ROOT, 'schema', 'model.json');
export const ACCESS_JSON = join(ROOT, 'schema', 'access.json');
export const MIGRATIONS_DIR = join(ROOT, 'schema', 'migrations');

export const currentModel = (): Model => JSON.parse(JSON.stringify({ collections, relations })) as Model;
export const currentAccess = () => JSON.parse(JSON.stringify(ACCESS_MODEL)) as typeof ACCESS_MODEL;
export const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
export const writeJson = (path: string, value: unknown) => writeFileSync(path, `${JSON.stringify(value, null, '\t')}\n`);

/** The numbered migrations in the repository, oldest first. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
	return readdirSync(dir)
		.filter((name) => /^\d{4}-.+\.json$/.test(name))
		.sort()
		.map((name) => readJson<Migration>(join(dir, name)));
}

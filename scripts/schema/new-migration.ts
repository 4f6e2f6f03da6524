// Describes a change of define-model.ts as the next numbered migration: the steps that turn the
// released model (schema/model.json) into the edited one, then makes the edited one the released one.
// npm run schema:migration -- <short-name>     (then npm run schema:generate for snapshot.yaml)
import { join } from 'node:path';
import { diffModels } from '../../packages/crm-install/src/plan/diff-models.ts';
import type { Migration } from '../../packages/crm-install/src/plan/migration.ts';
import type { Model } from '../../packages/crm-install/src/plan/model.ts';
import { currentModel, MIGRATIONS_DIR, MODEL_JSON, readJson, readMigrations, writeJson } from './module-files.ts';
import { writeAccessJson } from './supersede-permissions.ts';

const name = process.argv[2];
if (!name || !/^[a-z0-9-]+$/.test(name)) {
	console.error('usage: npm run schema:migration -- <short-name, e.g. add-survey-score>');
	process.exit(2);
}

const steps = diffModels(readJson<Model>(MODEL_JSON), currentModel());
if (steps.length === 0) {
	console.error('define-model.ts matches schema/model.json: there is nothing to migrate.');
	process.exit(1);
}

const version = readMigrations().length + 1;
const migration: Migration = { version, name, steps };
const file = join(MIGRATIONS_DIR, `${String(version).padStart(4, '0')}-${name}.json`);
writeJson(file, migration);
writeJson(MODEL_JSON, currentModel());
writeAccessJson();
console.log(`wrote ${file} (${steps.length} steps) and schema/model.json; add a data step by hand if existing rows need new values`);

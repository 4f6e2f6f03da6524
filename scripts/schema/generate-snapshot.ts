// Builds schema/snapshot.yaml from define-model.ts: a scratch PostgreSQL Directus (PostgreSQL keeps
// uuid foreign keys typed as uuid; a SQLite snapshot would turn them into strings) gets the collections,
// fields and relations through the API, then `directus schema snapshot` writes the file.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AdminClient } from '../lib/admin-client.ts';
import { runDirectusCli, startDirectus } from '../lib/directus-process.ts';
import { findFreePort } from '../lib/free-port.ts';
import { createPgDatabase, dropPgDatabase, pgEnv, pgTargetFromEnv } from '../lib/pg-database.ts';
import { SNAPSHOT_PATH } from '../lib/paths.ts';
import { collections, relations } from './define-model.ts';

const dir = mkdtempSync(join(tmpdir(), 'crm-schema-'));
const port = await findFreePort();
const pg = pgTargetFromEnv();
const database = `crm_schema_${randomBytes(4).toString('hex')}`;
await createPgDatabase(pg, database);
const configPath = join(dir, 'schema.env');
writeFileSync(configPath, '');
const env = {
	...process.env,
	// An empty config file, so that the developer's .env (which Directus prefers) does not apply here.
	CONFIG_PATH: configPath,
	KEY: randomBytes(16).toString('hex'),
	SECRET: randomBytes(16).toString('hex'),
	...pgEnv(pg, database),
	ADMIN_EMAIL: 'admin@example.com',
	ADMIN_PASSWORD: 'schema-admin',
	PORT: String(port),
	EXTENSIONS_PATH: join(dir, 'extensions'),
	PACKAGE_FILE_LOCATION: dir,
	TELEMETRY: 'false',
	LOG_LEVEL: 'warn',
	// Creating a few hundred fields one after another is no reason to shed load on a busy machine.
	PRESSURE_LIMITER_ENABLED: 'false',
};

await runDirectusCli(['bootstrap'], env);
const directus = await startDirectus(env);

try {
	const api = await AdminClient.login(directus.url, env.ADMIN_EMAIL, env.ADMIN_PASSWORD);

	for (const c of collections) {
		const [pk, ...rest] = c.fields;
		await api.request('POST', '/collections', { collection: c.collection, meta: c.meta, schema: {}, fields: [pk] });
		for (const field of rest) await api.request('POST', `/fields/${c.collection}`, field);
	}

	for (const r of relations) await api.request('POST', '/relations', r);

	await runDirectusCli(['schema', 'snapshot', '--yes', '--format', 'yaml', SNAPSHOT_PATH], env);
	console.log(`wrote ${SNAPSHOT_PATH}`);
} finally {
	await directus.stop();
	rmSync(dir, { recursive: true, force: true });
	await dropPgDatabase(pg, database);
}

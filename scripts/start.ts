// npm start: one command from a fresh clone to a running CRM on http://localhost:8055 (or the PORT given on first start).
import { basename, join } from 'node:path';
import { AdminClient } from './lib/admin-client.ts';
import { startDirectus } from './lib/directus-process.ts';
import { ensureEnvFile } from './lib/env-file.ts';
import { buildExtensions, staleExtensions } from './lib/extensions-build.ts';
import { ROOT } from './lib/paths.ts';
import { prepareInstance } from './lib/prepare-instance.ts';
import { printedSteps } from './lib/progress.ts';
import { databaseKey, writeAccessFrom } from './lib/schema-state.ts';
import { seedAccess } from './lib/seed-access.ts';

const started = Date.now();
const log = (line: string) => console.log(`[crm] ${line}`);
const step = printedSteps(log);
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

// Directus reads CONFIG_PATH (default ./.env) and lets that file win over the process environment; so do we.
// Only the first start, which writes the file, takes PORT, PUBLIC_URL, DB_* … from the environment.
const configPath = process.env['CONFIG_PATH'] ?? join(ROOT, '.env');
const { env: fileEnv, created, ignored } = ensureEnvFile(configPath, process.env);
if (created) log(`created ${configPath} with random secrets (${fileEnv['DB_CLIENT'] === 'sqlite3' ? `SQLite at ${fileEnv['DB_FILENAME']}` : `database ${fileEnv['DB_CLIENT']}`}, port ${fileEnv['PORT']})`);
if (ignored.length) log(`${configPath} wins over the environment for ${ignored.join(', ')}: edit the file to change them`);
// One frozen schema for every request instead of a deep copy per request (a switch of Directus; README, Speed), unless
// the file or the environment says otherwise.
const env = { CACHE_SCHEMA_FREEZE_ENABLED: 'true', ...process.env, ...fileEnv, CONFIG_PATH: configPath } as Record<string, string>;

const stale = staleExtensions();
if (stale.length) {
	await step(`building ${stale.length} extension(s)`, () => buildExtensions(stale, (dir, i) => log(`  built ${basename(dir)} (${i + 1}/${stale.length})`)));
}

const dataDir = join(ROOT, 'data');
const { installedBefore } = await prepareInstance({ env, dataDir, seedScale: Number(env['CRM_SEED_SCALE'] ?? 1), step });

const directus = await step(`starting Directus on port ${env['PORT'] ?? 8055}`, () => startDirectus({ ...env }, { inheritOutput: true }));
const logins = await step('roles, policies and demo users', async () => {
	const api = await AdminClient.login(directus.url, env['ADMIN_EMAIL']!, env['ADMIN_PASSWORD']!);
	const seeded = await seedAccess(api, { password: env['CRM_DEMO_PASSWORD'] ?? 'demo-crm-2026', upgradedFrom: installedBefore });
	writeAccessFrom(dataDir, databaseKey(env), null);
	return seeded;
});

const publicUrl = env['PUBLIC_URL'] ?? `http://localhost:${env['PORT'] ?? 8055}`;
console.log(`
CRM ready in ${seconds()} — open ${publicUrl}/admin

  Administrator                 ${env['ADMIN_EMAIL']}  /  ${env['ADMIN_PASSWORD']}   (from ${configPath})
${logins.map((l) => `  ${l.role.padEnd(29)} ${l.email}  /  ${l.password}   ${l.note}`).join('\n')}

Stop with Ctrl+C.`);

const stop = async () => {
	await directus.stop();
	process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
directus.process.on('exit', (code) => process.exit(code ?? 1));

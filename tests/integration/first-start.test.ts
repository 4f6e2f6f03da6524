import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findFreePort } from '../../scripts/lib/free-port.ts';
import { ROOT } from '../../scripts/lib/paths.ts';

/** The caller's own server and database settings stay out: the start sees only what this test gives it. */
function environmentWithout(prefixes: RegExp): NodeJS.ProcessEnv {
	return Object.fromEntries(Object.entries(process.env).filter(([key]) => !prefixes.test(key)));
}

describe('the first npm start with PORT set', () => {
	const dir = mkdtempSync(join(tmpdir(), 'crm-first-start-'));
	const configPath = join(dir, '.env');
	let port = 0;
	let start: ChildProcess;
	let output = '';
	let ready: Promise<void>;

	beforeAll(async () => {
		port = await findFreePort();
		start = spawn(process.execPath, [join(ROOT, 'scripts', 'start.ts')], {
			cwd: ROOT,
			env: {
				...environmentWithout(/^(DB_|PORT$|HOST$|PUBLIC_URL$|CONFIG_PATH$|KEY$|SECRET$|ADMIN_)/),
				CONFIG_PATH: configPath,
				PORT: String(port),
				DB_FILENAME: join(dir, 'crm.db'),
				EXTENSIONS_PATH: join(dir, 'extensions'),
				STORAGE_LOCAL_ROOT: join(dir, 'uploads'),
				// No demo data keeps the first start to bootstrap, schema and roles.
				CRM_SEED_SCALE: '0',
				PRESSURE_LIMITER_ENABLED: 'false',
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		ready = new Promise((resolve, reject) => {
			const read = (d: Buffer) => {
				output += d;
				if (output.includes('CRM ready in')) resolve();
			};
			start.stdout!.on('data', read);
			start.stderr!.on('data', read);
			start.on('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
		});
		await ready;
	}, 300_000);

	afterAll(async () => {
		if (start && start.exitCode === null) {
			const exited = new Promise((r) => start.once('exit', r));
			start.kill('SIGTERM');
			await exited;
		}
		rmSync(dir, { recursive: true, force: true });
	}, 30_000);

	test('writes the port into the new .env, with the public URL on it', () => {
		const env = parseEnv(readFileSync(configPath, 'utf8'));
		expect([env['PORT'], env['PUBLIC_URL'], env['CRM_SEED_SCALE'], env['DB_CLIENT'], env['DB_FILENAME']]).toEqual([String(port), `http://localhost:${port}`, '0', 'sqlite3', join(dir, 'crm.db')]);
	});

	test('serves on that port', async () => {
		const health = await fetch(`http://127.0.0.1:${port}/server/health`);
		expect(health.status).toBe(200);
		expect(output).toContain(`open http://localhost:${port}/admin`);
	});

	test('says what it is doing, step by step, with the time each took', () => {
		const ended = output.split('\n').filter((line) => /^\[crm\] .+: .+ \(\d+\.\d s\)$/.test(line));
		expect(ended.map((line) => line.replace(/^\[crm\] (.+?): .*$/, '$1'))).toEqual(expect.arrayContaining([
			'bootstrapping the database',
			'applying the schema (schema/snapshot.yaml)',
			`starting Directus on port ${port}`,
			'roles, policies and demo users',
		]));
	});
});

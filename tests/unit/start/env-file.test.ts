import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { afterEach, describe, expect, test } from 'vitest';
import { defaultEnvText, ensureEnvFile } from '../../../scripts/lib/env-file.ts';

const parsed = (text: string) => parseEnv(text) as Record<string, string>;

describe('the .env the first start writes', () => {
	test('without anything given: SQLite under data/, port 8055, fresh secrets each time', () => {
		const env = parsed(defaultEnvText());
		expect(env).toMatchObject({ DB_CLIENT: 'sqlite3', DB_FILENAME: './data/crm.db', PORT: '8055', PUBLIC_URL: 'http://localhost:8055', HOST: '0.0.0.0', CRM_SEED_SCALE: '1' });
		expect(env['KEY']).toHaveLength(32);
		expect(parsed(defaultEnvText())['KEY']).not.toBe(env['KEY']);
	});

	test('takes the port given in the environment, and the public URL follows it', () => {
		expect(parsed(defaultEnvText({ PORT: '3000' }))).toMatchObject({ PORT: '3000', PUBLIC_URL: 'http://localhost:3000' });
		expect(parsed(defaultEnvText({ PORT: '3000', PUBLIC_URL: 'https://crm.example.com' }))).toMatchObject({ PORT: '3000', PUBLIC_URL: 'https://crm.example.com' });
	});

	test('takes every variable it holds from the environment (host, demo size, admin…), and leaves others to the environment', () => {
		const env = parsed(defaultEnvText({ HOST: '127.0.0.1', CRM_SEED_SCALE: '0', ADMIN_EMAIL: 'me@example.org', REDIS: 'redis://cache:6379', HOME: '/home/me' }));
		expect(env).toMatchObject({ HOST: '127.0.0.1', CRM_SEED_SCALE: '0', ADMIN_EMAIL: 'me@example.org' });
		expect(env).not.toHaveProperty('REDIS');
		expect(env).not.toHaveProperty('HOME');
	});

	test('PostgreSQL given on first start replaces SQLite: every DB_* goes in, no SQLite file', () => {
		const text = defaultEnvText({ DB_CLIENT: 'pg', DB_HOST: 'db', DB_PORT: '5432', DB_DATABASE: 'crm', DB_USER: 'crm', DB_PASSWORD: 'p#ss word', DB_SSL__REJECT_UNAUTHORIZED: 'false' });
		expect(parsed(text)).toMatchObject({ DB_CLIENT: 'pg', DB_HOST: 'db', DB_PORT: '5432', DB_DATABASE: 'crm', DB_USER: 'crm', DB_PASSWORD: 'p#ss word', DB_SSL__REJECT_UNAUTHORIZED: 'false' });
		expect(parsed(text)).not.toHaveProperty('DB_FILENAME');
		expect(text).toMatch(/DB_CLIENT=pg\nDB_HOST=db\nDB_PORT=5432\nDB_DATABASE=crm\nDB_USER=crm\nDB_PASSWORD='p#ss word'\nDB_SSL__REJECT_UNAUTHORIZED=false\n/);
	});

	test('another SQLite file given on first start goes in instead of data/crm.db', () => {
		expect(parsed(defaultEnvText({ DB_FILENAME: '/srv/crm/crm.db' }))).toMatchObject({ DB_CLIENT: 'sqlite3', DB_FILENAME: '/srv/crm/crm.db' });
	});
});

describe('ensureEnvFile', () => {
	let dir = '';
	afterEach(() => rmSync(dir, { recursive: true, force: true }));
	const tempFile = () => join((dir = mkdtempSync(join(tmpdir(), 'crm-env-'))), '.env');

	test('creates the file from what the environment gives, readable by its owner only', () => {
		const path = tempFile();
		const { env, created, ignored } = ensureEnvFile(path, { PORT: '3001' });
		expect([created, ignored, env['PORT'], env['PUBLIC_URL']]).toEqual([true, [], '3001', 'http://localhost:3001']);
		expect(statSync(path).mode & 0o777).toBe(0o600);
	});

	test('an existing file wins over the environment, as in Directus, and names what it overrules', () => {
		const path = tempFile();
		writeFileSync(path, 'PORT=8055\nHOST=0.0.0.0\n');
		const { env, created, ignored } = ensureEnvFile(path, { PORT: '3000', HOST: '0.0.0.0', REDIS: 'redis://x' });
		expect([created, env['PORT'], ignored]).toEqual([false, '8055', ['PORT']]);
		expect(readFileSync(path, 'utf8')).toBe('PORT=8055\nHOST=0.0.0.0\n');
	});
});

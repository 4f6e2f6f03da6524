import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseEnv } from 'node:util';

const secret = () => randomBytes(24).toString('base64url');

/** The .env written on first start: embedded SQLite under data/, random secrets. */
export function defaultEnvText(): string {
	return [
		'# Written by the first `npm start`. Edit freely; delete it to start over with new secrets.',
		`KEY=${secret()}`,
		`SECRET=${secret()}`,
		'',
		'# Embedded default: SQLite under data/. For PostgreSQL, comment these two lines and set',
		'# DB_CLIENT=pg, DB_HOST, DB_PORT, DB_DATABASE, DB_USER, DB_PASSWORD (see README).',
		'DB_CLIENT=sqlite3',
		'DB_FILENAME=./data/crm.db',
		'',
		'ADMIN_EMAIL=admin@example.com',
		`ADMIN_PASSWORD=${secret().slice(0, 16)}`,
		'# Password of every demo user (rep, manager, marketing, service, portal customer).',
		'CRM_DEMO_PASSWORD=demo-crm-2026',
		'# Demo data size: 1 = about 1,000 customers, 3,000 contacts, 300 products, 10,000 interactions.',
		'CRM_SEED_SCALE=1',
		'',
		'HOST=0.0.0.0',
		'PORT=8055',
		'PUBLIC_URL=http://localhost:8055',
		'EXTENSIONS_PATH=./data/extensions',
		'STORAGE_LOCAL_ROOT=./data/uploads',
		'EXTENSIONS_MUST_LOAD=true',
		'WEBSOCKETS_ENABLED=false',
		'TELEMETRY=false',
		'QUERY_LIMIT_MAX=5000',
		'LOG_LEVEL=warn',
		'',
	].join('\n');
}

/** Creates `path` with fresh secrets when it does not exist; returns its variables. */
export function ensureEnvFile(path: string): { env: Record<string, string>; created: boolean } {
	let created = false;
	if (!existsSync(path)) {
		writeFileSync(path, defaultEnvText(), { mode: 0o600 });
		created = true;
	}
	return { env: parseEnv(readFileSync(path, 'utf8')) as Record<string, string>, created };
}

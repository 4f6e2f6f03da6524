import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseEnv } from 'node:util';

type Given = Record<string, string | undefined>;

const secret = () => randomBytes(24).toString('base64url');

// The database variables are written in this order after DB_CLIENT; any other DB_* follows, sorted.
const DB_ORDER = ['DB_CLIENT', 'DB_FILENAME', 'DB_CONNECTION_STRING', 'DB_HOST', 'DB_PORT', 'DB_DATABASE', 'DB_USER', 'DB_PASSWORD'];

/** Quotes a value only when dotenv would read it differently bare (spaces, #, quotes…); single quotes are literal. */
function quote(value: string): string {
	if (/^[\w.,:/@+\-*?=%~]*$/.test(value)) return value;
	return value.includes("'") ? `"${value}"` : `'${value}'`;
}

function databaseLines(given: Given): string[] {
	const client = given['DB_CLIENT'] ?? 'sqlite3';
	const db: Record<string, string> = { DB_CLIENT: client };
	if (client === 'sqlite3') db['DB_FILENAME'] = './data/crm.db';
	for (const [key, value] of Object.entries(given)) if (key.startsWith('DB_') && value !== undefined) db[key] = value;
	const rank = (key: string) => (DB_ORDER.includes(key) ? DB_ORDER.indexOf(key) : DB_ORDER.length);
	const keys = Object.keys(db).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
	const comment =
		client === 'sqlite3'
			? ['# Embedded default: SQLite under data/. For PostgreSQL, comment these lines and set', '# DB_CLIENT=pg, DB_HOST, DB_PORT, DB_DATABASE, DB_USER, DB_PASSWORD (see README).']
			: ['# The database given in the environment on the first start.'];
	return [...comment, ...keys.map((key) => `${key}=${quote(db[key]!)}`)];
}

/**
 * The .env written on first start: embedded SQLite under data/, random secrets. What the environment of
 * that first start gives (`given`) goes in instead of the defaults: every variable the file holds and
 * every DB_*, so that `PORT=3000 npm start` serves on 3000 then and later (the file wins afterwards).
 * PUBLIC_URL follows PORT unless given.
 */
export function defaultEnvText(given: Given = {}): string {
	const value = (key: string, fallback: string) => `${key}=${quote(given[key] ?? fallback)}`;
	const port = given['PORT'] ?? '8055';
	return [
		'# Written by the first `npm start`. Edit freely; delete it to start over with new secrets.',
		value('KEY', secret()),
		value('SECRET', secret()),
		'',
		...databaseLines(given),
		'',
		value('ADMIN_EMAIL', 'admin@example.com'),
		value('ADMIN_PASSWORD', secret().slice(0, 16)),
		'# Password of every demo user (rep, manager, marketing, service, portal customer).',
		value('CRM_DEMO_PASSWORD', 'demo-crm-2026'),
		'# Demo data size: 1 = about 1,000 customers, 3,000 contacts, 300 products, 10,000 interactions.',
		value('CRM_SEED_SCALE', '1'),
		'',
		value('HOST', '0.0.0.0'),
		value('PORT', port),
		value('PUBLIC_URL', `http://localhost:${port}`),
		value('EXTENSIONS_PATH', './data/extensions'),
		value('STORAGE_LOCAL_ROOT', './data/uploads'),
		value('EXTENSIONS_MUST_LOAD', 'true'),
		value('WEBSOCKETS_ENABLED', 'false'),
		value('TELEMETRY', 'false'),
		value('QUERY_LIMIT_MAX', '5000'),
		value('LOG_LEVEL', 'warn'),
		'',
	].join('\n');
}

export interface EnvFile {
	env: Record<string, string>;
	created: boolean;
	/** Variables the environment sets to another value than the existing file, which wins: worth a word at start. */
	ignored: string[];
}

/** Creates `path` from `given` and fresh secrets when it does not exist; returns its variables. */
export function ensureEnvFile(path: string, given: Given = {}): EnvFile {
	const created = !existsSync(path);
	if (created) writeFileSync(path, defaultEnvText(given), { mode: 0o600 });
	const env = parseEnv(readFileSync(path, 'utf8')) as Record<string, string>;
	const ignored = created ? [] : Object.keys(env).filter((key) => given[key] !== undefined && given[key] !== env[key]);
	return { env, created, ignored };
}

import pg from 'pg';

export interface PgTarget {
	host: string;
	port: number;
	user: string;
	password?: string;
}

/** PostgreSQL used by tests and tools: TEST_PG_* variables, else the local server with trust auth. */
export function pgTargetFromEnv(env: NodeJS.ProcessEnv = process.env): PgTarget {
	return {
		host: env['TEST_PG_HOST'] ?? '127.0.0.1',
		port: Number(env['TEST_PG_PORT'] ?? 5432),
		user: env['TEST_PG_USER'] ?? 'postgres',
		...(env['TEST_PG_PASSWORD'] ? { password: env['TEST_PG_PASSWORD'] } : {}),
	};
}

async function withAdmin<T>(target: PgTarget, fn: (client: pg.Client) => Promise<T>): Promise<T> {
	const client = new pg.Client({ ...target, database: 'postgres', connectionTimeoutMillis: 5000 });
	await client.connect();
	try {
		return await fn(client);
	} finally {
		await client.end();
	}
}

export async function isPgReachable(target: PgTarget): Promise<boolean> {
	try {
		await withAdmin(target, (c) => c.query('select 1'));
		return true;
	} catch {
		return false;
	}
}

export async function createPgDatabase(target: PgTarget, name: string): Promise<void> {
	await withAdmin(target, (c) => c.query(`create database "${name}"`));
}

/** A copy of `template` (CREATE DATABASE … TEMPLATE): nobody may be connected to the template, so a busy one is retried. */
export async function copyPgDatabase(target: PgTarget, template: string, name: string): Promise<void> {
	for (let attempt = 1; ; attempt++) {
		try {
			return await withAdmin(target, async (c) => void (await c.query(`create database "${name}" template "${template}"`)));
		} catch (error) {
			if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
			await new Promise((r) => setTimeout(r, 500));
		}
	}
}

export async function dropPgDatabase(target: PgTarget, name: string): Promise<void> {
	await withAdmin(target, (c) => c.query(`drop database if exists "${name}" with (force)`));
}

export function pgEnv(target: PgTarget, database: string): Record<string, string> {
	return {
		DB_CLIENT: 'pg',
		DB_HOST: target.host,
		DB_PORT: String(target.port),
		DB_USER: target.user,
		DB_DATABASE: database,
		...(target.password ? { DB_PASSWORD: target.password } : {}),
	};
}

import { isAbsolute, resolve } from 'node:path';
import knex from 'knex';
import type { Knex } from 'knex';

type Env = Record<string, string | undefined>;

interface SqliteConnection {
	run(sql: string, callback: (err: Error | null) => void): void;
}

/**
 * A knex instance for the database Directus is configured with, read from the same variables
 * (DB_CLIENT, DB_FILENAME, DB_HOST…). `cwd` anchors a relative DB_FILENAME the way Directus
 * does when started from the project directory.
 */
export function createKnexFromEnv(env: Env, cwd: string = process.cwd()): Knex {
	const client = env['DB_CLIENT'];
	switch (client) {
		case 'sqlite3': {
			const filename = env['DB_FILENAME'];
			if (!filename) throw new Error('DB_FILENAME is required when DB_CLIENT=sqlite3');
			return knex({
				client: 'sqlite3',
				connection: { filename: isAbsolute(filename) ? filename : resolve(cwd, filename) },
				useNullAsDefault: true,
				pool: {
					// SQLite enforces foreign keys per connection and only when asked, as Directus does.
					afterCreate: (conn: SqliteConnection, done: (err: Error | null, conn: SqliteConnection) => void) => {
						conn.run('PRAGMA foreign_keys = ON', (err) => done(err, conn));
					},
				},
			});
		}
		case 'pg':
		case 'postgres':
		case 'postgresql': {
			const connectionString = env['DB_CONNECTION_STRING'];
			const ssl = env['DB_SSL'] === 'true' ? { rejectUnauthorized: env['DB_SSL__REJECT_UNAUTHORIZED'] !== 'false' } : undefined;
			const connection: Knex.PgConnectionConfig = connectionString
				? { connectionString, ...(ssl ? { ssl } : {}) }
				: {
						host: env['DB_HOST'] ?? '127.0.0.1',
						port: Number(env['DB_PORT'] ?? 5432),
						database: env['DB_DATABASE'],
						user: env['DB_USER'],
						...(env['DB_PASSWORD'] !== undefined ? { password: env['DB_PASSWORD'] } : {}),
						...(ssl ? { ssl } : {}),
					};
			const searchPath = env['DB_SEARCH_PATH']
				?.split(',')
				.map((s) => s.trim())
				.filter(Boolean);
			return knex({ client: 'pg', connection, ...(searchPath?.length ? { searchPath } : {}) });
		}
		default:
			throw new Error(`Unsupported DB_CLIENT ${JSON.stringify(client)}: expected sqlite3 or pg`);
	}
}

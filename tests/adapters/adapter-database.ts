import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { inject } from 'vitest';
import { createKnexFromEnv } from '../../scripts/seed/knex-from-env.ts';

export interface AdapterDatabase {
	knex: Knex;
	close(): Promise<void>;
}

/**
 * A private copy of the prepared SQLite database, in memory where the machine has a RAM disk
 * (/dev/shm), opened with the knex settings Directus uses (foreign keys on). Real schema, real
 * constraints, real SQL: the appliers and loaders run exactly as inside Directus, without a server.
 */
export function openAdapterDatabase(): AdapterDatabase {
	const dir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'crm-adapter-'));
	const filename = join(dir, 'crm.db');
	copyFileSync(inject('adapterTemplate'), filename);
	const knex = createKnexFromEnv({ DB_CLIENT: 'sqlite3', DB_FILENAME: filename });
	return {
		knex,
		close: async () => {
			await knex.destroy();
			rmSync(dir, { recursive: true, force: true });
		},
	};
}

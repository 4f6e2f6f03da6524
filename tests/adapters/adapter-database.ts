import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { afterAll, beforeAll, inject } from 'vitest';
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

/** One database copy for the test file, opened before its tests and removed after them, with a demo customer to write for. */
export function useAdapterDatabase(): { readonly knex: Knex; readonly customer: string; newDraftOrder(): Promise<string> } {
	const state: { db?: AdapterDatabase; customer?: string } = {};
	beforeAll(async () => {
		state.db = openAdapterDatabase();
		state.customer = (await state.db.knex('crm_customers').first('id')).id;
	});
	afterAll(() => state.db?.close());
	return {
		get knex() {
			return state.db!.knex;
		},
		get customer() {
			return state.customer!;
		},
		async newDraftOrder() {
			const id = randomUUID();
			await state.db!.knex('crm_orders').insert({ id, number: `T-${id.slice(0, 8)}`, customer: state.customer, currency: 'EUR', status: 'draft' });
			return id;
		},
	};
}

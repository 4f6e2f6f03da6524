import type { Knex } from 'knex';
import { collections } from '../schema/define-model.ts';
import { DEMO_TABLES, generateDemoData } from './generate-demo-data.ts';
import type { DemoData } from './generate-demo-data.ts';

export interface SeedDemoDataOptions {
	/** 1 ≈ 1,000 customers, 3,000 contacts, 300 products, 10,000 interactions. */
	scale?: number;
	seed?: number;
	/** Upper bound of the generated timestamps; defaults to the current time. */
	now?: Date | string | number;
}

export type SeedCounts = Record<keyof DemoData, number>;
export type SeedDemoDataResult = { seeded: false } | { seeded: true; counts: SeedCounts };

// SQLite builds a multi-row insert as a compound SELECT, capped at 500 terms by default, and
// older builds allow only 999 bound variables per statement; PostgreSQL allows 65,535.
const ROWS_PER_STATEMENT = { sqlite: 200, pg: 1000 } as const;
const BINDINGS_PER_STATEMENT = { sqlite: 30_000, pg: 60_000 } as const;

/**
 * Inserts the demo data set unless the CRM already holds customers. Everything goes in one
 * transaction, so a failure leaves the database as it was and a rerun starts clean.
 */
export async function seedDemoData(db: Knex, options: SeedDemoDataOptions = {}): Promise<SeedDemoDataResult> {
	const dialect = isSqlite(db) ? 'sqlite' : 'pg';
	return db.transaction(async (trx) => {
		const existing = await trx('crm_customers').first('id');
		if (existing) return { seeded: false } as const;

		const data = generateDemoData({ scale: options.scale ?? 1, seed: options.seed, now: options.now ?? new Date() });
		const counts = {} as SeedCounts;
		for (const table of DEMO_TABLES) {
			const rows = data[table] as readonly Record<string, unknown>[];
			counts[table] = rows.length;
			if (rows.length === 0) continue;
			const prepared = dialect === 'sqlite' ? rows.map((row) => toSqliteRow(table, row)) : rows;
			const columns = Object.keys(prepared[0]!).length;
			const size = Math.max(1, Math.min(ROWS_PER_STATEMENT[dialect], Math.floor(BINDINGS_PER_STATEMENT[dialect] / columns)));
			for (let i = 0; i < prepared.length; i += size) await trx(table).insert(prepared.slice(i, i + size));
		}
		return { seeded: true, counts } as const;
	});
}

function isSqlite(db: Knex): boolean {
	const client = db.client.config.client;
	return client === 'sqlite3' || client === 'better-sqlite3' || client === 'sqlite';
}

type DateColumns = { timestamps: readonly string[]; dates: readonly string[] };

const dateColumns = new Map<string, DateColumns>(
	collections.map((c) => [
		c.collection,
		{
			timestamps: c.fields.filter((f) => f.type === 'timestamp' || f.type === 'dateTime').map((f) => f.field),
			dates: c.fields.filter((f) => f.type === 'date').map((f) => f.field),
		},
	]),
);

/**
 * Directus on SQLite stores dates and timestamps as epoch milliseconds (its payload service hands
 * Date objects to the driver) and filters by comparing numbers, so ISO strings would not match
 * its filters. Dates become local midnight because that is what Directus' own parseISO produces.
 */
function toSqliteRow(table: string, row: Record<string, unknown>): Record<string, unknown> {
	const columns = dateColumns.get(table);
	if (!columns || (columns.timestamps.length === 0 && columns.dates.length === 0)) return row;
	const out: Record<string, unknown> = { ...row };
	for (const field of columns.timestamps) {
		const value = out[field];
		if (typeof value === 'string') out[field] = new Date(value);
	}
	for (const field of columns.dates) {
		const value = out[field];
		if (typeof value === 'string') {
			const [y, m, d] = value.split('-').map(Number);
			out[field] = new Date(y!, m! - 1, d);
		}
	}
	return out;
}

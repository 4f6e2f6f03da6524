import type { Knex } from 'knex';
import { refreshRuleSegments } from '../../packages/crm-directus/src/segments/refresh-segment.ts';
import { collections } from '../schema/define-model.ts';
import { classifyDemoCustomers } from './demo-classification.ts';
import { seedDemoPipeline } from './demo-pipeline.ts';
import { seedDemoCrossSales } from './demo-cross-sales.ts';
import { seedDemoRepeatSales } from './demo-repeat-sales.ts';
import { seedDemoCommissions } from './demo-commissions.ts';
import { seedDemoVisits } from './demo-visits.ts';
import { seedDemoSalesPlanning } from './demo-sales-planning.ts';
import { seedDemoTerritories } from './demo-territories.ts';
import { DEMO_TABLES, generateDemoData } from './generate-demo-data.ts';
import type { DemoData } from './generate-demo-data.ts';
import { DEFERRED_FOREIGN_KEYS } from './orders-to-cash-rows.ts';

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
		const deferred = new Map<string, string[]>();
		for (const { table, field } of DEFERRED_FOREIGN_KEYS) deferred.set(table, [...(deferred.get(table) ?? []), field]);
		for (const table of DEMO_TABLES) {
			const rows = data[table] as readonly Record<string, unknown>[];
			counts[table] = rows.length;
			if (rows.length === 0) continue;
			const prepared = rows.map((row) => prepareRow(table, row, dialect, deferred.get(table) ?? []));
			const columns = Object.keys(prepared[0]!).length;
			const size = Math.max(1, Math.min(ROWS_PER_STATEMENT[dialect], Math.floor(BINDINGS_PER_STATEMENT[dialect] / columns)));
			for (let i = 0; i < prepared.length; i += size) await trx(table).insert(prepared.slice(i, i + size));
		}
		// Columns that close a foreign-key cycle go in once both sides exist.
		for (const { table, field } of DEFERRED_FOREIGN_KEYS) {
			for (const row of data[table] as readonly Record<string, unknown>[]) {
				if (row[field] !== null && row[field] !== undefined) await trx(table).where('id', row['id'] as string).update({ [field]: row[field] });
			}
		}
		// Segments by rule take their members as the CRM gives them: through the same refresh.
		const refreshed = await refreshRuleSegments(trx, new Date(options.now ?? Date.now()));
		if (refreshed.failures[0]) throw refreshed.failures[0].error;
		await classifyDemoCustomers(trx, new Date(options.now ?? Date.now()));
		await seedDemoPipeline(trx, new Date(options.now ?? Date.now()));
		await seedDemoSalesPlanning(trx, new Date(options.now ?? Date.now()));
		await seedDemoCommissions(trx, new Date(options.now ?? Date.now()));
		await seedDemoCrossSales(trx);
		await seedDemoRepeatSales(trx, new Date(options.now ?? Date.now()));
		await seedDemoTerritories(trx, new Date(options.now ?? Date.now()));
		await seedDemoVisits(trx, new Date(options.now ?? Date.now()));
		return { seeded: true, counts } as const;
	});
}

function isSqlite(db: Knex): boolean {
	const client = db.client.config.client;
	return client === 'sqlite3' || client === 'better-sqlite3' || client === 'sqlite';
}

type DateColumns = { timestamps: readonly string[]; dates: readonly string[]; json: readonly string[] };

const dateColumns = new Map<string, DateColumns>(
	collections.map((c) => [
		c.collection,
		{
			timestamps: c.fields.filter((f) => f.type === 'timestamp' || f.type === 'dateTime').map((f) => f.field),
			dates: c.fields.filter((f) => f.type === 'date').map((f) => f.field),
			json: c.fields.filter((f) => f.type === 'json').map((f) => f.field),
		},
	]),
);

/**
 * A row as the driver takes it: deferred columns null, JSON columns as text (node-postgres would send
 * an array as a PostgreSQL array, SQLite cannot bind objects at all), dates in SQLite's format.
 */
function prepareRow(table: string, row: Record<string, unknown>, dialect: 'sqlite' | 'pg', deferredFields: readonly string[]): Record<string, unknown> {
	const json = dateColumns.get(table)?.json ?? [];
	let out = row;
	if (deferredFields.length > 0 || json.some((f) => row[f] !== null && row[f] !== undefined && typeof row[f] !== 'string')) {
		out = { ...row };
		for (const f of deferredFields) out[f] = null;
		for (const f of json) if (out[f] !== null && out[f] !== undefined && typeof out[f] !== 'string') out[f] = JSON.stringify(out[f]);
	}
	return dialect === 'sqlite' ? toSqliteRow(table, out) : out;
}

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

// Writes generated rows in bulk inside one transaction, counting rows and database time per table.
// PostgreSQL: one INSERT … SELECT FROM unnest(column arrays) per batch of 5,000 rows (one parse and one
// round trip per batch, no limit on bound values), the next batch generated while the last one is written.
// SQLite: knex multi-row inserts within its limits, dates as Directus keeps them there (epoch milliseconds).
import type { Knex } from 'knex';
import { collections } from '../schema/define-model.ts';

type Row = Record<string, unknown>;

export interface TableStats {
	rows: number;
	/** Seconds the database spent on this table's inserts. */
	seconds: number;
}

export interface BulkWriter {
	/** Queues rows of one table (all with the same columns); returns once the previous batch is written. */
	insert(table: string, rows: readonly Row[]): Promise<void>;
	/** Waits for everything queued. */
	flush(): Promise<void>;
	stats: Map<string, TableStats>;
}

const PG_BATCH = 5_000;
const SQLITE_ROWS = 200;
const SQLITE_BINDINGS = 30_000;

export const isSqliteKnex = (knex: Knex) => ['sqlite3', 'better-sqlite3', 'sqlite'].includes(String(knex.client.config.client));

/** Columns that Directus keeps as timestamps, dates and JSON, per collection (for SQLite's conversions). */
const columnKinds = new Map(
	collections.map((c) => [
		c.collection,
		{
			timestamps: c.fields.filter((f) => f.type === 'timestamp' || f.type === 'dateTime').map((f) => f.field),
			dates: c.fields.filter((f) => f.type === 'date').map((f) => f.field),
		},
	]),
);

/** As seed-demo-data writes SQLite: timestamps as Date (epoch ms), dates as local midnight. */
function toSqliteRow(table: string, row: Row): Row {
	const kinds = columnKinds.get(table);
	if (!kinds) return row;
	const out = { ...row };
	for (const f of kinds.timestamps) if (typeof out[f] === 'string') out[f] = new Date(out[f] as string);
	for (const f of kinds.dates) {
		if (typeof out[f] !== 'string') continue;
		const [y, m, d] = (out[f] as string).split('-').map(Number);
		out[f] = new Date(y!, m! - 1, d);
	}
	return out;
}

export function createBulkWriter(trx: Knex): BulkWriter {
	const sqlite = isSqliteKnex(trx);
	const stats = new Map<string, TableStats>();
	const types = new Map<string, Map<string, string>>();
	let pending: Promise<void> = Promise.resolve();

	async function columnTypes(table: string): Promise<Map<string, string>> {
		let known = types.get(table);
		if (!known) {
			const result = await trx.raw('select a.attname, t.typname from pg_attribute a join pg_type t on t.oid = a.atttypid where a.attrelid = to_regclass(?) and a.attnum > 0 and not a.attisdropped', [`"${table}"`]);
			known = new Map((result.rows as { attname: string; typname: string }[]).map((r) => [r.attname, r.typname]));
			types.set(table, known);
		}
		return known;
	}

	async function write(table: string, rows: readonly Row[]): Promise<void> {
		const started = performance.now();
		const columns = Object.keys(rows[0]!);
		if (sqlite) {
			const size = Math.max(1, Math.min(SQLITE_ROWS, Math.floor(SQLITE_BINDINGS / columns.length)));
			for (let i = 0; i < rows.length; i += size) await trx(table).insert(rows.slice(i, i + size).map((r) => toSqliteRow(table, r)));
		} else {
			const known = await columnTypes(table);
			const casts = columns.map((c) => {
				const type = known.get(c);
				if (!type) throw new Error(`${table} has no column ${c}`);
				return `?::${type}[]`;
			});
			const sql = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) select * from unnest(${casts.join(', ')})`;
			await trx.raw(sql, columns.map((c) => rows.map((r) => r[c] ?? null)));
		}
		const s = stats.get(table) ?? { rows: 0, seconds: 0 };
		s.rows += rows.length;
		s.seconds += (performance.now() - started) / 1000;
		stats.set(table, s);
	}

	return {
		stats,
		async insert(table, rows) {
			for (let i = 0; i < rows.length; i += PG_BATCH) {
				const batch = rows.slice(i, i + PG_BATCH);
				await pending;
				pending = write(table, batch);
				// A failure surfaces at the next insert or flush; until then it must not count as unhandled.
				pending.catch(() => undefined);
			}
		},
		async flush() {
			await pending;
		},
	};
}

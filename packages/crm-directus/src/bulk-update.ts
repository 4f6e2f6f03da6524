import type { Knex } from 'knex';

/** A column the update sets, and the SQL type a value is cast to where the driver passes text. */
export interface BulkColumn {
	name: string;
	cast?: 'bigint' | 'integer' | 'uuid';
	/** Only read by the guard (what the row held when it was read), not set. */
	guardOnly?: boolean;
}

const CHUNK = 500;

/**
 * Sets different values on many rows of `table`, keyed by `id`, a few hundred rows per statement
 * (`WITH v(id, …) AS (VALUES …) UPDATE … FROM v`): the same SQL on PostgreSQL and SQLite (3.33+), and
 * thousands of rows a second where one UPDATE per row would take minutes. `fixed` sets one value on all;
 * `guard` adds a condition (on the row and `v`), e.g. that a column still holds what was read.
 */
export async function bulkUpdate(knex: Knex, table: string, columns: readonly BulkColumn[], rows: readonly unknown[][], fixed: Record<string, unknown> = {}, guard?: (pg: boolean) => string): Promise<void> {
	const pg = knex.client.config.client === 'pg';
	const cast = (expr: string, type?: BulkColumn['cast']) => (!type || (type === 'uuid' && !pg) ? expr : `CAST(${expr} AS ${type})`);
	const names = ['id', ...columns.map((c) => c.name)];
	const sets = [...columns.filter((c) => !c.guardOnly).map((c) => `"${c.name}" = ${cast(`v."${c.name}"`, c.cast)}`), ...Object.keys(fixed).map((name) => `"${name}" = ?`)];
	const where = `"${table}"."id" = ${cast('v."id"', 'uuid')}${guard ? ` AND ${guard(pg)}` : ''}`;
	for (let i = 0; i < rows.length; i += CHUNK) {
		const chunk = rows.slice(i, i + CHUNK);
		const values = chunk.map(() => `(${names.map(() => '?').join(', ')})`).join(', ');
		const sql = `WITH v(${names.map((n) => `"${n}"`).join(', ')}) AS (VALUES ${values}) UPDATE "${table}" SET ${sets.join(', ')} FROM v WHERE ${where}`;
		await knex.raw(sql, [...chunk.flat(), ...Object.values(fixed)] as Knex.RawBinding[]);
	}
}

import type { Knex } from 'knex';

type Row = Record<string, unknown>;

/** Ids pushed into the SQL as `IN (…)`: below every database's limit on bound values; more are filtered after the sums. */
const PUSHED_IDS = 1000;

/**
 * Whose P&L a load covers: every customer (null), or the ids the caller may read. The sums run per customer
 * over everything the period holds; a small set of ids narrows them in SQL, a large one after.
 */
export interface ProfitScope {
	customers: ReadonlySet<string> | null;
	/** Per campaign and per invoice rows as well as the sums (one customer's P&L). */
	detail: boolean;
}

export const isPg = (knex: Knex) => knex.client.config.client === 'pg';

/** `query` narrowed to the scope's customers in SQL when they are few. */
export function narrowed<T extends Knex.QueryBuilder>(query: T, column: string, scope: ProfitScope): T {
	if (scope.customers !== null && scope.customers.size <= PUSHED_IDS) query.whereIn(column, [...scope.customers]);
	return query;
}

/** Whether a customer's row belongs to the scope (the rows of a large scope are filtered here). */
export const inScope = (scope: ProfitScope, customer: string) => scope.customers === null || scope.customers.has(customer);

/** A sum or count as the drivers hand it back (bigint and numeric as text on PostgreSQL) as a whole number. */
export function whole(value: unknown): number {
	if (value === null || value === undefined) return 0;
	return Number(String(value).split('.')[0]);
}

/**
 * `amount` of a document in the base currency at the document's own rate, as orderAmountInBase computes it:
 * amount × gross_total_base ÷ gross_total of the row `alias`, truncated to a whole minor unit; 0 when either
 * total is missing or zero. Exact numeric arithmetic on PostgreSQL, integer arithmetic on SQLite.
 */
export function atOwnRate(knex: Knex, amount: string, alias: string): string {
	if (isPg(knex)) return `COALESCE(TRUNC(CAST(${amount} AS numeric) * ${alias}.gross_total_base / NULLIF(${alias}.gross_total, 0)), 0)`;
	return `COALESCE(${amount} * ${alias}.gross_total_base / NULLIF(${alias}.gross_total, 0), 0)`;
}

/**
 * A `date` column as days since 1970-01-01. PostgreSQL subtracts dates; SQLite holds Directus' dates as epoch
 * milliseconds of local midnight (rounded to the nearest day, which any zone within ±12 h keeps) or as text.
 */
export function dayNumber(knex: Knex, column: string): string {
	if (isPg(knex)) return `(${column} - DATE '1970-01-01')`;
	return `(CASE WHEN typeof(${column}) IN ('integer', 'real') THEN CAST(ROUND(${column} / 86400000.0) AS INTEGER) ELSE CAST(ROUND(julianday(${column}) - 2440587.5) AS INTEGER) END)`;
}

/** The largest of the expressions (GREATEST on PostgreSQL, the scalar MAX on SQLite). */
export function greatest(knex: Knex, ...parts: string[]): string {
	return `${isPg(knex) ? 'GREATEST' : 'MAX'}(${parts.join(', ')})`;
}

/** A bound whole number as an integer in either database. */
export const intParam = 'CAST(? AS integer)';

/** Rows grouped by customer into a map, keeping only the scope's customers. */
export function byCustomer<T>(rows: readonly Row[], scope: ProfitScope, read: (row: Row) => T): Map<string, T> {
	const out = new Map<string, T>();
	for (const row of rows) {
		const customer = String(row['customer']);
		if (inScope(scope, customer)) out.set(customer, read(row));
	}
	return out;
}

import type { Knex } from 'knex';

type Queries = readonly (() => PromiseLike<unknown>)[];

/**
 * Runs independent reads together on a pool, one after another on a transaction: a transaction is one
 * connection, and node-postgres deprecates (pg 9 will refuse) a query sent while another is running on it.
 */
export async function queryAll<const T extends Queries>(knex: Knex, queries: T): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
	if (!(knex as Knex & { isTransaction?: boolean }).isTransaction) return (await Promise.all(queries.map((q) => q()))) as never;
	const results: unknown[] = [];
	for (const q of queries) results.push(await q());
	return results as never;
}

import type { ReaderOf } from '../reader-of.ts';

export type Row = Record<string, unknown>;
export type Query = Record<string, unknown>;

/** Directus' refusal: a collection, item or field the caller's policy does not cover (or that does not exist). */
export function isForbiddenError(error: unknown): boolean {
	return (error as { status?: number } | null)?.status === 403 || (error as { code?: string } | null)?.code === 'FORBIDDEN';
}

/**
 * Rows of `collection` by the first of `queries` the caller's policy allows: a query naming fields (or
 * filtering and sorting on fields) the policy leaves out is refused by Directus as a whole, so the next,
 * plainer one (`fields: ['*']` reads what the policy allows) is tried. Undefined when every one is refused:
 * the caller may not read the collection, and the block is left out.
 */
export async function readPermitted(read: ReaderOf, collection: string, ...queries: Query[]): Promise<Row[] | undefined> {
	for (const query of queries) {
		try {
			return (await read(collection).readByQuery(query)) as Row[];
		} catch (error) {
			if (!isForbiddenError(error)) throw error;
		}
	}
	return undefined;
}

/** One item by the first of `queries` the policy allows; the last refusal is thrown (the caller may not read the item). */
export async function readOnePermitted(read: ReaderOf, collection: string, key: string, ...queries: Query[]): Promise<Row> {
	for (const [i, query] of queries.entries()) {
		try {
			return (await read(collection).readOne(key, query)) as Row;
		} catch (error) {
			if (!isForbiddenError(error) || i === queries.length - 1) throw error;
		}
	}
	throw new Error('readOnePermitted needs at least one query');
}

/** A value read through Directus when the policy let it through; undefined when the row lacks the field. */
export const readField = <T>(row: Row, field: string, as: (value: unknown) => T): T | null | undefined => {
	if (!(field in row)) return undefined;
	const value = row[field];
	return value === null || value === undefined ? null : as(value);
};

import { assertValidPayload, normalizeLinks, type WriteMode } from '@crm/core';
import { isTrustedWrite, loadCollectionRules } from '@crm/directus';
import type { SchemaOverview } from '@directus/types';
import type { Knex } from 'knex';

/**
 * Schema-driven check of a create or update payload for a CRM collection (types, required, choices,
 * lengths, ranges, formats, nested writes); returns the payload with links given as `{ id }` made plain ids.
 */
export async function validateWrite(
	FieldsService: Parameters<typeof loadCollectionRules>[0],
	schema: SchemaOverview,
	knex: Knex,
	collection: string,
	payload: unknown,
	mode: WriteMode,
): Promise<unknown> {
	const book = await loadCollectionRules(FieldsService, schema, knex);
	if (!book.has(collection)) return payload;
	assertValidPayload(book, collection, payload, mode, { trusted: isTrustedWrite() });
	return normalizeLinks(book, collection, payload);
}

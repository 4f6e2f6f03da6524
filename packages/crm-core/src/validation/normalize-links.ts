import type { RulesBook } from './field-rule.ts';
import { isPlainObject } from './is-plain-object.ts';

/**
 * The payload with every many-to-one `{ id }` replaced by the id itself. Directus would create a
 * record under an unknown id given as an object; as a plain key the database refuses it, and the
 * CRM's checks of the record read one kind of value. Call it on a payload that passed validation.
 */
export function normalizeLinks<T>(book: RulesBook, collection: string, payload: T): T {
	const rules = book.get(collection);
	if (!rules || !isPlainObject(payload)) return payload;
	let out: Record<string, unknown> | null = null;
	for (const [field, value] of Object.entries(payload)) {
		const relation = rules.fields[field]?.relation;
		if (relation?.kind !== 'm2o' || !isPlainObject(value) || !(relation.keyField in value)) continue;
		out ??= { ...payload };
		out[field] = value[relation.keyField];
	}
	return (out ?? payload) as T;
}

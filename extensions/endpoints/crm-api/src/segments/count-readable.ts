import type { EndpointExtensionContext } from '@directus/types';

type Items = InstanceType<EndpointExtensionContext['services']['ItemsService']>;

/** Ids per request: inside every database's limit on bound values. */
const CHUNK = 2000;
const SAMPLE = 10;

/**
 * Of the matched ids (in name order), how many the caller's policy lets them read, and the first ten of those by
 * name: a rep previewing a rule counts only their own customers. An administrator reads all, so
 * the count is the match itself.
 */
export async function countReadable(items: Items, matched: readonly string[], readsAll: boolean): Promise<{ count: number; sample: { id: string; name: string }[] }> {
	let count = readsAll ? matched.length : 0;
	const sample: { id: string; name: string }[] = [];
	for (let i = 0; i < matched.length; i += CHUNK) {
		const filter = { id: { _in: matched.slice(i, i + CHUNK) } };
		if (!readsAll) count += Number(((await items.readByQuery({ filter, aggregate: { count: ['*'] } })) as { count: unknown }[])[0]?.count ?? 0);
		// Chunks follow the match's name order, so the first readable rows of the first chunks are the sample.
		if (sample.length < SAMPLE) sample.push(...((await items.readByQuery({ filter, fields: ['id', 'name'], sort: ['name', 'id'], limit: SAMPLE - sample.length })) as { id: string; name: string }[]));
		if (readsAll && sample.length >= SAMPLE) break;
	}
	return { count, sample };
}

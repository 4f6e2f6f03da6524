/** What Directus' GET /schema/snapshot answers, as far as dropping collections needs it. */
export interface SchemaSnapshot {
	collections: { collection: string; meta?: { group?: string | null } | null }[];
	fields: { collection: string; field: string }[];
	relations: { collection: string; field: string; related_collection: string | null }[];
	[rest: string]: unknown;
}

/**
 * The project's schema snapshot without `dropped`: their collections, their fields, every relation from or
 * to them (a field of the administrator's that points at one of them stays, as a plain field), and no
 * collection of theirs left in a folder of ours. Applied as one diff, Directus drops them all in one
 * transaction with one schema reload, where one request per collection reloads the schema each time.
 */
export function snapshotWithout(snapshot: SchemaSnapshot, dropped: ReadonlySet<string>): SchemaSnapshot {
	return {
		...snapshot,
		collections: snapshot.collections
			.filter((c) => !dropped.has(c.collection))
			.map((c) => (c.meta?.group && dropped.has(c.meta.group) ? { ...c, meta: { ...c.meta, group: null } } : c)),
		fields: snapshot.fields.filter((f) => !dropped.has(f.collection)),
		relations: snapshot.relations.filter((r) => !dropped.has(r.collection) && !(r.related_collection && dropped.has(r.related_collection))),
	};
}

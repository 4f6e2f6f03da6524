import type { Model } from './model.ts';

export interface DropPlan {
	/**
	 * Links removed before any table: those that point at their own collection (Directus cannot drop
	 * such a table in one go on SQLite) and those in a cycle (an order points at its proposal, the
	 * proposal at its order), which no order of tables could satisfy.
	 */
	fieldsFirst: { collection: string; field: string }[];
	/** Collections, each after every collection that points at it, so no foreign key is left pointing at a table being dropped. */
	collections: string[];
}

/** The order in which the module's collections can be dropped (`uninstall --drop-data`). */
export function planDrop(model: Model, present: ReadonlySet<string>): DropPlan {
	const referrers = new Map<string, string[]>();
	for (const r of model.relations) {
		if (!r.related_collection || r.related_collection === r.collection) continue;
		referrers.set(r.related_collection, [...(referrers.get(r.related_collection) ?? []), r.collection]);
	}
	const order: string[] = [];
	const seen = new Set<string>();
	const visit = (collection: string) => {
		if (seen.has(collection)) return;
		seen.add(collection);
		for (const from of referrers.get(collection) ?? []) visit(from);
		order.push(collection);
	};
	for (const c of model.collections) visit(c.collection);
	const position = new Map(order.map((c, i) => [c, i]));
	// A link that would still point at a table being dropped: its table is dropped later than its target.
	const blocking = model.relations.filter((r) => r.related_collection && position.has(r.related_collection) && position.get(r.collection)! >= position.get(r.related_collection)!);
	return {
		fieldsFirst: blocking.filter((r) => present.has(r.collection)).map((r) => ({ collection: r.collection, field: r.field })),
		collections: order.filter((c) => present.has(c)),
	};
}

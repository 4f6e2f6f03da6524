/** What `directus schema apply` would delete: collections and fields of a database that the CRM's model does not have. */
export interface ForeignSchema {
	collections: string[];
	fields: string[];
}

/** Every collection and field the CRM has ever had: `collection` → its field names. */
export type KnownSchema = ReadonlyMap<string, ReadonlySet<string>>;

type StepLike = { kind: string; collection?: string | { collection: string; fields?: { field: string }[] }; field?: string | { field: string } };

/** The current model, the released one and every migration step: a field a later release removed is still the CRM's. */
export function knownSchemaOf(models: readonly { collection: string; fields: { field: string }[] }[][], migrations: readonly { steps: readonly StepLike[] }[]): KnownSchema {
	const known = new Map<string, Set<string>>();
	const add = (collection: string, field?: string) => {
		const fields = known.get(collection) ?? known.set(collection, new Set()).get(collection)!;
		if (field) fields.add(field);
	};
	for (const c of models.flat()) {
		add(c.collection);
		for (const f of c.fields) add(c.collection, f.field);
	}
	for (const step of migrations.flatMap((m) => m.steps)) {
		if (typeof step.collection === 'object') {
			add(step.collection.collection);
			for (const f of step.collection.fields ?? []) add(step.collection.collection, f.field);
		} else if (step.collection) add(step.collection, typeof step.field === 'object' ? step.field.field : step.field);
	}
	return known;
}

/**
 * Finds the project's own collections (folders included) and the fields an administrator added to the
 * CRM's collections. Directus' own tables are not in directus_collections, so every row there is
 * either the CRM's or the project's.
 */
export function findForeignSchema(known: KnownSchema, present: { collections: string[]; fields: { collection: string; field: string }[] }): ForeignSchema {
	return {
		collections: present.collections.filter((c) => !c.startsWith('directus_') && !known.has(c)).sort(),
		fields: present.fields.filter((f) => known.has(f.collection) && !known.get(f.collection)!.has(f.field)).map((f) => `${f.collection}.${f.field}`).sort(),
	};
}

/** Why `npm start` will not apply the snapshot to this database, or null when the database holds only the CRM. */
export function explainForeignSchema(found: ForeignSchema): string | null {
	const names = [...found.collections, ...found.fields];
	if (names.length === 0) return null;
	const shown = names.slice(0, 8).join(', ') + (names.length > 8 ? ` and ${names.length - 8} more` : '');
	return (
		`This database holds collections or fields that are not the CRM's (${shown}). npm start applies schema/snapshot.yaml, ` +
		'which would delete them, so it stopped before changing anything. Point .env at a database of its own, or add the ' +
		'module to that project with `npx crm-module install` (README, "Installing into an existing Directus 11 project").'
	);
}

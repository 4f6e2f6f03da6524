import type { SchemaStep } from './migration.ts';
import { fieldKey, type Model } from './model.ts';
import type { ProjectSchema } from './project-schema.ts';
import { REGISTRY } from './registry.ts';

export interface InstallPlan {
	/** Names of ours that the project already uses for something else: the install must not start. */
	conflicts: string[];
	/** What is missing, registry first; empty when the module is complete. */
	steps: SchemaStep[];
}

/**
 * A merge install: create what of the model is missing, never alter or remove anything. A project
 * without the registry is checked for names of ours it already uses for its own collections; with
 * the registry, the collections of the model are the module's (an earlier or interrupted install)
 * and only what is missing is created. Collections, fields and relations that are not in the model
 * are not looked at.
 */
export function planInstall(model: Model, project: ProjectSchema, registryExists: boolean): InstallPlan {
	const collections = new Set(project.collections.map((c) => c.collection));
	const fields = new Set(project.fields.map((f) => fieldKey(f.collection, f.field)));
	const relations = new Set(project.relations.map((r) => fieldKey(r.collection, r.field)));

	const conflicts = registryExists ? [] : model.collections.filter((c) => collections.has(c.collection)).map((c) => `collection ${c.collection}`);
	if (conflicts.length > 0) return { conflicts, steps: [] };

	const ordered = [...model.collections].sort((a, b) => Number(b.collection === REGISTRY) - Number(a.collection === REGISTRY));
	const steps: SchemaStep[] = [];
	for (const collection of ordered) {
		if (!collections.has(collection.collection)) {
			steps.push({ kind: 'create_collection', collection });
			continue;
		}
		for (const field of collection.fields) if (!fields.has(fieldKey(collection.collection, field.field))) steps.push({ kind: 'create_field', collection: collection.collection, field });
	}
	for (const relation of model.relations) if (!relations.has(fieldKey(relation.collection, relation.field))) steps.push({ kind: 'create_relation', relation });
	return { conflicts, steps };
}

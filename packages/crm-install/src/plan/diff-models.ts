import type { MigrationStep } from './migration.ts';
import { fieldKey, type Model, type ModelCollection, type ModelRelation } from './model.ts';
import { changedProperties, stableJson } from './stable-json.ts';

const byName = <T>(items: readonly T[], key: (item: T) => string) => new Map(items.map((item) => [key(item), item]));
const nonEmpty = (o: Record<string, unknown>) => (Object.keys(o).length > 0 ? o : undefined);

function fieldSteps(prev: ModelCollection, next: ModelCollection): MigrationStep[] {
	const before = byName(prev.fields, (f) => f.field);
	const after = byName(next.fields, (f) => f.field);
	const steps: MigrationStep[] = [];
	for (const field of next.fields) {
		const old = before.get(field.field);
		if (!old) {
			steps.push({ kind: 'create_field', collection: next.collection, field });
			continue;
		}
		const meta = nonEmpty(changedProperties(old.meta, field.meta));
		const schema = stableJson(old.schema) === stableJson(field.schema) ? undefined : nonEmpty(changedProperties(old.schema, field.schema));
		const type = old.type === field.type ? undefined : field.type;
		if (meta || schema || type) steps.push({ kind: 'update_field', collection: next.collection, field: field.field, ...(type ? { type } : {}), ...(meta ? { meta } : {}), ...(schema ? { schema } : {}) });
	}
	for (const field of prev.fields) if (!after.has(field.field)) steps.push({ kind: 'delete_field', collection: prev.collection, field: field.field });
	return steps;
}

function relationSteps(prev: readonly ModelRelation[], next: readonly ModelRelation[]): MigrationStep[] {
	const key = (r: ModelRelation) => fieldKey(r.collection, r.field);
	const before = byName(prev, key);
	const after = byName(next, key);
	const steps: MigrationStep[] = [];
	for (const relation of next) {
		const old = before.get(key(relation));
		if (!old) {
			steps.push({ kind: 'create_relation', relation });
			continue;
		}
		const meta = nonEmpty(changedProperties(old.meta, relation.meta));
		const schema = nonEmpty(changedProperties(old.schema, relation.schema));
		if (old.related_collection !== relation.related_collection) {
			steps.push({ kind: 'delete_relation', collection: old.collection, field: old.field }, { kind: 'create_relation', relation });
		} else if (meta || schema) {
			steps.push({ kind: 'update_relation', collection: relation.collection, field: relation.field, ...(meta ? { meta } : {}), ...(schema ? { schema } : {}) });
		}
	}
	for (const relation of prev) if (!after.has(key(relation))) steps.push({ kind: 'delete_relation', collection: relation.collection, field: relation.field });
	return steps;
}

/**
 * The steps that turn one version of the model into the next: what a numbered migration holds. New
 * collections and fields first, relations after (they need both ends), removals of relations before
 * the fields and collections they start at.
 */
export function diffModels(prev: Model, next: Model): MigrationStep[] {
	const before = byName(prev.collections, (c) => c.collection);
	const after = byName(next.collections, (c) => c.collection);
	const created: MigrationStep[] = [];
	const changed: MigrationStep[] = [];
	const removed: MigrationStep[] = [];
	for (const collection of next.collections) {
		const old = before.get(collection.collection);
		if (!old) {
			created.push({ kind: 'create_collection', collection });
			continue;
		}
		const meta = nonEmpty(changedProperties(old.meta, collection.meta));
		if (meta) changed.push({ kind: 'update_collection', collection: collection.collection, meta });
		changed.push(...fieldSteps(old, collection));
	}
	for (const collection of prev.collections) if (!after.has(collection.collection)) removed.push({ kind: 'delete_collection', collection: collection.collection });

	const relations = relationSteps(prev.relations, next.relations);
	const relationRemovals = relations.filter((s) => s.kind === 'delete_relation');
	const fieldRemovals = changed.filter((s) => s.kind === 'delete_field');
	const rest = changed.filter((s) => s.kind !== 'delete_field');
	return [...relationRemovals, ...created, ...rest, ...relations.filter((s) => s.kind !== 'delete_relation'), ...fieldRemovals, ...removed];
}

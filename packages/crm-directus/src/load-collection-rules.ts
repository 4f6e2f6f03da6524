import { buildFieldRule, type CollectionRules, type FieldContext, type FieldDefinition, type FieldType } from '@crm/core';
import type { SchemaOverview } from '@directus/types';
import type { Knex } from 'knex';

export const CRM_PREFIX = 'crm_';

/** Rules are rebuilt at most this often, so that choices or lengths changed in the Studio of another instance apply soon. */
const TTL_MS = 10_000;

/**
 * Fingerprinting the schema costs as much as a small query (every CRM field, each request hands over a
 * fresh copy), so it is compared at most this often. Changes made on this instance clear the rules at once
 * (clearCollectionRules); a schema changed by another instance applies here within this time.
 */
const CHECK_EVERY_MS = 1_000;

interface Cached {
	fingerprint: string;
	loadedAt: number;
	checkedAt: number;
	rules: Map<string, CollectionRules>;
}

let cache: Cached | null = null;

/** Forget the cached rules (after a field or collection changes on this instance). */
export function clearCollectionRules(): void {
	cache = null;
}

// One request hands the same schema object to every hook it fires: fingerprint it once.
const fingerprints = new WeakMap<SchemaOverview, string>();

// Type, nullability and validation live in the schema overview; a change there invalidates at once.
function fingerprintOf(schema: SchemaOverview): string {
	const known = fingerprints.get(schema);
	if (known !== undefined) return known;
	const fingerprint = computeFingerprint(schema);
	fingerprints.set(schema, fingerprint);
	return fingerprint;
}

function computeFingerprint(schema: SchemaOverview): string {
	const parts: string[] = [];

	for (const [name, c] of Object.entries(schema.collections)) {
		if (!name.startsWith(CRM_PREFIX)) continue;
		parts.push(name);
		for (const f of Object.values(c.fields)) parts.push(`${f.field}:${f.type}:${f.nullable}:${JSON.stringify(f.validation)}:${f.special.join('|')}`);
	}
	for (const r of schema.relations) if (r.collection.startsWith(CRM_PREFIX)) parts.push(`${r.collection}.${r.field}>${r.related_collection}:${r.meta?.one_field}:${r.meta?.junction_field}`);

	return parts.join(';');
}

interface FieldsServiceLike {
	readAll(collection?: string): Promise<FieldDefinition[] & { collection?: string }[]>;
}

type FieldsServiceCtor = new (options: { schema: SchemaOverview; knex: Knex }) => FieldsServiceLike;

const SYSTEM_PREFIX = 'directus_';

function keyTypeOf(schema: SchemaOverview, collection: string): FieldType {
	const c = schema.collections[collection];
	return (c?.fields[c.primary]?.type ?? 'unknown') as FieldType;
}

const keyFieldOf = (schema: SchemaOverview, collection: string): string => schema.collections[collection]?.primary ?? 'id';

/** The relation of every relational field, by `collection.field`, and which fields are junction keys. */
export function describeRelations(schema: SchemaOverview): Map<string, FieldContext> {
	const contexts = new Map<string, FieldContext>();
	for (const r of schema.relations) {
		if (!r.related_collection) continue;
		const system = (c: string) => c.startsWith(SYSTEM_PREFIX);
		contexts.set(`${r.collection}.${r.field}`, {
			relation: { kind: 'm2o', collection: r.related_collection, keyField: keyFieldOf(schema, r.related_collection), keyType: keyTypeOf(schema, r.related_collection), system: system(r.related_collection) },
			junctionKey: Boolean(r.meta?.junction_field),
		});
		if (r.meta?.one_field) {
			contexts.set(`${r.related_collection}.${r.meta.one_field}`, {
				relation: { kind: 'o2m', collection: r.collection, backField: r.field, keyType: keyTypeOf(schema, r.collection), system: system(r.collection) },
			});
		}
	}
	return contexts;
}

/** Validation rules of every CRM collection, from Directus' own field definitions and relations. */
export async function loadCollectionRules(FieldsService: FieldsServiceCtor, schema: SchemaOverview, knex: Knex): Promise<Map<string, CollectionRules>> {
	const now = Date.now();
	if (cache && now - cache.loadedAt < TTL_MS && now - cache.checkedAt < CHECK_EVERY_MS) return cache.rules;
	const fingerprint = fingerprintOf(schema);
	if (cache && cache.fingerprint === fingerprint && now - cache.loadedAt < TTL_MS) {
		cache.checkedAt = now;
		return cache.rules;
	}

	const definitions = (await new FieldsService({ schema, knex }).readAll()) as (FieldDefinition & { collection: string })[];
	const relations = describeRelations(schema);
	const rules = new Map<string, CollectionRules>();

	for (const def of definitions) {
		const collection = schema.collections[def.collection];
		if (!def.collection.startsWith(CRM_PREFIX) || !collection) continue;

		let entry = rules.get(def.collection);

		if (!entry) {
			entry = { collection: def.collection, primaryKey: collection.primary, fields: {} };
			rules.set(def.collection, entry);
		}

		(entry.fields as Record<string, ReturnType<typeof buildFieldRule>>)[def.field] = buildFieldRule(def, relations.get(`${def.collection}.${def.field}`));
	}

	cache = { fingerprint, loadedAt: now, checkedAt: now, rules };
	return rules;
}

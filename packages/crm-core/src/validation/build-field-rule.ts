import type { FieldRule, FieldType } from './field-rule.ts';

/** A field as Directus describes it (`GET /fields/:collection`): only what validation needs. */
export interface FieldDefinition {
	field: string;
	type: string;
	schema: {
		is_nullable?: boolean | null;
		max_length?: number | null;
		default_value?: unknown;
		is_primary_key?: boolean | null;
		has_auto_increment?: boolean | null;
		is_generated?: boolean | null;
		foreign_key_table?: string | null;
	} | null;
	meta: {
		required?: boolean | null;
		readonly?: boolean | null;
		special?: string[] | null;
		options?: { choices?: { value: unknown }[] | null; allowOther?: boolean | null } | null;
		validation?: unknown;
		validation_message?: string | null;
	} | null;
}

const KNOWN_TYPES = new Set<FieldType>(['string', 'text', 'hash', 'integer', 'bigInteger', 'float', 'decimal', 'boolean', 'uuid', 'date', 'time', 'dateTime', 'timestamp', 'json', 'csv', 'alias']);
const MANAGED_SPECIALS = new Set(['date-created', 'date-updated', 'user-created', 'user-updated', 'role-created', 'role-updated']);
const RELATIONAL_SPECIALS = new Set(['m2o', 'file', 'o2m', 'm2m', 'm2a', 'files', 'translations']);

interface Bounds {
	min: number | null;
	max: number | null;
	pattern: string | null;
}

/** Reads `_gte`/`_gt`/`_lte`/`_lt`/`_regex` constraints on `field` from a Directus validation filter. */
function readBounds(field: string, filter: unknown, bounds: Bounds = { min: null, max: null, pattern: null }): Bounds {
	if (typeof filter !== 'object' || filter === null) return bounds;

	const node = filter as Record<string, unknown>;
	if (Array.isArray(node['_and'])) for (const part of node['_and']) readBounds(field, part, bounds);

	const own = node[field];
	if (typeof own === 'object' && own !== null) {
		const ops = own as Record<string, unknown>;
		const num = (v: unknown): number | null => {
			if (typeof v === 'number') return v;
			return typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : null;
		};
		const gte = num(ops['_gte']);
		const gt = num(ops['_gt']);
		const lte = num(ops['_lte']);
		const lt = num(ops['_lt']);
		// Integer fields are the only numeric kind we use, so a strict bound is the next integer.
		if (gte !== null) bounds.min = Math.max(bounds.min ?? -Infinity, gte);
		if (gt !== null) bounds.min = Math.max(bounds.min ?? -Infinity, gt + 1);
		if (lte !== null) bounds.max = Math.min(bounds.max ?? Infinity, lte);
		if (lt !== null) bounds.max = Math.min(bounds.max ?? Infinity, lt - 1);
		if (typeof ops['_regex'] === 'string') bounds.pattern = ops['_regex'];
	}

	return bounds;
}

/** Derives the validation rule of one field from its Directus definition. */
export function buildFieldRule(def: FieldDefinition): FieldRule {
	const special = def.meta?.special ?? [];
	const type: FieldType = KNOWN_TYPES.has(def.type as FieldType) ? (def.type as FieldType) : 'unknown';
	const schema = def.schema;
	const managed = special.some((s) => MANAGED_SPECIALS.has(s));
	const autoFilled = Boolean(schema?.is_primary_key) || Boolean(schema?.has_auto_increment) || Boolean(schema?.is_generated) || special.includes('uuid');
	const nullable = schema ? schema.is_nullable !== false : true;
	const hasDefault = schema?.default_value !== null && schema?.default_value !== undefined;
	const choices = (def.meta?.options?.allowOther ? [] : (def.meta?.options?.choices ?? []))
		.map((c) => c?.value)
		.filter((v): v is string => typeof v === 'string');
	const bounds = readBounds(def.field, def.meta?.validation);

	return {
		field: def.field,
		type,
		required: !managed && !autoFilled && (Boolean(def.meta?.required) || (!nullable && !hasDefault && type !== 'alias')),
		nullable,
		hasDefault: hasDefault || autoFilled,
		relational: Boolean(schema?.foreign_key_table) || special.some((s) => RELATIONAL_SPECIALS.has(s)),
		managed,
		readonly: Boolean(def.meta?.readonly) && !managed && !autoFilled,
		maxLength: schema?.max_length ?? null,
		choices: choices.length > 0 ? choices : null,
		min: bounds.min,
		max: bounds.max,
		pattern: bounds.pattern,
		message: def.meta?.validation_message ?? null,
	};
}

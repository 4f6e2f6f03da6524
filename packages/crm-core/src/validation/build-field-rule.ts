import type { FieldRelation, FieldRule, FieldType } from './field-rule.ts';
import { jsonShapeOf } from './json-field-shapes.ts';
import { readBounds } from './read-bounds.ts';

/** A field as Directus describes it (`GET /fields/:collection`): only what validation needs. */
export interface FieldDefinition {
	collection?: string;
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
		/** `crmDefault`: what the CRM fills in when a create leaves the field out (a deal's first stage): not required, never null. */
		options?: { choices?: { value: unknown }[] | null; allowOther?: boolean | null; crmDefault?: string | null } | null;
		validation?: unknown;
		validation_message?: string | null;
	} | null;
}

/** What the field definition alone does not say: its relation, and whether a junction needs it. */
export interface FieldContext {
	relation?: FieldRelation | null;
	/** One of the two keys of a many-to-many junction row: a row without it links nothing. */
	junctionKey?: boolean;
}

const KNOWN_TYPES = new Set<FieldType>(['string', 'text', 'hash', 'integer', 'bigInteger', 'float', 'decimal', 'boolean', 'uuid', 'date', 'time', 'dateTime', 'timestamp', 'json', 'csv', 'alias']);
const MANAGED_SPECIALS = new Set(['date-created', 'date-updated', 'user-created', 'user-updated', 'role-created', 'role-updated']);

/** Derives the validation rule of one field from its Directus definition. */
export function buildFieldRule(def: FieldDefinition, context: FieldContext = {}): FieldRule {
	const special = def.meta?.special ?? [];
	const type: FieldType = KNOWN_TYPES.has(def.type as FieldType) ? (def.type as FieldType) : 'unknown';
	const schema = def.schema;
	const managed = special.some((s) => MANAGED_SPECIALS.has(s));
	const primaryKey = Boolean(schema?.is_primary_key);
	const autoFilled = primaryKey || Boolean(schema?.has_auto_increment) || Boolean(schema?.is_generated) || special.includes('uuid');
	const nullable = schema ? schema.is_nullable !== false : true;
	const hasDefault = (schema?.default_value !== null && schema?.default_value !== undefined) || Boolean(def.meta?.options?.crmDefault);
	const choices = (def.meta?.options?.allowOther ? [] : (def.meta?.options?.choices ?? []))
		.map((c) => c?.value)
		.filter((v): v is string => typeof v === 'string');
	const bounds = readBounds(def.field, def.meta?.validation);
	const required = Boolean(context.junctionKey) || (!managed && !autoFilled && (Boolean(def.meta?.required) || (!nullable && !hasDefault && type !== 'alias')));

	return {
		field: def.field,
		type,
		required,
		nullable: nullable && !context.junctionKey,
		hasDefault: hasDefault || autoFilled,
		primaryKey,
		relation: context.relation ?? null,
		presentation: type === 'alias' && !context.relation,
		managed,
		readonly: Boolean(def.meta?.readonly) && !managed && !autoFilled,
		maxLength: schema?.max_length ?? null,
		choices: choices.length > 0 ? choices : null,
		min: bounds.min,
		max: bounds.max,
		pattern: bounds.pattern,
		message: def.meta?.validation_message ?? null,
		jsonShape: type === 'json' ? jsonShapeOf(def.collection, def.field) : null,
	};
}

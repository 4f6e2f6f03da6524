/** Field types as Directus names them. */
export type FieldType =
	| 'string'
	| 'text'
	| 'hash'
	| 'integer'
	| 'bigInteger'
	| 'float'
	| 'decimal'
	| 'boolean'
	| 'uuid'
	| 'date'
	| 'time'
	| 'dateTime'
	| 'timestamp'
	| 'json'
	| 'csv'
	| 'alias'
	| 'unknown';

/**
 * How a field links to another collection. A many-to-one holds the related key (the Studio may send
 * it as `{ id }`); a one-to-many is an alias whose value lists the related items (keys or objects, or
 * `{ create, update, delete }`).
 */
export type FieldRelation =
	| {
			kind: 'm2o';
			collection: string;
			/** The related collection's primary key field and its type: what a link must look like. */
			keyField: string;
			keyType: FieldType;
			/** A Directus collection (users, files, roles…): the CRM never creates or edits those through a CRM write. */
			system: boolean;
	  }
	| {
			kind: 'o2m';
			collection: string;
			/** The related collection's field that points back here; Directus fills it in nested writes. */
			backField: string;
			keyType: FieldType;
			system: boolean;
	  };

/** What a JSON field holds; the collection's own checks look deeper (weekday ranges, skill levels…). */
export type JsonShape = { kind: 'list'; of: 'text' | 'integer' | 'object' | 'any' } | { kind: 'object' } | { kind: 'any' };

/** What a value of one field must satisfy. Bounds are inclusive. */
export interface FieldRule {
	field: string;
	type: FieldType;
	/** Must be present and non-empty on create, and may not be cleared on update. */
	required: boolean;
	nullable: boolean;
	/** The database fills the field when it is left out. */
	hasDefault: boolean;
	/** The collection's primary key: may be chosen on create, never changed. */
	primaryKey: boolean;
	/** A link to another collection, or null. */
	relation: FieldRelation | null;
	/** An alias that only shows something in the Studio (a timeline, an overview) and stores nothing. */
	presentation: boolean;
	/** Written by Directus itself (date-created, user-updated…): clients may not set it. */
	managed: boolean;
	/** Computed by the CRM (totals, statuses, numbers): clients may not set it. */
	readonly: boolean;
	maxLength: number | null;
	choices: readonly string[] | null;
	min: number | null;
	max: number | null;
	pattern: string | null;
	/** Message shown when `pattern` or a bound fails, set by the administrator. */
	message: string | null;
	/** For JSON fields: the shape a value must have (null = any JSON value). */
	jsonShape: JsonShape | null;
}

export interface CollectionRules {
	collection: string;
	primaryKey: string;
	fields: Readonly<Record<string, FieldRule>>;
}

/** The rules of every collection a write may reach, nested writes included, by collection name. */
export type RulesBook = ReadonlyMap<string, CollectionRules>;

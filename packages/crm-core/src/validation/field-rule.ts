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

/** What a value of one field must satisfy. Bounds are inclusive. */
export interface FieldRule {
	field: string;
	type: FieldType;
	/** Must be present and non-empty on create, and may not be cleared on update. */
	required: boolean;
	nullable: boolean;
	/** The database fills the field when it is left out. */
	hasDefault: boolean;
	/** A many-to-one key: an object here is a nested create/update, validated by its own collection. */
	relational: boolean;
	/** Written by Directus itself (date-created, user-updated…): any client value is replaced. */
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
}

export interface CollectionRules {
	collection: string;
	primaryKey: string;
	fields: Readonly<Record<string, FieldRule>>;
}

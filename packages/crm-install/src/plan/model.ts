/** The CRM data model as Directus API payloads (what `scripts/schema/define-model.ts` exports). */

export type Json = Record<string, unknown>;

export interface ModelField {
	field: string;
	type: string;
	meta: Json;
	schema: Json | null;
}

export interface ModelCollection {
	collection: string;
	meta: Json;
	fields: ModelField[];
}

export interface ModelRelation {
	collection: string;
	field: string;
	related_collection: string | null;
	meta: Json;
	schema: Json | null;
}

export interface Model {
	collections: ModelCollection[];
	relations: ModelRelation[];
}

/** `collection.field`, the name of a field or of the relation that starts at it. */
export const fieldKey = (collection: string, field: string) => `${collection}.${field}`;

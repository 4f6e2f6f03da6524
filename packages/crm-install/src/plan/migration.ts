import type { Json, ModelCollection, ModelField, ModelRelation } from './model.ts';

/**
 * One change of the CRM's schema. Updates name only the properties that change, so whatever an
 * administrator changed elsewhere on the same field (a display, a note, a width) stays as it is.
 */
export type MigrationStep =
	| { kind: 'create_collection'; collection: ModelCollection }
	| { kind: 'update_collection'; collection: string; meta: Json }
	| { kind: 'delete_collection'; collection: string }
	| { kind: 'create_field'; collection: string; field: ModelField }
	| { kind: 'update_field'; collection: string; field: string; type?: string; meta?: Json; schema?: Json }
	| { kind: 'delete_field'; collection: string; field: string }
	| { kind: 'create_relation'; relation: ModelRelation }
	| { kind: 'update_relation'; collection: string; field: string; meta?: Json; schema?: Json }
	| { kind: 'delete_relation'; collection: string; field: string }
	/** Rewrites data in batches (a new computed column…): `script` names a module next to the migration. */
	| { kind: 'data'; script: string };

/** A step that changes the schema itself (everything but a data migration). */
export type SchemaStep = Exclude<MigrationStep, { kind: 'data' }>;

/** A numbered schema version: `schema/migrations/NNNN-name.json`. Version 1 is the model as first released. */
export interface Migration {
	version: number;
	name: string;
	steps: MigrationStep[];
}

/** Where a migration stands in a project (`crm_schema_migrations`). */
export interface MigrationRecord {
	version: number;
	name: string;
	status: 'running' | 'done';
	/** The next step to run and, inside a data step, the batch position: what a killed run resumes from. */
	progress: { step: number; checkpoint: unknown } | null;
}

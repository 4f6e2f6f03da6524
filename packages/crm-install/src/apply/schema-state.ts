import { fieldKey } from '../plan/model.ts';
import type { ProjectSchema } from '../plan/project-schema.ts';

/**
 * What exists in the project, kept up to date as steps run, so that a step which already happened
 * (an interrupted run started again) is passed over instead of failing.
 */
export class SchemaState {
	private readonly collections: Set<string>;
	private readonly fields: Set<string>;
	private readonly relations: Set<string>;

	constructor(project: ProjectSchema) {
		this.collections = new Set(project.collections.map((c) => c.collection));
		this.fields = new Set(project.fields.map((f) => fieldKey(f.collection, f.field)));
		this.relations = new Set(project.relations.map((r) => fieldKey(r.collection, r.field)));
	}

	hasCollection(name: string): boolean {
		return this.collections.has(name);
	}

	hasField(collection: string, field: string): boolean {
		return this.fields.has(fieldKey(collection, field));
	}

	hasRelation(collection: string, field: string): boolean {
		return this.relations.has(fieldKey(collection, field));
	}

	addCollection(name: string, fields: readonly string[]): void {
		this.collections.add(name);
		for (const f of fields) this.fields.add(fieldKey(name, f));
	}

	addField(collection: string, field: string): void {
		this.fields.add(fieldKey(collection, field));
	}

	addRelation(collection: string, field: string): void {
		this.relations.add(fieldKey(collection, field));
	}

	removeCollection(name: string): void {
		this.collections.delete(name);
	}

	removeField(collection: string, field: string): void {
		this.fields.delete(fieldKey(collection, field));
	}

	removeRelation(collection: string, field: string): void {
		this.relations.delete(fieldKey(collection, field));
	}
}

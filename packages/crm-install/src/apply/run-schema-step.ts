import type { SchemaStep } from '../plan/migration.ts';
import { applyStep } from './apply-step.ts';
import type { DirectusApi } from './directus-api.ts';
import type { SchemaState } from './schema-state.ts';

/** The steps that are still to do, given what the project holds (a create already done is passed over). */
function remaining(step: SchemaStep, state: SchemaState): SchemaStep[] {
	switch (step.kind) {
		case 'create_collection': {
			const { collection } = step.collection;
			if (!state.hasCollection(collection)) return [step];
			return step.collection.fields.filter((f) => !state.hasField(collection, f.field)).map((field) => ({ kind: 'create_field', collection, field }));
		}
		case 'create_field':
			return state.hasField(step.collection, step.field.field) ? [] : [step];
		case 'create_relation':
			return state.hasRelation(step.relation.collection, step.relation.field) ? [] : [step];
		case 'delete_collection':
			return state.hasCollection(step.collection) ? [step] : [];
		case 'delete_field':
			return state.hasField(step.collection, step.field) ? [step] : [];
		case 'delete_relation':
			return state.hasRelation(step.collection, step.field) ? [step] : [];
		default:
			return [step];
	}
}

function record(step: SchemaStep, state: SchemaState): void {
	if (step.kind === 'create_collection') state.addCollection(step.collection.collection, step.collection.fields.map((f) => f.field));
	if (step.kind === 'create_field') state.addField(step.collection, step.field.field);
	if (step.kind === 'create_relation') state.addRelation(step.relation.collection, step.relation.field);
	if (step.kind === 'delete_collection') state.removeCollection(step.collection);
	if (step.kind === 'delete_field') state.removeField(step.collection, step.field);
	if (step.kind === 'delete_relation') state.removeRelation(step.collection, step.field);
}

/** Carries out a schema step unless the project already holds its result. */
export async function runSchemaStep(api: DirectusApi, step: SchemaStep, state: SchemaState): Promise<void> {
	for (const todo of remaining(step, state)) {
		await applyStep(api, todo);
		record(todo, state);
	}
}

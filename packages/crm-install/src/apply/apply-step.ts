import type { MigrationStep, SchemaStep } from '../plan/migration.ts';
import type { DirectusApi } from './directus-api.ts';

const path = (...parts: string[]) => parts.map(encodeURIComponent).join('/');

/** Carries out one schema step through the collections, fields and relations endpoints. */
export async function applyStep(api: DirectusApi, step: SchemaStep): Promise<void> {
	switch (step.kind) {
		case 'create_collection':
			return void (await api.request('POST', '/collections', { collection: step.collection.collection, meta: step.collection.meta, schema: {}, fields: step.collection.fields }));
		case 'update_collection':
			return void (await api.request('PATCH', `/collections/${path(step.collection)}`, { meta: step.meta }));
		case 'delete_collection':
			return void (await api.request('DELETE', `/collections/${path(step.collection)}`));
		case 'create_field':
			return void (await api.request('POST', `/fields/${path(step.collection)}`, step.field));
		case 'update_field': {
			const { kind: _kind, collection, field, ...change } = step;
			return void (await api.request('PATCH', `/fields/${path(collection, field)}`, change));
		}
		case 'delete_field':
			return void (await api.request('DELETE', `/fields/${path(step.collection, step.field)}`));
		case 'create_relation':
			return void (await api.request('POST', '/relations', step.relation));
		case 'update_relation': {
			const { kind: _kind, collection, field, ...change } = step;
			return void (await api.request('PATCH', `/relations/${path(collection, field)}`, change));
		}
		case 'delete_relation':
			return void (await api.request('DELETE', `/relations/${path(step.collection, step.field)}`));
	}
}

/** One line that says what a step does, for `upgrade --dry-run` and the progress log. */
export function describeStep(step: MigrationStep): string {
	switch (step.kind) {
		case 'create_collection':
			return `create collection ${step.collection.collection} (${step.collection.fields.length} fields)`;
		case 'update_collection':
			return `update collection ${step.collection}: ${Object.keys(step.meta).join(', ')}`;
		case 'delete_collection':
			return `DELETE collection ${step.collection} and its data`;
		case 'create_field':
			return `create field ${step.collection}.${step.field.field} (${step.field.type})`;
		case 'update_field':
			return `update field ${step.collection}.${step.field}: ${[...(step.type ? ['type'] : []), ...Object.keys(step.meta ?? {}).map((k) => `meta.${k}`), ...Object.keys(step.schema ?? {}).map((k) => `schema.${k}`)].join(', ')}`;
		case 'delete_field':
			return `DELETE field ${step.collection}.${step.field} and its data`;
		case 'create_relation':
			return `create relation ${step.relation.collection}.${step.relation.field} → ${step.relation.related_collection}`;
		case 'update_relation':
			return `update relation ${step.collection}.${step.field}: ${[...Object.keys(step.meta ?? {}), ...Object.keys(step.schema ?? {})].join(', ')}`;
		case 'delete_relation':
			return `delete relation ${step.collection}.${step.field}`;
		case 'data':
			return `data migration ${step.script}`;
	}
}

import type { ProjectSchema } from '../plan/project-schema.ts';
import type { DirectusApi } from './directus-api.ts';

/** Every collection, field and relation of the project (system ones included). */
export async function readProjectSchema(api: DirectusApi): Promise<ProjectSchema> {
	const [collections, fields, relations] = await Promise.all([
		api.request<ProjectSchema['collections']>('GET', '/collections?limit=-1'),
		api.request<ProjectSchema['fields']>('GET', '/fields?limit=-1'),
		api.request<ProjectSchema['relations']>('GET', '/relations?limit=-1'),
	]);
	return { collections, fields, relations };
}

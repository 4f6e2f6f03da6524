import { buildExtensions } from '../../scripts/lib/extensions-build.ts';

/** For files that boot Directus instances of their own on PostgreSQL and Redis (the cluster): the extensions, built once. */
export default async function setup() {
	await buildExtensions();
}

import type { Accountability, SchemaOverview } from '@directus/types';
import type { Knex } from 'knex';

export type Filter = Record<string, unknown>;

/** A read permission as Directus resolves it for the caller: dynamic variables ($CURRENT_USER…) already filled in. */
export interface PermissionRow {
	collection: string;
	action: string;
	permissions: Filter | null;
	fields: string[] | null;
}

/**
 * The three pieces of Directus (11.17) that turn a caller's policies into SQL, the ones every ItemsService
 * read uses: the caller's policies, their permissions with dynamic variables resolved, and the filter
 * compiler that writes a Directus filter into a knex query. Directus has no public API for "the caller's
 * readable rows as SQL"; these modules are exported by @directus/api ("./*") but are not a documented API,
 * hence the checks below and the exact Directus version the module pins.
 */
export interface DirectusPermissionModules {
	fetchPolicies(accountability: Accountability, context: { knex: Knex; schema: SchemaOverview }): Promise<string[]>;
	fetchPermissions(options: { action: 'read'; policies: string[]; accountability: Accountability }, context: { knex: Knex; schema: SchemaOverview }): Promise<PermissionRow[]>;
	applyFilter(knex: Knex, schema: SchemaOverview, query: Knex.QueryBuilder, filter: Filter, collection: string, aliasMap: Record<string, unknown>, cases: Filter[], permissions: PermissionRow[]): unknown;
}

const MODULES = {
	policies: '@directus/api/permissions/lib/fetch-policies',
	permissions: '@directus/api/permissions/lib/fetch-permissions',
	filter: '@directus/api/database/run-ast/lib/apply-query/filter/index',
	items: '@directus/api/services/items',
} as const;

// Resolved when called, from the running Directus' own node_modules: the extension build must not inline Directus.
const importModule = (specifier: string): Promise<Record<string, unknown>> => import(/* @vite-ignore */ specifier);

let loaded: Promise<DirectusPermissionModules> | null = null;

async function load(itemsService: unknown): Promise<DirectusPermissionModules> {
	const [policies, permissions, filter, items] = await Promise.all(Object.values(MODULES).map(importModule));
	// Another copy of Directus would keep its own permission cache, which the running one never clears.
	if (items!['ItemsService'] !== itemsService) throw new Error('@directus/api resolves to another copy of Directus than the one running this extension: the caller\'s permissions cannot be written into SQL.');
	const found = { fetchPolicies: policies!['fetchPolicies'], fetchPermissions: permissions!['fetchPermissions'], applyFilter: filter!['applyFilter'] };
	const missing = Object.entries(found).filter(([, fn]) => typeof fn !== 'function').map(([name]) => name);
	if (missing.length > 0) throw new Error(`This Directus lacks ${missing.join(', ')} where 11.17 has them: the caller's permissions cannot be written into SQL.`);
	return found as unknown as DirectusPermissionModules;
}

/** The running Directus' permission modules (checked once against `itemsService`, the ItemsService Directus gave the extension). */
export function directusPermissionModules(itemsService: unknown): Promise<DirectusPermissionModules> {
	loaded ??= load(itemsService).catch((error: unknown) => {
		loaded = null;
		throw error;
	});
	return loaded;
}

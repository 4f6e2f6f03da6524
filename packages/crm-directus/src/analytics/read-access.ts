import { createHash } from 'node:crypto';
import { CrmError } from '@crm/core';
import type { Accountability, SchemaOverview } from '@directus/types';
import type { Knex } from 'knex';
import { type DirectusPermissionModules, directusPermissionModules, type Filter, type PermissionRow } from './directus-permissions.ts';

/** The rows of a collection the caller may read with certain fields: all, none, or those a filter selects. */
export type RowFilter = { permitted: false } | { permitted: true; filter: Filter | null };

const isEmpty = (filter: Filter | null) => filter === null || Object.keys(filter).length === 0;
const covers = (field: string) => (p: PermissionRow) => (p.fields ?? []).includes('*') || (p.fields ?? []).includes(field);

/**
 * Which rows of `collection` the caller may read `fields` of, as Directus decides it: a field is read on a
 * row when one of the read permissions that grants the field matches the row (their filters are or-ed,
 * an empty one matches all), so a row counts when every field is readable on it. Null filter: every row.
 */
export function rowFilterOf(permissions: readonly PermissionRow[], collection: string, fields: readonly string[]): RowFilter {
	const rules = permissions.filter((p) => p.collection === collection && p.action === 'read');
	const conjuncts = new Map<string, Filter>();
	for (const field of fields) {
		const granting = rules.filter(covers(field));
		if (granting.length === 0) return { permitted: false };
		if (granting.some((p) => isEmpty(p.permissions))) continue;
		const either = [...new Map(granting.map((p) => [JSON.stringify(p.permissions), p.permissions!])).values()];
		const filter = either.length === 1 ? either[0]! : { _or: either };
		conjuncts.set(JSON.stringify(filter), filter);
	}
	const all = [...conjuncts.values()];
	if (all.length === 0) return { permitted: true, filter: null };
	return { permitted: true, filter: all.length === 1 ? all[0]! : { _and: all } };
}

export interface AccessContext {
	knex: Knex;
	schema: SchemaOverview;
	accountability: Accountability | null;
	/** The ItemsService class Directus handed to the extension (checks the permission modules are the running Directus'). */
	itemsService: unknown;
}

/** What the caller may read, written into the analytics' SQL. */
export interface ReadAccess {
	/** Administrators (and the server itself) read everything: no restriction is ever written for them. */
	readonly all: boolean;
	/** Names what the caller may read: two callers with the same key read the same rows and fields ('all' for administrators). */
	readonly key: string;
	/**
	 * Keeps `query` to rows whose `column` holds a key of a `collection` row the caller may read `fields` of:
	 * `column IN (SELECT key FROM collection WHERE <their permission filter>)`, the filter compiled by Directus
	 * itself. Nothing is added when they may read every row; CRM_NOT_PERMITTED when they may read none of a field.
	 */
	restrict(query: Knex.QueryBuilder, collection: string, column: string, fields: readonly string[]): Knex.QueryBuilder;
}

/** Everything: what administrators and the server's own jobs read. */
export const EVERYTHING: ReadAccess = { all: true, key: 'all', restrict: (query) => query };

function notPermitted(collection: string): CrmError {
	return new CrmError('CRM_NOT_PERMITTED', 'Your access does not cover what these figures are made of.', { collection });
}

function restrictWith(ctx: AccessContext, modules: DirectusPermissionModules, permissions: PermissionRow[]): ReadAccess['restrict'] {
	return (query, collection, column, fields) => {
		const rows = rowFilterOf(permissions, collection, fields);
		if (!rows.permitted) throw notPermitted(collection);
		if (rows.filter === null) return query;
		const key = `${collection}.${ctx.schema.collections[collection]?.primary ?? 'id'}`;
		const readable = ctx.knex.select(key).from(collection);
		modules.applyFilter(ctx.knex, ctx.schema, readable, rows.filter, collection, Object.create(null) as Record<string, unknown>, [], permissions);
		return query.whereIn(column, readable);
	};
}

/** The caller's read permissions, loaded once per request (Directus caches them across requests). */
export async function loadReadAccess(ctx: AccessContext): Promise<ReadAccess> {
	const { accountability } = ctx;
	if (!accountability || accountability.admin) return EVERYTHING;
	const modules = await directusPermissionModules(ctx.itemsService);
	const context = { knex: ctx.knex, schema: ctx.schema };
	const policies = await modules.fetchPolicies(accountability, context);
	const permissions = await modules.fetchPermissions({ action: 'read', policies, accountability }, context);
	return { all: false, key: permissionsKey(permissions), restrict: restrictWith(ctx, modules, permissions) };
}

/** A digest of the read permissions (their collections, fields and row filters, with the caller's own values filled in). */
function permissionsKey(permissions: readonly PermissionRow[]): string {
	const rows = permissions.map((p) => JSON.stringify([p.collection, p.action, [...(p.fields ?? [])].sort(), p.permissions ?? null])).sort();
	return createHash('sha256').update(rows.join('\n')).digest('base64url');
}

import type { ForecastScope } from '@crm/core';
import type { Knex } from 'knex';

/** Whose orders and deals a scope covers: everyone's (null), or these reps'. */
export type ScopeOwners = readonly string[] | null;

export interface LoadedScope {
	scope: ForecastScope;
	owners: ScopeOwners;
}

/** The scopes the weekly job forecasts: the company, every team and every active rep. */
export async function loadForecastScopes(knex: Knex): Promise<LoadedScope[]> {
	const reps = (await knex('crm_sales_reps').select('id', 'team', 'active')) as { id: string; team: string | null; active: unknown }[];
	const teams = (await knex('crm_teams').select('id')) as { id: string }[];
	return [
		{ scope: { kind: 'company', id: null }, owners: null },
		...teams.map((t): LoadedScope => ({ scope: { kind: 'team', id: String(t.id) }, owners: reps.filter((r) => String(r.team) === String(t.id)).map((r) => String(r.id)) })),
		...reps.filter((r) => r.active === true || r.active === 1 || r.active === '1').map((r): LoadedScope => ({ scope: { kind: 'rep', id: String(r.id) }, owners: [String(r.id)] })),
	];
}

/** Keeps a query to the scope's owners (the column holding the rep). */
export function ownedBy<Q extends Knex.QueryBuilder>(query: Q, column: string, owners: ScopeOwners): Q {
	if (owners !== null) query.whereIn(column, owners as string[]);
	return query;
}

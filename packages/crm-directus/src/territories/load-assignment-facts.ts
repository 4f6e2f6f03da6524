import type { AssignmentCustomer, AssignmentRep, AssignmentRule } from '@crm/core';
import type { Knex } from 'knex';
import { textOrNull } from '../db-cells.ts';

type Row = Record<string, unknown>;

/** Every assignment rule with the names of its region and group (the explanation names them). */
export async function loadAssignmentRules(knex: Knex): Promise<AssignmentRule[]> {
	const rows: Row[] = await knex('crm_assignment_rules as a')
		.leftJoin('crm_regions as r', 'r.id', 'a.region')
		.leftJoin('crm_customer_groups as g', 'g.id', 'a.customer_group')
		.select('a.id', 'a.name', 'a.sort', 'a.active', 'a.region', 'a.customer_group', 'a.country', 'a.category', 'a.target_rep', 'a.target_team', 'r.name as region_name', 'g.name as group_name');
	return rows.map((r) => ({
		id: String(r['id']),
		name: String(r['name']),
		sort: Number(r['sort'] ?? 0),
		active: r['active'] === true || r['active'] === 1,
		regionId: textOrNull(r['region']),
		regionName: textOrNull(r['region_name']),
		groupId: textOrNull(r['customer_group']),
		groupName: textOrNull(r['group_name']),
		country: textOrNull(r['country']),
		category: textOrNull(r['category']),
		targetRepId: textOrNull(r['target_rep']),
		targetTeamId: textOrNull(r['target_team']),
	}));
}

/** Every rep with their team and how many customers they own now. */
export async function loadAssignmentReps(knex: Knex): Promise<AssignmentRep[]> {
	const [reps, counts]: [Row[], Row[]] = await Promise.all([
		knex('crm_sales_reps as s').leftJoin('crm_teams as t', 't.id', 's.team').select('s.id', 's.name', 's.team', 's.active', 't.name as team_name'),
		knex('crm_customers').whereNotNull('owner').groupBy('owner').select('owner').count({ n: '*' }),
	]);
	const countOf = new Map(counts.map((c) => [String(c['owner']), Number(c['n'])]));
	return reps.map((r) => ({
		id: String(r['id']),
		name: String(r['name']),
		teamId: textOrNull(r['team']),
		teamName: textOrNull(r['team_name']),
		active: r['active'] === true || r['active'] === 1,
		customerCount: countOf.get(String(r['id'])) ?? 0,
	}));
}

/** The customers named, with what the rules look at: region, groups, country, category. */
export async function loadAssignmentCustomers(knex: Knex, ids: readonly string[]): Promise<AssignmentCustomer[]> {
	if (ids.length === 0) return [];
	const customers: Row[] = [];
	const groups: Row[] = [];
	for (let i = 0; i < ids.length; i += 500) {
		const chunk = ids.slice(i, i + 500);
		customers.push(...(await knex('crm_customers').whereIn('id', chunk).select('id', 'name', 'owner', 'region', 'country', 'category')));
		groups.push(...(await knex('crm_customers_customer_groups').whereIn('crm_customers_id', chunk).select('crm_customers_id', 'crm_customer_groups_id')));
	}
	return customers.map((c) => ({
		id: String(c['id']),
		name: String(c['name']),
		ownerId: textOrNull(c['owner']),
		regionId: textOrNull(c['region']),
		groupIds: groups.filter((g) => String(g['crm_customers_id']) === String(c['id'])).map((g) => String(g['crm_customer_groups_id'])),
		country: textOrNull(c['country']),
		category: textOrNull(c['category']),
	}));
}

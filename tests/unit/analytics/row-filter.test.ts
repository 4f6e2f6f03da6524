import { describe, expect, test } from 'vitest';
import { type RowFilter, rowFilterOf } from '../../../packages/crm-directus/src/analytics/read-access.ts';

const OWN = { customer: { owner: { user: { _eq: 'u1' } } } };
const TEAM = { customer: { owner: { team: { manager: { _eq: 'u1' } } } } };
const perm = (permissions: object | null, fields: string[] | null, collection = 'crm_orders', action = 'read') => ({ collection, action, permissions: permissions as Record<string, unknown> | null, fields });

describe('rows the caller may read, as Directus decides it', () => {
	test.each<[string, ReturnType<typeof perm>[], string[], RowFilter]>([
		['no permission on the collection', [perm({}, ['*'], 'crm_customers')], ['id'], { permitted: false }],
		['every row (empty filter)', [perm({}, ['*'])], ['id', 'net_total_base'], { permitted: true, filter: null }],
		['every row (null filter)', [perm(null, ['id', 'net_total_base'])], ['id', 'net_total_base'], { permitted: true, filter: null }],
		['own customers', [perm(OWN, ['*'])], ['id', 'net_total_base'], { permitted: true, filter: OWN }],
		['two policies: either filter', [perm(OWN, ['*']), perm(TEAM, ['*'])], ['id'], { permitted: true, filter: { _or: [OWN, TEAM] } }],
		['one policy without a filter wins', [perm(OWN, ['*']), perm({}, ['*'])], ['id'], { permitted: true, filter: null }],
		['a field no permission grants', [perm({}, ['id', 'number'])], ['id', 'net_total_base'], { permitted: false }],
		['a field only a narrower permission grants', [perm({}, ['id', 'customer']), perm(OWN, ['net_total_base'])], ['id', 'net_total_base'], { permitted: true, filter: OWN }],
		['create permissions do not read', [perm({}, ['*'], 'crm_orders', 'create'), perm(OWN, ['*'])], ['id'], { permitted: true, filter: OWN }],
	])('%s', (_name, permissions, fields, expected) => {
		expect(rowFilterOf(permissions, 'crm_orders', fields)).toEqual(expected);
	});

	test('different fields behind different filters: a row counts when every field is readable on it', () => {
		expect(rowFilterOf([perm(OWN, ['id', 'net_total_base']), perm(TEAM, ['id', 'cost_total_base'])], 'crm_orders', ['id', 'net_total_base', 'cost_total_base'])).toEqual({ permitted: true, filter: { _and: [{ _or: [OWN, TEAM] }, OWN, TEAM] } });
	});
});

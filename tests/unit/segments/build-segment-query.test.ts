import knexFactory from 'knex';
import { describe, expect, test } from 'vitest';
import type { SegmentRule } from '../../../packages/crm-core/src/index.ts';
import { buildSegmentQuery } from '../../../packages/crm-directus/src/segments/build-segment-query.ts';

const pg = knexFactory({ client: 'pg' });
const sqlite = knexFactory({ client: 'sqlite3', useNullAsDefault: true });
const G = '0b5c7a34-9d1e-4c2f-8a6b-1e2d3c4b5a61';
const TODAY = '2026-12-06';

const rule = (match: 'all' | 'any', ...conditions: SegmentRule['conditions']): SegmentRule => ({ match, conditions });
const sqlOf = (r: SegmentRule, target: 'customers' | 'products' = 'customers', client = pg) => buildSegmentQuery(client, r, target, TODAY).toSQL().toNative();

describe('buildSegmentQuery', () => {
	test.each([
		['an attribute', rule('all', { kind: 'attribute', attribute: 'status', values: ['active', 'key'], negate: false }), 'where ((("m"."status" in ($1, $2))))', ['active', 'key']],
		['a negated attribute, which keeps members without a value', rule('all', { kind: 'attribute', attribute: 'region', values: [G], negate: true }), 'where ((not ("m"."region" in ($1))))', [G]],
		['a customer group', rule('all', { kind: 'in_group', groups: [G], negate: false }), 'exists (select * from "crm_customers_customer_groups" as "j" where j.crm_customers_id = m.id and "j"."crm_customer_groups_id" in ($1))', [G]],
		['bought within 90 days', rule('all', { kind: 'bought', products: [], productGroups: [G], withinDays: 90, negate: false }), '"o"."order_date" >= $3', ['draft', 'cancelled', '2026-09-07', G]],
		['never bought', rule('all', { kind: 'bought', products: [G], productGroups: [], withinDays: null, negate: true }), 'not (exists (select * from "crm_orders" as "o" inner join "crm_order_lines" as "l"', ['draft', 'cancelled', G]],
		['no order for 180 days', rule('all', { kind: 'no_order_for', days: 180 }), 'not exists (select * from "crm_orders" as "o" where o.customer = m.id and "o"."status" not in ($1, $2) and "o"."order_date" >= $3)', ['draft', 'cancelled', '2026-06-09']],
		['revenue bounds', rule('all', { kind: 'revenue', withinDays: 365, atLeast: 100_000, below: 500_000 }), 'TRUNC(CAST(o.net_total AS numeric) * o.gross_total_base / o.gross_total)', ['draft', 'cancelled', '2025-12-06', 100_000, 'draft', 'cancelled', '2025-12-06', 500_000]],
	])('%s', (_name, r, fragment, bindings) => {
		const { sql, bindings: bound } = sqlOf(r);
		expect(sql).toContain(fragment);
		expect(bound).toEqual(bindings);
	});

	test('"all" joins the conditions with and, "any" with or; members come in name order', () => {
		const a: SegmentRule['conditions'][number] = { kind: 'attribute', attribute: 'status', values: ['key'], negate: false };
		const b: SegmentRule['conditions'][number] = { kind: 'no_order_for', days: 30 };
		expect(sqlOf(rule('all', a, b)).sql).toMatch(/^select "m"\."id" from "crm_customers" as "m" where \(\(\("m"\."status" in \(\$1\)\)\) and \(not exists .*\)\) order by "m"\."name" asc, "m"\."id" asc$/);
		expect(sqlOf(rule('any', a, b)).sql).toMatch(/where \(\(\("m"\."status" in \(\$1\)\)\) or \(not exists /);
	});

	test('products are selected from crm_products, their groups by column', () => {
		expect(sqlOf(rule('all', { kind: 'in_group', groups: [G], negate: false }), 'products').sql).toBe('select "m"."id" from "crm_products" as "m" where ((("m"."group" in ($1)))) order by "m"."name" asc, "m"."id" asc');
	});

	test('on SQLite, days are bound as Directus stores them (local midnight) and revenue divides whole numbers', () => {
		const { sql, bindings } = sqlOf(rule('all', { kind: 'revenue', withinDays: 30, atLeast: 1, below: null }), 'customers', sqlite);
		expect(sql).toContain('o.net_total * o.gross_total_base / o.gross_total');
		expect(bindings[2]).toEqual(new Date(2026, 10, 6));
	});
});

import { describe, expect, test } from 'vitest';
import { toClassificationRule } from '../../../packages/crm-directus/src/service/classification-rule-rows.ts';

const row = (over: Record<string, unknown> = {}) => ({
	id: 'r1',
	code: 'BILLING',
	name: 'Invoices go to billing',
	priority: 10,
	active: true,
	keywords: ['invoice', 'refund'],
	channels: null,
	customer_statuses: null,
	set_type: null,
	set_category: null,
	set_priority: null,
	set_team: 't1',
	set_required_skills: null,
	...over,
});
const links = { productIds: ['p1'], productGroupIds: [], categoryIds: ['c1'] };

describe('toClassificationRule', () => {
	test('a row with its links: conditions from the lists and links, nothing set when the row sets nothing', () => {
		expect(toClassificationRule(row(), links)).toEqual({
			id: 'r1',
			code: 'BILLING',
			name: 'Invoices go to billing',
			priority: 10,
			active: true,
			match: { keywordsAny: ['invoice', 'refund'], channels: [], customerStatuses: [], productIds: ['p1'], productGroupIds: [], categoryIds: ['c1'] },
			set: {},
		});
	});

	test.each([
		['JSON lists as text (SQLite)', { keywords: '["outage",""]', channels: '["email"]' }, { keywordsAny: ['outage'], channels: ['email'] }],
		['parsed lists (PostgreSQL), empty and non-text entries dropped', { keywords: ['down', '', 7], customer_statuses: ['key'] }, { keywordsAny: ['down'], customerStatuses: ['key'] }],
	] as const)('%s', (_name, over, match) => {
		expect(toClassificationRule(row(over), links).match).toMatchObject(match);
	});

	test.each([
		['type, category and priority', { set_type: 'ty', set_category: 'ca', set_priority: 'urgent' }, { typeId: 'ty', categoryId: 'ca', priority: 'urgent' }],
		['a priority that is none is left out', { set_priority: 'asap' }, {}],
		['required skills by code, from text', { set_required_skills: '[{"skill":"NETWORK","min_level":3}]' }, { requiredSkills: [{ skillId: 'NETWORK', minLevel: 3 }] }],
		['an empty skill list sets none', { set_required_skills: [] }, {}],
	] as const)('sets %s', (_name, over, set) => {
		expect(toClassificationRule(row(over), links).set).toEqual(set);
	});
});

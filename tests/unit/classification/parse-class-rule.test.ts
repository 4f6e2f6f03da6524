import { describe, expect, test } from 'vitest';
import { CrmError, parseClassRule, UNSORTED_RULE } from '../../../packages/crm-core/src/index.ts';

const refusal = (row: Record<string, unknown>) => {
	try {
		parseClassRule(row);
	} catch (error) {
		return error instanceof CrmError ? [error.code, error.details, error.message] : ['not a CrmError', String(error)];
	}
	return ['accepted'];
};

const base = { id: 'r1', name: 'Dormant', sort: 20 };

describe('parseClassRule', () => {
	test('reads a full rule as Directus stores it', () => {
		expect(
			parseClassRule({ ...base, active: true, abc_revenue: ['C'], abc_margin: null, xyz: 'Y,Z', min_margin_bp: -500, min_days_since_order: 365, max_days_since_order: 3650, min_rfm_score: 3, category: ' DORMANT ', status: 'active', notes: 'Win them back.' }),
		).toEqual({ id: 'r1', name: 'Dormant', sort: 20, abcRevenue: ['C'], abcMargin: [], xyz: ['Y', 'Z'], minMarginBp: -500, minDaysSinceOrder: 365, maxDaysSinceOrder: 3650, minRfmScore: 3, category: 'DORMANT', status: 'active' });
	});

	test('empty columns are no condition and set nothing', () => {
		expect(parseClassRule({ ...base, abc_revenue: [], abc_margin: '', xyz: undefined, min_margin_bp: null, category: '', status: null })).toEqual({
			id: 'r1',
			name: 'Dormant',
			sort: 20,
			abcRevenue: [],
			abcMargin: [],
			xyz: [],
			minMarginBp: null,
			minDaysSinceOrder: null,
			maxDaysSinceOrder: null,
			minRfmScore: null,
			category: null,
			status: null,
		});
	});

	test.each<[string, Record<string, unknown>, Partial<ReturnType<typeof parseClassRule>>]>([
		['lists come back once each, in class order, without blanks', { abc_revenue: ['B', 'A', 'B'], xyz: ' Z, ,X ' }, { abcRevenue: ['A', 'B'], xyz: ['X', 'Z'] }],
		['an integer id becomes text', { id: 7 }, { id: '7' }],
		['numbers stored as text are read', { sort: '5', min_rfm_score: '12' }, { sort: 5, minRfmScore: 12 }],
		['a rule never placed in the list is tried last', { sort: null }, { sort: UNSORTED_RULE }],
		['a minimum and maximum of the same day is one day', { min_days_since_order: 30, max_days_since_order: 30 }, { minDaysSinceOrder: 30, maxDaysSinceOrder: 30 }],
		['status key', { status: 'key' }, { status: 'key' }],
	])('%s', (_, over, expected) => {
		expect(parseClassRule({ ...base, ...over })).toMatchObject(expected);
	});

	test.each<[string, Record<string, unknown>, unknown[]]>([
		['no id', { id: null }, ['CRM_REQUIRED_FIELD', { field: 'id' }, 'A classification rule: id is missing.']],
		['an id that is an object', { id: { key: 1 } }, ['CRM_INVALID_TYPE', { field: 'id' }, 'A classification rule: id must be text, got an object.']],
		['no name', { name: '  ' }, ['CRM_REQUIRED_FIELD', { rule: 'r1', field: 'name' }, 'Classification rule r1: name is missing: a rule is chosen and read by people.']],
		['a class that does not exist', { abc_revenue: 'A,D' }, ['CRM_INVALID_CHOICE', { rule: 'r1', field: 'abc_revenue' }, 'Classification rule "Dormant": abc_revenue may hold A, B, C, not "D".']],
		['a lower-case class', { xyz: ['x'] }, ['CRM_INVALID_CHOICE', { rule: 'r1', field: 'xyz' }, 'Classification rule "Dormant": xyz may hold X, Y, Z, not "x".']],
		['a list of numbers', { abc_margin: [1, 2] }, ['CRM_INVALID_TYPE', { rule: 'r1', field: 'abc_margin' }, 'Classification rule "Dormant": abc_margin must be a list of A, B, C (or comma-separated text), got a list.']],
		['a sort that is not whole', { sort: 1.5 }, ['CRM_INVALID_TYPE', { rule: 'r1', field: 'sort' }, 'Classification rule "Dormant": sort must be a whole number, got 1.5.']],
		['a margin above 100 %', { min_margin_bp: 10_001 }, ['CRM_OUT_OF_RANGE', { rule: 'r1', field: 'min_margin_bp' }, 'Classification rule "Dormant": min_margin_bp must be from -100000 to 10000, got 10001.']],
		['negative days', { min_days_since_order: -1 }, ['CRM_OUT_OF_RANGE', { rule: 'r1', field: 'min_days_since_order' }, 'Classification rule "Dormant": min_days_since_order must be from 0 to 36500, got -1.']],
		['a maximum below the minimum', { min_days_since_order: 365, max_days_since_order: 90 }, ['CRM_OUT_OF_RANGE', { rule: 'r1', field: 'max_days_since_order' }, 'Classification rule "Dormant": max_days_since_order (90) is less than min_days_since_order (365): the rule could never match.']],
		['an RFM score below 3', { min_rfm_score: 2 }, ['CRM_OUT_OF_RANGE', { rule: 'r1', field: 'min_rfm_score' }, 'Classification rule "Dormant": min_rfm_score must be from 3 to 15, got 2.']],
		['an RFM score above 15', { min_rfm_score: 16 }, ['CRM_OUT_OF_RANGE', { rule: 'r1', field: 'min_rfm_score' }, 'Classification rule "Dormant": min_rfm_score must be from 3 to 15, got 16.']],
		['a category longer than a customer can hold', { category: 'X'.repeat(33) }, ['CRM_TOO_LONG', { rule: 'r1', field: 'category' }, 'Classification rule "Dormant": category holds at most 32 characters (as the customer\'s category does), got 33.']],
		['a category that is not text', { category: 5 }, ['CRM_INVALID_TYPE', { rule: 'r1', field: 'category' }, 'Classification rule "Dormant": category must be text, got 5.']],
		['a status people decide', { status: 'blocked' }, ['CRM_INVALID_CHOICE', { rule: 'r1', field: 'status' }, 'Classification rule "Dormant": status may be active or key, not "blocked": blocked, lost and prospect are decided by people, not by rules.']],
	])('refuses %s', (_, over, expected) => {
		expect(refusal({ ...base, ...over })).toEqual(expected);
	});
});

describe('a rule\'s class lists as SQLite returns them', () => {
	test('reads a JSON list that comes back as text', () => {
		expect(parseClassRule({ id: 'r', name: 'Key', sort: 1, abc_revenue: '["A","B"]', xyz: '["X"]' })).toMatchObject({ abcRevenue: ['A', 'B'], xyz: ['X'] });
	});
});

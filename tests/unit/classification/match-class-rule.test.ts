import { describe, expect, test } from 'vitest';
import { type ClassRule, matchClassRule, type RuleCandidate } from '../../../packages/crm-core/src/index.ts';
import { candidate, rule } from './classification-fixtures.ts';

const DORMANT = rule('dormant', { sort: 20, abcRevenue: ['C'], minDaysSinceOrder: 365, category: 'DORMANT' });
const KEY = rule('key', { sort: 10, abcRevenue: ['A'], xyz: ['X'], minMarginBp: 2000, status: 'key' });

const matches = (over: Partial<ClassRule>, c: RuleCandidate) => matchClassRule([rule('r', over)], c) !== null;

describe('matchClassRule', () => {
	test.each<[string, Partial<ClassRule>, RuleCandidate, boolean]>([
		['a rule without conditions matches everybody, even a customer without classes', {}, candidate({}), true],
		['a list matches a class in it', { abcRevenue: ['A', 'B'] }, candidate({ abcRevenue: 'B' }), true],
		['a list does not match a class outside it', { abcRevenue: ['A', 'B'] }, candidate({ abcRevenue: 'C' }), false],
		['a customer without the class does not match a list', { xyz: ['X', 'Y', 'Z'] }, candidate({ abcRevenue: 'A', xyz: null }), false],
		['ABC by margin is tested apart from ABC by revenue', { abcMargin: ['A'] }, candidate({ abcRevenue: 'A', abcMargin: 'B' }), false],
		['a margin of exactly the minimum matches', { minMarginBp: 2000 }, candidate({}, { revenue: 10_000, margin: 2_000 }), true],
		['a margin just below the minimum does not', { minMarginBp: 2000 }, candidate({}, { revenue: 10_000, margin: 1_999 }), false],
		['without revenue there is no margin rate: no match', { minMarginBp: 0 }, candidate({}, { revenue: 0, margin: 0 }), false],
		['net revenue below zero: no match, whatever the margin', { minMarginBp: -10_000 }, candidate({}, { revenue: -100, margin: 50 }), false],
		['a negative minimum lets a small loss through', { minMarginBp: -500 }, candidate({}, { revenue: 1_000, margin: -50 }), true],
		['no order for exactly the minimum days matches', { minDaysSinceOrder: 365 }, candidate({}, { daysSinceOrder: 365 }), true],
		['an order within the minimum days does not', { minDaysSinceOrder: 365 }, candidate({}, { daysSinceOrder: 364 }), false],
		['a customer who never ordered does not match a minimum of days (not dormant: not started)', { minDaysSinceOrder: 365 }, candidate({}, { daysSinceOrder: null }), false],
		['an order exactly the maximum days ago matches', { maxDaysSinceOrder: 180 }, candidate({}, { daysSinceOrder: 180 }), true],
		['an order longer ago than the maximum does not', { maxDaysSinceOrder: 180 }, candidate({}, { daysSinceOrder: 181 }), false],
		['a customer who never ordered does not match a maximum of days', { maxDaysSinceOrder: 36_500 }, candidate({}, { daysSinceOrder: null }), false],
		['an RFM total of exactly the minimum matches', { minRfmScore: 12 }, candidate({}, { rfmScores: { r: 5, f: 4, m: 3 } }), true],
		['an RFM total below the minimum does not', { minRfmScore: 12 }, candidate({}, { rfmScores: { r: 5, f: 4, m: 2 } }), false],
		['a customer without RFM does not match a minimum score', { minRfmScore: 3 }, candidate({}, { rfmScores: null }), false],
		['every condition must hold', { abcRevenue: ['A'], maxDaysSinceOrder: 30 }, candidate({ abcRevenue: 'A' }, { daysSinceOrder: 31 }), false],
	])('%s', (_, over, c, expected) => {
		expect(matches(over, c)).toBe(expected);
	});

	test.each<[string, RuleCandidate, string | null]>([
		['C and no order for a year: dormant', candidate({ abcRevenue: 'C', xyz: 'Z' }, { daysSinceOrder: 400 }), 'dormant'],
		['C and never ordered: no rule (a prospect is not dormant)', candidate({ abcRevenue: 'C' }, { daysSinceOrder: null }), null],
		['C with an order 100 days ago: no rule', candidate({ abcRevenue: 'C' }, { daysSinceOrder: 100 }), null],
		['B and no order for a year: no rule', candidate({ abcRevenue: 'B' }, { daysSinceOrder: 400 }), null],
		['A × X with a 25 % margin: key', candidate({ abcRevenue: 'A', xyz: 'X' }, { revenue: 100_000, margin: 25_000, daysSinceOrder: 3 }), 'key'],
		['A × X with exactly 20 %: key', candidate({ abcRevenue: 'A', xyz: 'X' }, { revenue: 100_000, margin: 20_000, daysSinceOrder: 3 }), 'key'],
		['A × Y with a 25 % margin: no rule', candidate({ abcRevenue: 'A', xyz: 'Y' }, { revenue: 100_000, margin: 25_000 }), null],
		['A × X with a 15 % margin: no rule', candidate({ abcRevenue: 'A', xyz: 'X' }, { revenue: 100_000, margin: 15_000 }), null],
		['A, too new for XYZ: no rule', candidate({ abcRevenue: 'A', xyz: null }, { revenue: 100_000, margin: 25_000 }), null],
	])('%s', (_, c, expected) => {
		expect(matchClassRule([DORMANT, KEY], c)?.id ?? null).toBe(expected);
	});

	test('the rule with the lower sort wins, whatever order the rules come in', () => {
		const regular = rule('regular', { sort: 30, maxDaysSinceOrder: 180, category: 'REGULAR' });
		const c = candidate({ abcRevenue: 'A', xyz: 'X' }, { revenue: 100_000, margin: 30_000, daysSinceOrder: 5 });
		expect(matchClassRule([regular, DORMANT, KEY], c)?.id).toBe('key');
		expect(matchClassRule([regular, DORMANT, { ...KEY, sort: 40 }], c)?.id).toBe('regular');
	});

	test('rules with the same sort are tried by name, then by id', () => {
		const c = candidate({});
		expect(matchClassRule([rule('r2', { name: 'Beta' }), rule('r1', { name: 'Alpha' })], c)?.id).toBe('r1');
		expect(matchClassRule([rule('r2', { name: 'Same' }), rule('r1', { name: 'Same' })], c)?.id).toBe('r1');
	});

	test('no rules, or none met: null', () => {
		expect(matchClassRule([], candidate({}))).toBeNull();
		expect(matchClassRule([KEY], candidate({ abcRevenue: 'B' }))).toBeNull();
	});
});

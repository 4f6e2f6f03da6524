import { describe, expect, test } from 'vitest';
import { type ClassificationFacts, type ClassifiedCustomer, type CustomerClasses, type CustomerSalesFacts, DEFAULT_CLASSIFICATION_SETTINGS, planClassification } from '../../../packages/crm-core/src/index.ts';
import { classes, rule } from './classification-fixtures.ts';

const TODAY = '2026-06-15';
/** Twelve months, July 2025 to June 2026. */
const months = (byIndex: Record<number, number>) => Array.from({ length: 12 }, (_, i) => byIndex[i] ?? 0);
const every = (amount: number) => months(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [i, amount])));

const KEY = rule('key', { name: 'Key accounts', sort: 10, abcRevenue: ['A'], xyz: ['X'], minMarginBp: 2000, category: 'KEY', status: 'key' });
const DORMANT = rule('dormant', { name: 'Dormant', sort: 20, abcRevenue: ['C'], minDaysSinceOrder: 365, category: 'DORMANT' });
const REGULAR = rule('regular', { name: 'Regular', sort: 30, maxDaysSinceOrder: 180, category: 'REGULAR', status: 'active' });

const customer = (customer: string, current: CustomerClasses, sales: Omit<CustomerSalesFacts, 'customer' | 'current'>): CustomerSalesFacts => ({ customer, current, ...sales });

/**
 * Eight customers, 1 000 000 of positive revenue and 220 000 of positive margin among them:
 * ALFA big and steady, BETA big but erratic and blocked, GAMMA acquired in January, DELTA quarterly and
 * already classified as this run classifies them, EPS one order in November, ZETA a prospect who never (no rule: not dormant, not started)
 * ordered, ETA only a credit note in the window, THETA lost long ago and already classified.
 */
function facts(): ClassificationFacts {
	return {
		today: TODAY,
		settings: DEFAULT_CLASSIFICATION_SETTINGS,
		rules: [REGULAR, DORMANT, KEY],
		customers: [
			customer('ALFA', classes(), { revenue: 600_000, margin: 150_000, orders: 12, monthly: every(50_000), firstOrderDay: '2020-03-01', lastOrderDay: '2026-06-10' }),
			customer('BETA', classes({ status: 'blocked' }), { revenue: 240_000, margin: 24_000, orders: 6, monthly: months({ 1: 40_000, 3: 40_000, 5: 40_000, 7: 40_000, 9: 40_000, 11: 40_000 }), firstOrderDay: '2024-01-01', lastOrderDay: '2026-05-20' }),
			customer('GAMMA', classes(), { revenue: 100_000, margin: 30_000, orders: 6, monthly: months({ 6: 12_000, 7: 20_000, 8: 16_000, 9: 20_000, 10: 16_000, 11: 16_000 }), firstOrderDay: '2026-01-10', lastOrderDay: '2026-06-01' }),
			customer('DELTA', classes({ abcRevenue: 'B', abcMargin: 'B', xyz: 'Z', rfm: '422', category: 'REGULAR', rule: 'regular' }), { revenue: 40_000, margin: 12_000, orders: 4, monthly: months({ 2: 10_000, 5: 10_000, 8: 10_000, 11: 10_000 }), firstOrderDay: '2023-05-05', lastOrderDay: '2026-06-03' }),
			customer('EPS', classes({ abcRevenue: 'B', category: 'REGULAR', rule: 'regular' }), { revenue: 20_000, margin: 4_000, orders: 1, monthly: months({ 4: 20_000 }), firstOrderDay: '2025-11-01', lastOrderDay: '2025-11-01' }),
			customer('ZETA', classes({ status: 'prospect' }), { revenue: 0, margin: 0, orders: 0, monthly: months({}), firstOrderDay: null, lastOrderDay: null }),
			customer('ETA', classes({ category: 'REGULAR', rule: 'regular' }), { revenue: -5_000, margin: -1_000, orders: 0, monthly: months({ 1: -5_000 }), firstOrderDay: '2022-02-01', lastOrderDay: '2025-03-01' }),
			customer('THETA', classes({ abcRevenue: 'C', abcMargin: 'C', xyz: 'Z', category: 'DORMANT', status: 'lost', rule: 'dormant' }), { revenue: 0, margin: 0, orders: 0, monthly: months({}), firstOrderDay: '2021-06-01', lastOrderDay: '2024-01-10' }),
		],
	};
}

const result = (customer: string, to: CustomerClasses, figures: Omit<ClassifiedCustomer, 'customer' | 'classes'>): ClassifiedCustomer => ({ customer, classes: to, ...figures });

const EXPECTED: ClassifiedCustomer[] = [
	// A by revenue and margin, steady, 25 % margin: the key-account rule wins over the regular one.
	result('ALFA', { abcRevenue: 'A', abcMargin: 'A', xyz: 'X', rfm: '555', category: 'KEY', status: 'key', rule: 'key' }, { rfmScores: { r: 5, f: 5, m: 5 }, revenue: 600_000, margin: 150_000, cvBp: 0, daysSinceOrder: 5 }),
	// Crosses the 80 % line (60 % → 84 %): still A. Regular by its last order, but blocked stays blocked.
	result('BETA', { abcRevenue: 'A', abcMargin: 'B', xyz: 'Z', rfm: '234', category: 'REGULAR', status: 'blocked', rule: 'regular' }, { rfmScores: { r: 2, f: 3, m: 4 }, revenue: 240_000, margin: 24_000, cvBp: 10_000, daysSinceOrder: 26 }),
	// Judged on its six months since January, not on twelve: Y.
	result('GAMMA', { abcRevenue: 'B', abcMargin: 'A', xyz: 'Y', rfm: '333', category: 'REGULAR', status: 'active', rule: 'regular' }, { rfmScores: { r: 3, f: 3, m: 3 }, revenue: 100_000, margin: 30_000, cvBp: 1649, daysSinceOrder: 14 }),
	result('DELTA', { abcRevenue: 'B', abcMargin: 'B', xyz: 'Z', rfm: '422', category: 'REGULAR', status: 'active', rule: 'regular' }, { rfmScores: { r: 4, f: 2, m: 2 }, revenue: 40_000, margin: 12_000, cvBp: 14_142, daysSinceOrder: 12 }),
	// Starts at 98 %: C. No rule matches (226 days: not regular, not yet dormant): category and status stay, the rule goes.
	result('EPS', { abcRevenue: 'C', abcMargin: 'C', xyz: 'Z', rfm: '111', category: 'REGULAR', status: 'active', rule: null }, { rfmScores: { r: 1, f: 1, m: 1 }, revenue: 20_000, margin: 4_000, cvBp: 26_458, daysSinceOrder: 226 }),
	// Never ordered: no XYZ, no RFM, dormant by category, still a prospect.
	result('ZETA', { abcRevenue: 'C', abcMargin: 'C', xyz: null, rfm: null, category: null, status: 'prospect', rule: null }, { rfmScores: null, revenue: 0, margin: 0, cvBp: null, daysSinceOrder: null }),
	// A credit note only: C, Z without variation, no RFM; 471 days without an order: dormant.
	result('ETA', { abcRevenue: 'C', abcMargin: 'C', xyz: 'Z', rfm: null, category: 'DORMANT', status: 'active', rule: 'dormant' }, { rfmScores: null, revenue: -5_000, margin: -1_000, cvBp: null, daysSinceOrder: 471 }),
	result('THETA', { abcRevenue: 'C', abcMargin: 'C', xyz: 'Z', rfm: null, category: 'DORMANT', status: 'lost', rule: 'dormant' }, { rfmScores: null, revenue: 0, margin: 0, cvBp: null, daysSinceOrder: 887 }),
];

describe('planClassification', () => {
	test('classifies every customer: ABC by revenue and margin, XYZ, RFM, days since the last order, and the first rule met', () => {
		expect(planClassification(facts()).all).toEqual(EXPECTED);
	});

	test('writes only the customers whose classes, category, status or rule changed, with a history row from → to', () => {
		const plan = planClassification(facts());
		const changed = ['ALFA', 'BETA', 'GAMMA', 'EPS', 'ZETA', 'ETA'];
		expect(plan.updates).toEqual(EXPECTED.filter((c) => changed.includes(c.customer)));
		expect(plan.changes).toEqual(
			changed.map((name) => ({ customer: name, from: facts().customers.find((c) => c.customer === name)!.current, to: EXPECTED.find((c) => c.customer === name)!.classes })),
		);
	});

	test('counts customers and changes, and sums customers and revenue per ABC × XYZ cell that has any', () => {
		expect(planClassification(facts()).summary).toEqual({
			customers: 8,
			changed: 6,
			matrix: [
				{ abc: 'A', xyz: 'X', customers: 1, revenue: 600_000 },
				{ abc: 'A', xyz: 'Z', customers: 1, revenue: 240_000 },
				{ abc: 'B', xyz: 'Y', customers: 1, revenue: 100_000 },
				{ abc: 'B', xyz: 'Z', customers: 1, revenue: 40_000 },
				{ abc: 'C', xyz: 'Z', customers: 3, revenue: 15_000 },
				{ abc: 'C', xyz: null, customers: 1, revenue: 0 },
			],
		});
	});

	test('a second run on the same sales changes nobody', () => {
		const first = planClassification(facts());
		const again = { ...facts(), customers: facts().customers.map((c) => ({ ...c, current: first.all.find((r) => r.customer === c.customer)!.classes })) };
		expect(planClassification(again)).toMatchObject({ updates: [], changes: [], summary: { customers: 8, changed: 0 } });
	});

	test.each<[string, string]>([
		['blocked', 'blocked'],
		['lost', 'lost'],
		['prospect', 'prospect'],
		['active', 'key'],
		['key', 'key'],
	])('a %s customer who meets the key-account rule ends up %s, and always gets its category', (status, expected) => {
		const alfa = { ...facts().customers[0]!, current: classes({ status }) };
		const [result] = planClassification({ ...facts(), customers: [alfa] }).all;
		expect([result!.classes.status, result!.classes.category, result!.classes.rule]).toEqual([expected, 'KEY', 'key']);
	});

	test('a rule that sets no status or no category leaves that one as it is', () => {
		const silent = rule('silent', { sort: 1 });
		const [result] = planClassification({ ...facts(), rules: [silent], customers: [{ ...facts().customers[0]!, current: classes({ category: 'VIP', status: 'active' }) }] }).all;
		expect(result!.classes).toMatchObject({ category: 'VIP', status: 'active', rule: 'silent' });
	});

	test('an order dated after today counts as today', () => {
		const [result] = planClassification({ ...facts(), customers: [{ ...facts().customers[0]!, lastOrderDay: '2026-06-20' }] }).all;
		expect(result!.daysSinceOrder).toBe(0);
	});

	test('no customers: an empty plan', () => {
		expect(planClassification({ ...facts(), customers: [] })).toEqual({ updates: [], changes: [], all: [], summary: { customers: 0, changed: 0, matrix: [] } });
	});

	test('refuses a customer given twice', () => {
		expect(() => planClassification({ ...facts(), customers: [facts().customers[0]!, facts().customers[0]!] })).toThrow(RangeError);
	});
});

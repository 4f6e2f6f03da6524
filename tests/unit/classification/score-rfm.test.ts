import { describe, expect, test } from 'vitest';
import { type RfmRow, scoreRfm } from '../../../packages/crm-core/src/index.ts';

const row = (key: string, daysSinceOrder: number, orders: number, revenue: number): RfmRow => ({ key, daysSinceOrder, orders, revenue });

/** One dimension varies, the others are equal for everybody (and so score 3): the scores of that dimension in input order. */
function scoresBy(dimension: 'r' | 'f' | 'm', values: number[]): number[] {
	const rows = values.map((v, i) => row(`c${i + 1}`, dimension === 'r' ? v : 10, dimension === 'f' ? v : 1, dimension === 'm' ? v : 1000));
	const scores = scoreRfm(rows);
	return rows.map((r) => scores.get(r.key)![dimension]);
}

describe('scoreRfm', () => {
	test.each<[string, number[], number[]]>([
		['five customers: one per quintile', [1, 2, 3, 4, 5], [1, 2, 3, 4, 5]],
		['ten customers: two per quintile', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]],
		['six customers: ⌊position × 5 ÷ 6⌋ + 1', [1, 2, 3, 4, 5, 6], [1, 1, 2, 3, 4, 5]],
		['equal counts share the score of the first of them', [1, 1, 2, 3, 3], [1, 1, 3, 4, 4]],
		['a tie at the top scores where it starts, not 5', [1, 2, 3, 5, 5], [1, 2, 3, 4, 4]],
		['the input order does not matter', [5, 3, 1, 4, 2], [5, 3, 1, 4, 2]],
		['two customers: 1 and 3 (fewer than five never reach the top)', [1, 2], [1, 3]],
		['three customers: 1, 2, 4', [1, 2, 3], [1, 2, 4]],
		['four customers: 1 to 4', [1, 2, 3, 4], [1, 2, 3, 4]],
		['everybody with the same count: nobody ranks, all 3', [2, 2, 2], [3, 3, 3]],
		['a single customer: 3, neither best nor worst', [7], [3]],
	])('frequency, %s', (_, orders, f) => {
		expect(scoresBy('f', orders)).toEqual(f);
	});

	test('recency: fewer days since the last order is better', () => {
		expect(scoresBy('r', [400, 30, 0, 90, 200])).toEqual([1, 4, 5, 3, 2]);
	});

	test('monetary: more revenue is better, and net revenue below zero is the worst', () => {
		expect(scoresBy('m', [-500, 100, 1000, 50, 500])).toEqual([1, 3, 5, 2, 4]);
	});

	test('scores every dimension at once; customers without an order in the window get no score and do not count', () => {
		const scores = scoreRfm([
			row('ann', 5, 12, 600_000),
			row('bob', 26, 6, 240_000),
			row('cat', 14, 6, 100_000),
			row('dan', 12, 4, 40_000),
			row('eve', 226, 1, 20_000),
			row('old', 900, 0, -5_000),
		]);
		expect(scores).toEqual(
			new Map([
				['ann', { r: 5, f: 5, m: 5 }],
				['bob', { r: 2, f: 3, m: 4 }],
				['cat', { r: 3, f: 3, m: 3 }],
				['dan', { r: 4, f: 2, m: 2 }],
				['eve', { r: 1, f: 1, m: 1 }],
			]),
		);
	});

	test('a single customer scores 3-3-3', () => {
		expect(scoreRfm([row('ann', 3, 2, 100)])).toEqual(new Map([['ann', { r: 3, f: 3, m: 3 }]]));
	});

	test('nobody with an order: no scores', () => {
		expect(scoreRfm([row('old', 900, 0, 0)])).toEqual(new Map());
	});
});

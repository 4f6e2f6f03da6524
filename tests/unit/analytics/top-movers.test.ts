import { describe, expect, test } from 'vitest';
import { type MoverSums, topMovers } from '../../../packages/crm-core/src/index.ts';

const sums = (revenue: number, cost = 0, orders = 1) => ({ revenue, cost, orders, customers: 1 });
const row = (key: string, now: number, before: number): MoverSums => ({ key, current: sums(now), previous: sums(before) });

describe('topMovers', () => {
	const rows = [row('a', 50_000, 10_000), row('b', 0, 30_000), row('c', 20_000, 20_000), row('d', 15_000, 0), row('e', 5_000, 20_000), row('f', 55_000, 15_000)];

	test('largest rises and falls of revenue first, ties by key; unchanged is neither', () => {
		const { gains, losses } = topMovers(rows, 10);
		expect(gains.map((m) => [m.key, m.change, m.growthBp])).toEqual([['a', 40_000, 40_000], ['f', 40_000, 26_667], ['d', 15_000, null]]);
		expect(losses.map((m) => [m.key, m.change, m.growthBp])).toEqual([['b', -30_000, -10_000], ['e', -15_000, -7_500]]);
	});

	test('at most `limit` of each', () => {
		const { gains, losses } = topMovers(rows, 1);
		expect([gains.map((m) => m.key), losses.map((m) => m.key)]).toEqual([['a'], ['b']]);
	});

	test('each mover carries both periods\' figures', () => {
		expect(topMovers([{ key: 'x', current: sums(10_000, 4_000, 2), previous: sums(4_000, 1_000, 1) }], 5).gains[0]).toMatchObject({ current: { revenue: 10_000, margin: 6_000, orders: 2, avgOrder: 5_000 }, previous: { revenue: 4_000, margin: 3_000 }, change: 6_000, growthBp: 15_000 });
	});
});

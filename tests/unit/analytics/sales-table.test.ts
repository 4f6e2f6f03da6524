import { describe, expect, test } from 'vitest';
import { compareMonths, summarizeSalesRows } from '../../../packages/crm-core/src/index.ts';

const sums = (revenue: number, cost = 0, orders = 1, customers = 1) => ({ revenue, cost, orders, customers });

describe('sales tables', () => {
	test('rows keep the order the database ranked them in, each with its figures and changes', () => {
		const rows = summarizeSalesRows([
			{ key: 'north', current: sums(20_000, 5_000, 2), previous: sums(10_000, 5_000, 1) },
			{ key: null, current: sums(0, 0, 0, 0), previous: sums(3_000) },
		]);
		expect(rows.map((r) => [r.key, r.revenue, r.margin, r.avgOrder, r.change?.revenue, r.growth?.revenue])).toEqual([
			['north', 20_000, 15_000, 10_000, 10_000, 10_000],
			[null, 0, 0, null, -3_000, -10_000],
		]);
	});

	test('months: every month of the period, zeros where nothing sold, beside the month at the same place', () => {
		const rows = compareMonths({ from: '2026-01-01', to: '2026-03-31' }, { from: '2025-01-01', to: '2025-03-31' }, new Map([['2026-02', sums(5_000)]]), new Map([['2025-01', sums(1_000)], ['2025-02', sums(4_000)]]));
		expect(rows.map((r) => [r.key, r.previousMonth, r.revenue, r.previous?.revenue])).toEqual([
			['2026-01', '2025-01', 0, 1_000],
			['2026-02', '2025-02', 5_000, 4_000],
			['2026-03', '2025-03', 0, 0],
		]);
	});

	test('months of a previous period of another shape pair by position; without a comparison none', () => {
		const previous = compareMonths({ from: '2026-02-15', to: '2026-03-20' }, { from: '2026-01-10', to: '2026-02-14' }, new Map(), new Map([['2026-02', sums(7)]]));
		expect(previous.map((r) => [r.key, r.previousMonth, r.previous?.revenue])).toEqual([['2026-02', '2026-01', 0], ['2026-03', '2026-02', 7]]);
		expect(compareMonths({ from: '2026-01-01', to: '2026-01-31' }, null, new Map(), new Map())[0]).toMatchObject({ key: '2026-01', previousMonth: null, previous: null });
	});
});

import { describe, expect, test } from 'vitest';
import { changeBp, compareFigures, salesFigures } from '../../../packages/crm-core/src/index.ts';

describe('sales figures', () => {
	test.each([
		// revenue, cost, orders → margin, margin_bp, avg_order (half-even)
		[{ revenue: 100_000, cost: 60_000, orders: 4, customers: 2 }, { margin: 40_000, marginBp: 4_000, avgOrder: 25_000 }],
		[{ revenue: 10_001, cost: 0, orders: 2, customers: 1 }, { margin: 10_001, marginBp: 10_000, avgOrder: 5_000 }], // 5000.5 → 5000 (even)
		[{ revenue: 10_003, cost: 0, orders: 2, customers: 1 }, { margin: 10_003, marginBp: 10_000, avgOrder: 5_002 }], // 5001.5 → 5002 (even)
		[{ revenue: 3, cost: 2, orders: 1, customers: 1 }, { margin: 1, marginBp: 3_333, avgOrder: 3 }],
		[{ revenue: 30_000, cost: 45_000, orders: 1, customers: 1 }, { margin: -15_000, marginBp: -5_000, avgOrder: 30_000 }],
		[{ revenue: 0, cost: 0, orders: 0, customers: 0 }, { margin: 0, marginBp: null, avgOrder: null }],
	])('%o → %o', (sums, expected) => {
		expect(salesFigures(sums)).toEqual({ ...sums, ...expected });
	});

	test.each([
		[12_000, 10_000, 2_000],
		[8_000, 10_000, -2_000],
		[1, 3, -6_667],
		[5, 0, null],
		[0, 0, null],
		[-50, -100, 5_000],
		[null, 10, null],
	])('changeBp(%s, %s) = %s', (now, before, expected) => {
		expect(changeBp(now, before)).toBe(expected);
	});

	test('compareFigures: differences (margin share in points) and growth against the comparison period', () => {
		const compared = compareFigures({ revenue: 150_000, cost: 90_000, orders: 3, customers: 2 }, { revenue: 100_000, cost: 50_000, orders: 4, customers: 2 });
		expect(compared).toMatchObject({
			revenue: 150_000,
			margin: 60_000,
			marginBp: 4_000,
			avgOrder: 50_000,
			previous: { revenue: 100_000, margin: 50_000, marginBp: 5_000, avgOrder: 25_000 },
			change: { revenue: 50_000, margin: 10_000, marginBp: -1_000, orders: -1, customers: 0, avgOrder: 25_000 },
			growth: { revenue: 5_000, margin: 2_000, orders: -2_500, customers: 0, avgOrder: 10_000 },
		});
		expect(compareFigures({ revenue: 1, cost: 0, orders: 1, customers: 1 }, null)).toMatchObject({ previous: null, change: null, growth: null });
	});
});

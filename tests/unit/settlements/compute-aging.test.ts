import { describe, expect, test } from 'vitest';
import { type AgingItem, computeAging } from '../../../packages/crm-core/src/settlements/index.ts';

const asOf = '2026-04-30';
const item = (dueDate: string, open: number, currency = 'EUR'): AgingItem => ({ currency, dueDate, open });

describe('aging buckets', () => {
	test.each([
		['not yet due', '2026-05-15', 'current'],
		['due today', '2026-04-30', 'current'],
		['1 day overdue', '2026-04-29', '1-30'],
		['30 days overdue', '2026-03-31', '1-30'],
		['31 days overdue', '2026-03-30', '31-60'],
		['60 days overdue', '2026-03-01', '31-60'],
		['61 days overdue', '2026-02-28', '61-90'],
		['90 days overdue', '2026-01-30', '61-90'],
		['91 days overdue', '2026-01-29', 'over-90'],
	])('puts an invoice %s in the %s bucket', (_label, dueDate, bucket) => {
		const [row] = computeAging([item(dueDate, 12_345)], asOf).byCurrency;
		expect(row?.buckets).toMatchObject({ [bucket]: { amount: 12_345, count: 1 } });
		expect(row?.total).toEqual({ amount: 12_345, count: 1 });
	});

	test('puts an invoice 31 days overdue in the 31–60 bucket', () => {
		expect(computeAging([item('2026-03-30', 500)], asOf).byCurrency[0]?.buckets['31-60']).toEqual({ amount: 500, count: 1 });
	});

	test('ignores paid and overpaid items', () => {
		expect(computeAging([item('2026-01-01', 0), item('2026-01-01', -300)], asOf).byCurrency).toEqual([]);
	});

	test('sums per currency and converts each currency\'s buckets into the base currency', () => {
		const report = computeAging(
			[item('2026-05-01', 10_000), item('2026-04-01', 20_000), item('2026-04-20', 5_000), item('2026-01-01', 1_005, 'USD'), item('2026-01-15', 1_000, 'USD'), item('2026-04-30', 999, 'JPY')],
			asOf,
			{ baseCurrency: 'EUR', ratesToBase: { USD: '0.9', JPY: '0.0061' } },
		);
		expect(report.byCurrency.map((r) => r.currency)).toEqual(['EUR', 'JPY', 'USD']);
		expect(report.byCurrency[0]).toEqual({
			currency: 'EUR',
			buckets: { current: { amount: 10_000, count: 1 }, '1-30': { amount: 25_000, count: 2 }, '31-60': { amount: 0, count: 0 }, '61-90': { amount: 0, count: 0 }, 'over-90': { amount: 0, count: 0 } },
			total: { amount: 35_000, count: 3 },
		});
		// USD over-90: 2005 × 0.9 = 1804.5 → 1804 (half-even); JPY current: 999 × 0.0061 EUR = 6.0939 → 609 cents.
		expect(report.base).toEqual({
			currency: 'EUR',
			buckets: { current: { amount: 10_609, count: 2 }, '1-30': { amount: 25_000, count: 2 }, '31-60': { amount: 0, count: 0 }, '61-90': { amount: 0, count: 0 }, 'over-90': { amount: 1_804, count: 2 } },
			total: { amount: 37_413, count: 6 },
		});
	});

	test('has no base row without rates and refuses a currency without a rate', () => {
		expect(computeAging([item('2026-01-01', 1, 'USD')], asOf).base).toBeNull();
		expect(() => computeAging([item('2026-01-01', 1, 'USD')], asOf, { baseCurrency: 'EUR', ratesToBase: {} })).toThrow(expect.objectContaining({ code: 'CRM_MISSING_RATE' }));
	});
});

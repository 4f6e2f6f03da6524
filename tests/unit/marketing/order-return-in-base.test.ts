import { describe, expect, test, vi } from 'vitest';
import { type OrderAmounts, type OrderCost, orderReturnInBase } from '../../../packages/crm-core/src/index.ts';

const BASE = 'EUR';
const RATES: Readonly<Record<string, string>> = { GBP: '1.1725', JPY: '0.0061', USD: '0.9225' };
const rateOfDay = (currency: string): string | null => RATES[currency] ?? null;
const noRate = (): string | null => {
	throw new Error('no rate of the day is needed');
};

/** An order in euros: its base total is its total. */
const inEuros: OrderAmounts = { currency: 'EUR', netTotal: 10_000, grossTotal: 11_900, grossTotalBase: 11_900 };
/** An order in dollars priced at 0.92 €/$: 11 900 cents were 10 948 euro cents. */
const inDollars: OrderAmounts = { currency: 'USD', netTotal: 10_000, grossTotal: 11_900, grossTotalBase: 10_948 };

const cost = (currency: string, costTimesMilli: bigint): OrderCost => ({ currency, costTimesMilli });

describe('orderReturnInBase: revenue', () => {
	test('takes the net total of an order in the base currency as is', () => {
		expect(orderReturnInBase(inEuros, [], BASE, noRate)).toEqual({ revenue: 10_000, margin: 10_000, costMissing: false });
	});

	test.each([
		[10_000, 9_200],
		// 10 001 × 10 948 ÷ 11 900 = 9 200.92: truncated, not rounded.
		[10_001, 9_200],
		[10_013, 9_211],
		[0, 0],
	])('converts a foreign order\'s net total %i at the order\'s own rate (base gross ÷ gross), truncated: %i', (netTotal, revenue) => {
		expect(orderReturnInBase({ ...inDollars, netTotal }, [], BASE, noRate)).toEqual({ revenue, margin: revenue, costMissing: false });
	});

	test('uses the order\'s own rate, not the rate of the day, for a foreign order', () => {
		const rates = vi.fn(rateOfDay);
		expect(orderReturnInBase(inDollars, [cost('USD', 1_000_000n)], BASE, rates).revenue).toBe(9_200);
		expect(rates).not.toHaveBeenCalled();
	});
});

describe('orderReturnInBase: cost', () => {
	test.each([
		['in the base currency of a base-currency order, as is', inEuros, cost('EUR', 4_000_000n), 4_000],
		['in the order\'s currency of a foreign order, at the order\'s rate (5 000 × 0.92)', inDollars, cost('USD', 5_000_000n), 4_600],
		['in the order\'s currency, at the order\'s rate, truncated (3 333 × 0.92 = 3 066.36)', inDollars, cost('USD', 3_333_000n), 3_066],
		['in the base currency of a foreign order, as is', inDollars, cost('EUR', 3_000_000n), 3_000],
		['in a third currency, at the rate of the day (£10 × 1.1725 = €11.725, half up)', inEuros, cost('GBP', 1_000_000n), 1_173],
		['in a third currency with another exponent (¥1 500 × 0.0061 = €9.15)', inEuros, cost('JPY', 1_500_000n), 915],
		['in a third currency of a foreign order, at the rate of the day (£10 × 1.1725)', inDollars, cost('GBP', 1_000_000n), 1_173],
	])('counts a product cost %s', (_, order, c, counted) => {
		const { revenue, margin, costMissing } = orderReturnInBase(order, [c], BASE, rateOfDay);
		expect([revenue - margin, costMissing]).toEqual([counted, false]);
	});

	test('converts a base-currency order\'s cost in dollars at the rate of the day, rounding half up ($10 × 0.9225 = €9.225 → 923)', () => {
		expect(orderReturnInBase(inEuros, [cost('USD', 1_000_000n)], BASE, rateOfDay)).toEqual({ revenue: 10_000, margin: 9_077, costMissing: false });
	});

	test.each([
		[2_499n, 2],
		[2_500n, 3],
		[3_500n, 4],
		[1_500n, 2],
		[1_499n, 1],
		[0n, 0],
	])('rounds a cost of %i thousandths of a minor unit half up, to %i', (costTimesMilli, counted) => {
		expect(orderReturnInBase(inEuros, [cost('EUR', costTimesMilli)], BASE, noRate).margin).toBe(10_000 - counted);
	});

	test('rounds a currency\'s cost once, after its quantities are summed (three lines of 0.4 cent cost 1 cent, not 0)', () => {
		expect(orderReturnInBase(inEuros, [cost('EUR', 1_200n)], BASE, noRate).margin).toBe(9_999);
	});

	test('rounds a third currency\'s cost half up before converting it', () => {
		// £10.005 → 1 001 pence (half up), then × 1.1725 = 1 173.67… → 1 174.
		expect(orderReturnInBase(inEuros, [cost('GBP', 1_000_500n)], BASE, rateOfDay).margin).toBe(10_000 - 1_174);
	});

	test('flags a product currency without a rate of the day and leaves its cost out', () => {
		const rates = vi.fn(rateOfDay);
		expect(orderReturnInBase(inEuros, [cost('EUR', 2_000_000n), cost('CHF', 9_999_000n)], BASE, rates)).toEqual({ revenue: 10_000, margin: 8_000, costMissing: true });
		expect(rates.mock.calls).toEqual([['CHF']]);
	});

	test('sums the costs of every product currency of a foreign order, and asks rates only for third currencies', () => {
		const rates = vi.fn(rateOfDay);
		// Revenue 9 200; costs 4 600 (USD at the order's rate) + 3 000 (EUR) + 1 173 (GBP); CHF has no rate.
		const result = orderReturnInBase(inDollars, [cost('USD', 5_000_000n), cost('EUR', 3_000_000n), cost('GBP', 1_000_000n), cost('CHF', 500_000n)], BASE, rates);
		expect(result).toEqual({ revenue: 9_200, margin: 427, costMissing: true });
		expect(rates.mock.calls).toEqual([['GBP'], ['CHF']]);
	});

	test('can give a negative margin when the costs exceed the revenue', () => {
		expect(orderReturnInBase(inEuros, [cost('EUR', 12_345_000n)], BASE, noRate)).toEqual({ revenue: 10_000, margin: -2_345, costMissing: false });
	});
});

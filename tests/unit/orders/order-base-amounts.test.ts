import { describe, expect, it } from 'vitest';
import { orderBaseAmounts } from '../../../packages/crm-core/src/orders/order-base-amounts.ts';

const EUR = { currency: 'EUR', netTotal: 10_000, grossTotal: 11_900, grossTotalBase: 11_900 };
// 100.00 USD net, 119.00 gross, priced at 0.9 → 107.10 EUR gross.
const USD = { currency: 'USD', netTotal: 10_000, grossTotal: 11_900, grossTotalBase: 10_710 };
const rates = (currency: string) => ({ GBP: '1.15' })[currency] ?? null;

describe('an order\'s amounts in the base currency, fixed when it is priced', () => {
	it('takes a base-currency order as it is and its costs as they are', () => {
		const lines = [{ netAmount: 6_000, cost: { currency: 'EUR', costTimesMilli: 2_500n * 2_000n } }, { netAmount: 4_000, cost: null }];
		expect(orderBaseAmounts(EUR, lines, 'EUR', rates)).toEqual({ netTotalBase: 10_000, costTotalBase: 5_000, lines: [{ netAmountBase: 6_000, costBase: 5_000 }, { netAmountBase: 4_000, costBase: null }] });
	});

	it('converts a foreign order at its own rate (truncated, as attribution does) and shares it over the lines so they add up', () => {
		// 10,000 × 10,710 ÷ 11,900 = 9,000; lines 1/3 and 2/3 of it.
		const lines = [{ netAmount: 3_333, cost: null }, { netAmount: 6_667, cost: null }];
		const out = orderBaseAmounts(USD, lines, 'EUR', rates);
		expect(out.netTotalBase).toBe(9_000);
		expect(out.lines.map((l) => l.netAmountBase)).toEqual([3_000, 6_000]);
	});

	it.each([
		['a cost in the base currency', { currency: 'EUR', costTimesMilli: 1_234n * 1_500n }, 1_851],
		['a cost in the order\'s currency, at the order\'s rate', { currency: 'USD', costTimesMilli: 1_000n * 3_000n }, 2_700],
		['a cost in a third currency, at the rate of the day', { currency: 'GBP', costTimesMilli: 1_000n * 1_000n }, 1_150],
		['a cost in a currency without a rate stays unknown', { currency: 'JPY', costTimesMilli: 1_000n * 1_000n }, null],
	] as const)('%s', (_, cost, expected) => {
		expect(orderBaseAmounts(USD, [{ netAmount: 10_000, cost }], 'EUR', rates).lines[0]!.costBase).toBe(expected);
	});

	it('rounds a cost half up once, after the quantity: 1.5 units at 0.33 is 0.50', () => {
		expect(orderBaseAmounts(EUR, [{ netAmount: 10_000, cost: { currency: 'EUR', costTimesMilli: 33n * 1_500n } }], 'EUR', rates).costTotalBase).toBe(50);
	});

	it('gives lines without a net amount nothing, and an order of free lines zero', () => {
		expect(orderBaseAmounts({ ...EUR, netTotal: 0, grossTotal: 0, grossTotalBase: 0 }, [{ netAmount: 0, cost: null }], 'EUR', rates)).toEqual({ netTotalBase: 0, costTotalBase: 0, lines: [{ netAmountBase: 0, costBase: null }] });
	});
});

import { describe, expect, test } from 'vitest';
import { computeDocumentTotals, type DocumentLine } from '../../../packages/crm-core/src/orders/index.ts';

const line = (quantityMilli: number, unitPrice: number, vatRateBp: number, discountBp?: number): DocumentLine => ({ quantityMilli, unitPrice, vatRateBp, ...(discountBp === undefined ? {} : { discountBp }) });

describe('computeDocumentTotals: one line', () => {
	test.each([
		// name, line, grossBeforeDiscount, discountAmount, netAmount, vatAmount, grossAmount
		['rounds 2.5 × 3.99 = 9.975 half-up to 9.98', line(2500, 399, 1900), 998, 0, 998, 190, 1188],
		['takes a 10 % discount off 3 × 19.99, rounded once', line(3000, 1999, 1900, 1000), 5997, 600, 5397, 1025, 6422],
		['rounds a half-cent discount up: 12.5 % of 0.20 is 0.025 → 0.03', line(1000, 20, 0, 1250), 20, 3, 17, 0, 17],
		['gives a line with a full discount no VAT', line(1000, 5000, 1900, 10_000), 5000, 5000, 0, 0, 0],
		['keeps a zero-rated line at zero VAT', line(1000, 1234, 0), 1234, 0, 1234, 0, 1234],
		['prices thousandths of a unit: 0.001 kg × 9.99 is 0.00999 → 0.01', line(1, 999, 700), 1, 0, 1, 0, 1],
	])('%s', (_name, input, grossBeforeDiscount, discountAmount, netAmount, vatAmount, grossAmount) => {
		const totals = computeDocumentTotals([input], 'EUR');
		expect(totals.lines).toEqual([{ grossBeforeDiscount, discountAmount, netAmount, vatAmount, grossAmount }]);
		expect([totals.netTotal, totals.vatTotal, totals.grossTotal]).toEqual([netAmount, vatAmount, grossAmount]);
	});
});

describe('computeDocumentTotals: VAT per rate, not per line', () => {
	test('finds the cent lost in rounding: 3 × 0.05 at 10 % is 0.015 → 0.02 VAT, not 3 × 0.01', () => {
		const totals = computeDocumentTotals([line(1000, 5, 1000), line(1000, 5, 1000), line(1000, 5, 1000)], 'EUR');
		expect(totals.vatBreakdown).toEqual([{ vatRateBp: 1000, netAmount: 15, vatAmount: 2 }]);
		expect(totals.lines.map((l) => l.vatAmount)).toEqual([1, 1, 0]);
		expect(totals.lines.map((l) => l.grossAmount)).toEqual([6, 6, 5]);
		expect([totals.netTotal, totals.vatTotal, totals.grossTotal]).toEqual([15, 2, 17]);
	});

	test('does not invent VAT that per-line rounding would: 3 × 0.04 at 10 % is 0.012 → 0.01, not 3 × 0.00', () => {
		const totals = computeDocumentTotals([line(1000, 4, 1000), line(1000, 4, 1000), line(1000, 4, 1000)], 'EUR');
		expect(totals.vatTotal).toBe(1);
		expect(totals.lines.map((l) => l.vatAmount)).toEqual([1, 0, 0]);
	});

	test('charges 0.06 VAT on three lines of 0.10 at 19 % (0.30 × 19 % = 0.057) and spreads it 2/2/2', () => {
		const totals = computeDocumentTotals([line(1000, 10, 1900), line(1000, 10, 1900), line(1000, 10, 1900)], 'EUR');
		expect(totals.vatBreakdown).toEqual([{ vatRateBp: 1900, netAmount: 30, vatAmount: 6 }]);
		expect(totals.lines.map((l) => l.vatAmount)).toEqual([2, 2, 2]);
	});

	test('puts the VAT cent where the largest remainder is', () => {
		// 19 % of 10.00 is 1.90; the shares are 0.6327, 0.6327 and 0.6346, so the last line gets the cent.
		const totals = computeDocumentTotals([line(1000, 333, 1900), line(1000, 333, 1900), line(1000, 334, 1900)], 'EUR');
		expect(totals.lines.map((l) => l.vatAmount)).toEqual([63, 63, 64]);
		expect(totals.vatTotal).toBe(190);
	});

	test('breaks down several rates, lowest first, each rounded once and spread over its own lines', () => {
		const totals = computeDocumentTotals([line(1000, 1000, 1900), line(1000, 500, 700), line(1000, 250, 1900), line(1000, 300, 0)], 'EUR');
		expect(totals.vatBreakdown).toEqual([
			{ vatRateBp: 0, netAmount: 300, vatAmount: 0 },
			{ vatRateBp: 700, netAmount: 500, vatAmount: 35 },
			{ vatRateBp: 1900, netAmount: 1250, vatAmount: 238 },
		]);
		// 238 over nets 1000 and 250 → 190.4 and 47.6: the 0.6 remainder takes the cent.
		expect(totals.lines.map((l) => l.vatAmount)).toEqual([190, 35, 48, 0]);
		expect([totals.netTotal, totals.vatTotal, totals.grossTotal]).toEqual([2050, 273, 2323]);
		expect(totals.currency).toBe('EUR');
	});

	test('gives an empty document zero totals and no breakdown', () => {
		expect(computeDocumentTotals([], 'JPY')).toEqual({ currency: 'JPY', lines: [], netTotal: 0, vatTotal: 0, grossTotal: 0, vatBreakdown: [] });
	});

	test('keeps totals equal to the sums of the lines to the minor unit, for many random documents', () => {
		let seed = 42;
		const next = (max: number) => {
			seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
			return seed % max;
		};
		const rates = [0, 500, 700, 1000, 1900, 2000, 2100];
		for (let doc = 0; doc < 300; doc++) {
			const lines = Array.from({ length: 1 + next(12) }, () => line(1 + next(50_000), next(100_000), rates[next(rates.length)]!, next(3) === 0 ? next(10_001) : undefined));
			const totals = computeDocumentTotals(lines, 'EUR');
			const sum = (pick: (l: (typeof totals.lines)[number]) => number) => totals.lines.reduce((a, l) => a + pick(l), 0);
			expect(totals.netTotal).toBe(sum((l) => l.netAmount));
			expect(totals.vatTotal).toBe(sum((l) => l.vatAmount));
			expect(totals.grossTotal).toBe(sum((l) => l.grossAmount));
			expect(totals.grossTotal).toBe(totals.netTotal + totals.vatTotal);
			expect(totals.vatTotal).toBe(totals.vatBreakdown.reduce((a, b) => a + b.vatAmount, 0));
			for (const l of totals.lines) expect(l.grossAmount).toBe(l.netAmount + l.vatAmount);
		}
	});
});

describe('computeDocumentTotals: refuses bad lines', () => {
	test.each([
		['a negative quantity', line(-1000, 100, 1900), 'CRM_INVALID_QUANTITY', 'lines[1].quantityMilli'],
		['a quantity below a thousandth', line(1.5, 100, 1900), 'CRM_INVALID_QUANTITY', 'lines[1].quantityMilli'],
		['a negative price', line(1000, -1, 1900), 'CRM_INVALID_AMOUNT', 'lines[1].unitPrice'],
		['a fractional price', line(1000, 9.99, 1900), 'CRM_INVALID_AMOUNT', 'lines[1].unitPrice'],
		['VAT above 100 %', line(1000, 100, 10_001), 'CRM_OUT_OF_RANGE', 'lines[1].vatRateBp'],
		['negative VAT', line(1000, 100, -1), 'CRM_OUT_OF_RANGE', 'lines[1].vatRateBp'],
		['fractional VAT basis points', line(1000, 100, 1900.5), 'CRM_OUT_OF_RANGE', 'lines[1].vatRateBp'],
		['a discount above 100 %', line(1000, 100, 1900, 10_001), 'CRM_OUT_OF_RANGE', 'lines[1].discountBp'],
	])('refuses %s and names the field', (_name, bad, code, field) => {
		expect(() => computeDocumentTotals([line(1000, 100, 1900), bad], 'EUR')).toThrow(expect.objectContaining({ code, details: { field } }));
	});

	test('refuses a currency that is not an ISO code', () => {
		expect(() => computeDocumentTotals([], 'eur')).toThrow(expect.objectContaining({ code: 'CRM_INVALID_CURRENCY' }));
	});
});

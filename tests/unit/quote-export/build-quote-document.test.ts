import { describe, expect, test } from 'vitest';
import { buildQuoteDocument } from '../../../packages/crm-core/src/index.ts';

describe('buildQuoteDocument', () => {
	test('formats lines, percentages and totals in the proposal currency', () => {
		const doc = buildQuoteDocument({
			number: 'QT-2026-000007',
			customerName: 'Acme',
			issueDate: '2026-11-26',
			validUntil: '2026-12-26',
			currency: 'EUR',
			lines: [{ sku: 'D-1', name: 'Drill', quantityMilli: 2500, unitPrice: 1999, discountBp: 1050, vatRateBp: 1900, netAmount: 4473 }],
			netTotal: 4473,
			vatTotal: 850,
			grossTotal: 5323,
		});
		expect(doc.table.rows).toEqual([['D-1', 'Drill', '2.5', '19.99', '10.5 %', '19 %', '44.73']]);
		expect(doc.totals).toEqual([
			['', '', '', '', '', 'Net', '44.73'],
			['', '', '', '', '', 'VAT', '8.50'],
			['', '', '', '', '', 'Total EUR', '53.23'],
		]);
	});

	test('shows what the discounts take off a line as an amount, and nothing for an undiscounted line', () => {
		const doc = buildQuoteDocument({
			number: 'QT-2026-000008',
			customerName: 'Acme',
			issueDate: '2026-11-26',
			validUntil: '2026-12-26',
			currency: 'EUR',
			lines: [
				{ sku: 'D-1', name: 'Drill', quantityMilli: 2000, unitPrice: 10_000, discountBp: 0, discountAmount: 2_900, vatRateBp: 1900, netAmount: 17_100 },
				{ sku: 'B-1', name: 'Blade', quantityMilli: 1000, unitPrice: 2_500, discountBp: 0, discountAmount: 0, vatRateBp: 1900, netAmount: 2_500 },
			],
			netTotal: 19_600,
			vatTotal: 3_724,
			grossTotal: 23_324,
		});
		expect(doc.table.rows.map((r) => r[4])).toEqual(['-29.00', '']);
	});
});

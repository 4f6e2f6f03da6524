import { describe, expect, test } from 'vitest';
import { computeDocumentTotals, type DocumentPricingFacts, documentHeaderTotals, priceLoadedDocument, pricedLineValues, type StoredManualDiscount } from '../../../packages/crm-core/src/index.ts';
import { priceList } from '../pricing/price-list-fixtures.ts';
import { acme, DATE, gadget, offer, request, rule, widget } from './discount-fixtures.ts';

const lists = [priceList({ id: 'base', code: 'BASE', kind: 'base', items: [{ productId: 'widget', minQuantityMilli: 1000, unitPrice: 1200 }, { productId: 'widget', minQuantityMilli: 10_000, unitPrice: 1100 }, { productId: 'gadget', minQuantityMilli: 1000, unitPrice: 5000 }] })];
const facts: DocumentPricingFacts = {
	customerListId: null,
	groupListIds: [],
	channelListId: null,
	priceLists: lists,
	customer: acme,
	channelId: 'web',
	products: new Map([
		['widget', widget],
		['gadget', gadget],
	]),
	rules: [rule({ code: 'SPRING', offerId: 'spring', conditions: { productIds: ['widget'] } })],
	policy: request().policy,
	offers: [offer({ maxUses: 10 })],
	promoCodes: [],
};
const none: StoredManualDiscount = { discountBp: 0, approvedBp: 0, limitBp: 0, belowFloorApproved: false, approvedAt: null };
const line = (productId: string, quantityMilli: number) => ({ productId, quantityMilli, manualDiscountBp: 0, approvedDiscountBp: 0, belowFloorApproved: false });
const priced = priceLoadedDocument({ currency: 'EUR', date: DATE, campaignId: null, codes: [], lines: [line('widget', 10_000), line('gadget', 1_000)] }, facts);

describe('pricedLineValues', () => {
	test.each([
		// index, unit price at its quantity break, list amount, discount of the offer's rule, rules applied
		[0, 1100, 11_000, 1_100, 1],
		[1, 5000, 5_000, 0, 0],
	])('line %i stores its list price, amounts, the rules applied and the record of why', (i, unitPrice, listAmount, discountAmount, rules) => {
		const v = pricedLineValues(priced, i, none);
		expect([v.unitPrice, v.listAmount, v.discountAmount, v.appliedRules.length]).toEqual([unitPrice, listAmount, discountAmount, rules]);
		expect(v.priceExplanation).toBe(priced.records[i]);
		expect(v.approvalStatus).toBe('not_needed');
	});

	test.each([
		['no manual discount', none, 'not_needed'],
		['a manual discount a manager approved', { ...none, discountBp: 500, approvedBp: 500, approvedAt: '2026-01-01T10:00:00.000Z' }, 'approved'],
		['a manual discount approved below what it is now', { ...none, discountBp: 800, approvedBp: 500, approvedAt: '2026-01-01T10:00:00.000Z' }, 'not_needed'],
	] as const)('%s: the line is %s when the engine asks for no approval', (_name, stored, status) => {
		expect(pricedLineValues(priced, 1, stored).approvalStatus).toBe(status);
	});
});

describe('documentHeaderTotals', () => {
	const totals = computeDocumentTotals(
		[
			{ quantityMilli: 10_000, unitPrice: 1100, vatRateBp: 2000, discountBp: 0, discountAmount: 1100 },
			{ quantityMilli: 1_000, unitPrice: 5000, vatRateBp: 1000, discountBp: 0, discountAmount: 0 },
		],
		'EUR',
	);

	test('net, VAT and gross are the lines’; the list total is gross before discounts; the discount total adds up the lines’', () => {
		const h = documentHeaderTotals(totals, ['not_needed', 'not_needed']);
		expect(h).toEqual({ netTotal: totals.netTotal, vatTotal: totals.vatTotal, grossTotal: totals.grossTotal, listTotal: totals.lines[0]!.grossBeforeDiscount + totals.lines[1]!.grossBeforeDiscount, discountTotal: 1100, approvalStatus: 'not_needed' });
	});

	test.each([
		[['not_needed', 'pending', 'approved'], 'pending'],
		[['not_needed', 'approved'], 'approved'],
		[['not_needed', 'not_needed'], 'not_needed'],
	])('lines %j: the document is %s', (statuses, status) => {
		expect(documentHeaderTotals(totals, statuses).approvalStatus).toBe(status);
	});
});

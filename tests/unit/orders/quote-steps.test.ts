import { describe, expect, test } from 'vitest';
import { acceptQuote, type QuoteFacts, type QuoteLineFacts, rejectQuote, sendQuote } from '../../../packages/crm-core/src/quote-lifecycle/index.ts';
import { domainFailure } from '../domain-failure.ts';

const quote = (q: Partial<QuoteFacts> = {}): QuoteFacts => ({ id: 'q1', status: 'draft', customerId: 'c1', contactId: 'ct1', ownerId: 'rep1', currency: 'EUR', campaignId: null, opportunityId: 'opp1', promoCodes: 'SPRING10', issueDate: null, validUntil: null, ...q });
const line: QuoteLineFacts = { productId: 'p1', description: null, quantityMilli: 2000, discountBp: 1500, unitPrice: 1000, vatRateBp: 1900, listAmount: 2000, discountAmount: 300, appliedRules: [{ code: 'SPRING', amount: 300 }], approvalStatus: 'approved', discountApprovedBp: 1500, discountLimitBp: 1000, belowFloorApproved: false, discountApprovedBy: 'manager', discountApprovedAt: '2026-12-01T09:00:00.000Z', priceExplanation: { trace: [] } };

describe('sendQuote', () => {
	test('dates the proposal today and keeps it valid for 30 days unless dated already', () => {
		expect(sendQuote(quote(), [line], '2026-12-06')).toEqual({ status: 'sent', issueDate: '2026-12-06', validUntil: '2027-01-05' });
		expect(sendQuote(quote({ issueDate: '2026-12-01', validUntil: '2026-12-10' }), [line], '2026-12-06')).toEqual({ status: 'sent', issueDate: '2026-12-01', validUntil: '2026-12-10' });
	});

	test('a proposal without lines is not sent; a sent one is not sent again', () => {
		expect(domainFailure(() => sendQuote(quote(), [], '2026-12-06'))).toEqual(['CRM_ORDER_INCOMPLETE', 'lines']);
		expect(domainFailure(() => sendQuote(quote({ status: 'accepted' }), [line], '2026-12-06'))?.[0]).toBe('CRM_INVALID_TRANSITION');
	});
});

describe('acceptQuote', () => {
	test('the order dated today keeps the accepted prices, discounts and approvals, in the proposal order', () => {
		const plan = acceptQuote(quote({ status: 'sent', validUntil: '2026-12-31' }), [line, { ...line, productId: 'p2' }], '2026-12-06');
		expect(plan.status).toBe('accepted');
		expect(plan.order).toEqual({ customerId: 'c1', contactId: 'ct1', ownerId: 'rep1', quoteId: 'q1', currency: 'EUR', orderDate: '2026-12-06', campaignId: null, opportunityId: 'opp1', promoCodes: 'SPRING10', lines: [{ ...line, sort: 1 }, { ...line, productId: 'p2', sort: 2 }] });
	});

	test('an expired proposal cannot be accepted', () => {
		expect(domainFailure(() => acceptQuote(quote({ status: 'sent', validUntil: '2026-12-01' }), [line], '2026-12-06'))).toEqual(['CRM_QUOTE_EXPIRED', 'validUntil']);
	});
});

describe('rejectQuote', () => {
	test('a sent proposal can be rejected, a draft cannot', () => {
		expect(rejectQuote(quote({ status: 'sent' }))).toEqual({ status: 'rejected' });
		expect(domainFailure(() => rejectQuote(quote()))?.[0]).toBe('CRM_INVALID_TRANSITION');
	});
});

import { describe, expect, test } from 'vitest';
import { assertQuoteAcceptable, assertQuoteTransition, isQuoteExpired, nextQuoteStatuses, QUOTE_STATUSES, type QuoteStatus } from '../../../packages/crm-core/src/orders/index.ts';

const ALLOWED: [QuoteStatus, QuoteStatus][] = [
	['draft', 'sent'],
	['sent', 'accepted'],
	['sent', 'rejected'],
	['sent', 'expired'],
];

describe('assertQuoteTransition', () => {
	test.each(ALLOWED)('lets a quote go from %s to %s', (from, to) => {
		expect(() => assertQuoteTransition(from, to)).not.toThrow();
	});

	const refused = QUOTE_STATUSES.flatMap((from) => QUOTE_STATUSES.map((to): [QuoteStatus, QuoteStatus] => [from, to])).filter(([from, to]) => !ALLOWED.some(([f, t]) => f === from && t === to));
	test.each(refused)('refuses to move a quote from %s to %s', (from, to) => {
		expect(() => assertQuoteTransition(from, to)).toThrow(expect.objectContaining({ code: 'CRM_INVALID_TRANSITION' }));
	});

	test('refuses to expire a draft that was never sent, and says what it can do', () => {
		expect(() => assertQuoteTransition('draft', 'expired')).toThrow('A quote cannot go from "draft" to "expired"; allowed next steps: sent.');
	});

	test('offers the next steps of each status', () => {
		expect(QUOTE_STATUSES.map((s) => nextQuoteStatuses(s))).toEqual([['sent'], ['accepted', 'rejected', 'expired'], [], [], []]);
	});
});

describe('isQuoteExpired', () => {
	test.each([
		['2026-03-31', '2026-03-30', false],
		['2026-03-31', '2026-03-31', false],
		['2026-03-31', '2026-04-01', true],
		['2025-12-31', '2026-01-01', true],
		[null, '2099-01-01', false],
	])('a quote valid until %s, seen on %s, is expired: %s', (validUntil, today, expired) => {
		expect(isQuoteExpired({ validUntil }, today)).toBe(expired);
	});

	test('refuses a date that is not YYYY-MM-DD', () => {
		expect(() => isQuoteExpired({ validUntil: '31.03.2026' }, '2026-03-01')).toThrow(expect.objectContaining({ code: 'CRM_INVALID_FORMAT', details: { field: 'validUntil' } }));
	});
});

describe('assertQuoteAcceptable', () => {
	test('accepts a sent quote on its last valid day', () => {
		expect(() => assertQuoteAcceptable({ status: 'sent', validUntil: '2026-03-31' }, '2026-03-31')).not.toThrow();
	});

	test('refuses a sent quote past its validity even before the expiry job ran', () => {
		expect(() => assertQuoteAcceptable({ status: 'sent', validUntil: '2026-03-31' }, '2026-04-01')).toThrow(
			expect.objectContaining({ code: 'CRM_QUOTE_EXPIRED', details: { field: 'validUntil', validUntil: '2026-03-31', today: '2026-04-01' } }),
		);
	});

	test('refuses a quote already marked expired', () => {
		expect(() => assertQuoteAcceptable({ status: 'expired', validUntil: '2026-03-31' }, '2026-03-01')).toThrow(expect.objectContaining({ code: 'CRM_QUOTE_EXPIRED' }));
	});

	test.each(['draft', 'accepted', 'rejected'] as QuoteStatus[])('refuses to accept a %s quote', (status) => {
		expect(() => assertQuoteAcceptable({ status, validUntil: '2026-03-31' }, '2026-03-01')).toThrow(expect.objectContaining({ code: 'CRM_INVALID_TRANSITION' }));
	});
});

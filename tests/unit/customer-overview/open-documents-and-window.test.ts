import { describe, expect, test } from 'vitest';
import { CrmError, isOpenOrderStatus, isOpenQuoteStatus, OPEN_ORDER_STATUSES, OPEN_QUOTE_STATUSES, salesWindow } from '../../../packages/crm-core/src/index.ts';

describe('open documents', () => {
	test('a proposal is open while it is a draft or sent; accepted, rejected and expired are final', () => {
		expect(OPEN_QUOTE_STATUSES).toStrictEqual(['draft', 'sent']);
		expect(['draft', 'sent', 'accepted', 'rejected', 'expired'].map(isOpenQuoteStatus)).toStrictEqual([true, true, false, false, false]);
	});

	test('an order is open from draft until invoiced; paid (waiting to be closed), closed and cancelled are not', () => {
		expect(OPEN_ORDER_STATUSES).toStrictEqual(['draft', 'confirmed', 'partially_shipped', 'shipped', 'invoiced']);
		expect(['paid', 'closed', 'cancelled', 'bogus'].map(isOpenOrderStatus)).toStrictEqual([false, false, false, false]);
	});
});

describe('salesWindow', () => {
	test.each([
		['2026-12-07', '2026-01-01', '2026-01', '2026-12'],
		['2026-03-31', '2025-04-01', '2025-04', '2026-03'],
		['2026-01-01', '2025-02-01', '2025-02', '2026-01'],
		['2024-02-29', '2023-03-01', '2023-03', '2024-02'],
	])('on %s covers %s … today, months %s to %s', (today, from, first, last) => {
		const window = salesWindow(today);
		expect([window.from, window.to, window.months.length, window.months[0], window.months[11]]).toStrictEqual([from, today, 12, first, last]);
		expect(new Set(window.months).size).toBe(12);
	});

	test('lists every month in order across a year end', () => {
		expect(salesWindow('2026-02-10', 4).months).toStrictEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
	});

	test('refuses a day that is not a calendar day', () => {
		expect(() => salesWindow('2026-02-30')).toThrow(CrmError);
	});
});

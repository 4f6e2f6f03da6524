import { describe, expect, test } from 'vitest';
import { summarizeBalance } from '../../../packages/crm-core/src/index.ts';
import { ledgerSum, openInvoice } from './overview-fixtures.ts';

/**
 * On 2026-12-07: i1 (EUR, due 1 Nov) 6,000 of 10,000 still open; i2 (USD 5,000, booked at 4,500 EUR) due
 * today; i3 (EUR, due yesterday) settled; 500 EUR paid without an invoice (credit).
 */
const ledger = {
	entries: [ledgerSum('i1', 'EUR', 6_000, 6_000), ledgerSum('i2', 'USD', 5_000, 4_500), ledgerSum('i3', 'EUR', 0, 0), ledgerSum(null, 'EUR', -500, -500)],
	invoices: [openInvoice('i1', 'EUR', 10_000, '2026-11-01'), openInvoice('i2', 'USD', 5_000, '2026-12-07'), openInvoice('i3', 'EUR', 2_000, '2026-12-06')],
};

describe('summarizeBalance', () => {
	test('gives the balance in base and per currency, what is open and what of it is overdue since when', () => {
		expect(summarizeBalance(ledger, '2026-12-07', 'EUR')).toStrictEqual({
			currency: 'EUR',
			balance: 10_000,
			by_currency: [
				{ currency: 'EUR', balance: 5_500 },
				{ currency: 'USD', balance: 5_000 },
			],
			open_items: 2,
			overdue: 6_000,
			overdue_by_currency: [{ currency: 'EUR', balance: 6_000 }],
			overdue_items: 1,
			oldest_days_overdue: 36,
			next_due_date: '2026-12-07',
		});
	});

	test.each([
		['the due day itself', '2026-11-01', 0, null, 0],
		['the day after the due date', '2026-11-02', 6_000, 1, 1],
		['the day after the USD invoice\'s due date', '2026-12-08', 10_500, 37, 2],
	])('on %s the overdue amount in base is %s', (_, today, overdue, oldest, items) => {
		const summary = summarizeBalance(ledger, today, 'EUR');
		expect([summary.overdue, summary.oldest_days_overdue, summary.overdue_items]).toStrictEqual([overdue, oldest, items]);
	});

	test('overdue amounts in two currencies stay apart per currency and add up in base', () => {
		const summary = summarizeBalance(ledger, '2026-12-31', 'EUR');
		expect([summary.overdue_by_currency, summary.next_due_date]).toStrictEqual([
			[
				{ currency: 'EUR', balance: 6_000 },
				{ currency: 'USD', balance: 5_000 },
			],
			null,
		]);
	});

	test('a customer with an empty ledger owes nothing and has nothing overdue', () => {
		expect(summarizeBalance({ entries: [], invoices: [] }, '2026-12-07', 'EUR')).toStrictEqual({ currency: 'EUR', balance: 0, by_currency: [], open_items: 0, overdue: 0, overdue_by_currency: [], overdue_items: 0, oldest_days_overdue: null, next_due_date: null });
	});
});

import { describe, expect, test } from 'vitest';
import {
	computeAging,
	computeBalance,
	computeOpenItems,
	type CreditNoteDocument,
	type InvoiceDocument,
	type LedgerEntry,
	type PaymentDocument,
	postAllocation,
	postCreditNote,
	postInvoice,
	postPayment,
	postPaymentReversal,
} from '../../../packages/crm-core/src/settlements/index.ts';
import { allocation, creditNote, invoice, payment, positionOf, reversedAllocation } from './fixtures.ts';

/** A customer's ledger built document by document, each settlement posted against the ledger so far. */
function ledger() {
	const entries: LedgerEntry[] = [];
	const allocated = new Map<string, number>();
	let allocations = 0;
	return {
		entries,
		issue(doc: InvoiceDocument): InvoiceDocument {
			entries.push(...postInvoice(doc));
			return doc;
		},
		receive(doc: PaymentDocument): PaymentDocument {
			entries.push(...postPayment(doc));
			return doc;
		},
		allocate(pay: PaymentDocument, inv: InvoiceDocument, amount: number, date = pay.date) {
			const before = allocated.get(pay.key) ?? 0;
			allocations += 1;
			const document = allocation({
				key: `AL${allocations}`,
				date,
				amount,
				currency: pay.currency,
				rateToBase: pay.rateToBase,
				paymentKey: pay.key,
				paymentNumber: pay.number,
				paymentCurrency: pay.currency,
				paymentAllocatedBefore: before,
				invoiceKey: inv.key,
				invoiceNumber: inv.number,
				invoiceCurrency: inv.currency,
			});
			const posted = postAllocation(document, positionOf(inv, entries));
			allocated.set(pay.key, before + amount);
			entries.push(...posted);
			return { document, posted };
		},
		credit(doc: CreditNoteDocument, inv: InvoiceDocument): LedgerEntry[] {
			const posted = postCreditNote(doc, positionOf(inv, entries));
			entries.push(...posted);
			return posted;
		},
	};
}

const differencesOf = (entries: readonly LedgerEntry[]) => entries.filter((e) => e.kind === 'exchange_difference').map((e) => e.amountBase);
const baseBalance = (entries: readonly LedgerEntry[]) => computeBalance(entries).balanceBase;
const usd = (overrides: Partial<InvoiceDocument> = {}) => invoice({ currency: 'USD', ...overrides });
const usdPayment = (overrides: Partial<PaymentDocument> = {}) => payment({ currency: 'USD', ...overrides });

describe('realised exchange differences on allocations', () => {
	test('posts a realised exchange gain when the rate rises between invoice and payment', () => {
		const book = ledger();
		const inv = book.issue(usd({ amount: 100_000, rateToBase: '0.9' }));
		const pay = book.receive(usdPayment({ amount: 100_000, rateToBase: '1.0' }));
		const { posted } = book.allocate(pay, inv, 100_000);
		expect(posted[2]).toEqual({
			customerId: 'C1',
			entryDate: '2026-01-20',
			kind: 'exchange_difference',
			documentCollection: 'crm_payment_allocations',
			documentKey: 'AL1',
			invoiceKey: 'INV1',
			amount: 0,
			currency: 'USD',
			amountBase: 10_000,
			description: 'Exchange gain on invoice R-1001: rate 0.9000 → 1.0000',
		});
		expect(computeBalance(book.entries)).toEqual({ byCurrency: [{ currency: 'USD', balance: 0 }], balanceBase: 0 });
	});

	test('posts a realised exchange loss when the rate falls', () => {
		const book = ledger();
		const inv = book.issue(usd({ amount: 100_000, rateToBase: '0.92' }));
		const { posted } = book.allocate(book.receive(usdPayment({ amount: 100_000, rateToBase: '0.85' })), inv, 100_000);
		expect(posted.map(({ kind, amount, amountBase }) => [kind, amount, amountBase])).toEqual([
			['allocation', 100_000, 85_000],
			['allocation', -100_000, -85_000],
			['exchange_difference', 0, -7_000],
		]);
		expect(posted[2]?.description).toBe('Exchange loss on invoice R-1001: rate 0.9200 → 0.8500');
		expect(baseBalance(book.entries)).toBe(0);
	});

	test.each([
		// currency, gross, invoice rate, payment rate, invoice base, payment base, difference
		['USD', 100_000, '0.9', '1.0', 90_000, 100_000, 10_000],
		['USD', 100_000, '0.92', '0.85', 92_000, 85_000, -7_000],
		['USD', 12_345, '0.9221', '0.935', 11_383, 11_543, 160], // 11383.3245 and 11542.575
		['GBP', 99_999, '1.17', '1.1523', 116_999, 115_229, -1_770], // 116998.83 and 115228.8477
		['JPY', 10_000, '0.0061', '0.0059', 6_100, 5_900, -200], // 10 000 yen: 61.00 and 59.00 EUR
		['USD', 1_005, '0.9', '0.9', 904, 904, 0], // the same rate: no entry
	])('settles %s %i issued at %s and paid at %s to a base balance of exactly 0', (currency, gross, invoiceRate, paymentRate, invoiceBase, paymentBase, difference) => {
		const book = ledger();
		const inv = book.issue(invoice({ currency, amount: gross, rateToBase: invoiceRate }));
		const pay = book.receive(payment({ currency, amount: gross, rateToBase: paymentRate }));
		expect(baseBalance(book.entries)).toBe(invoiceBase - paymentBase);
		book.allocate(pay, inv, gross);
		expect(differencesOf(book.entries)).toEqual(difference === 0 ? [] : [difference]);
		expect(baseBalance(book.entries)).toBe(0);
	});

	test('a part settlement recognises its share; the rest of the same payment recognises the remainder exactly', () => {
		const book = ledger();
		const inv = book.issue(usd({ amount: 100_000, rateToBase: '0.9' }));
		const pay = book.receive(usdPayment({ amount: 100_000, rateToBase: '0.9333' }));
		book.allocate(pay, inv, 33_333);
		// 333.33 USD: 311.10 EUR received (311.096889) for 300.00 carried (299.997).
		expect(differencesOf(book.entries)).toEqual([1_110]);
		book.allocate(pay, inv, 66_667, '2026-02-01');
		// 933.30 − 311.10 received for 900.00 − 300.00 carried; 11.10 + 22.20 = 933.30 − 900.00.
		expect(differencesOf(book.entries)).toEqual([1_110, 2_220]);
		expect(baseBalance(book.entries)).toBe(0);
	});

	test('two payments at different rates: a gain on the first part, a loss on the rest, summing to the whole difference', () => {
		const book = ledger();
		const inv = book.issue(usd({ amount: 10_001, rateToBase: '0.9' })); // 90.009 → 90.01
		book.allocate(book.receive(usdPayment({ key: 'PAY1', amount: 3_333, rateToBase: '0.95' })), inv, 3_333); // 31.66 for 30.00 (29.997)
		book.allocate(book.receive(usdPayment({ key: 'PAY2', number: 'Z-2', date: '2026-02-01', amount: 6_668, rateToBase: '0.85' })), inv, 6_668); // 56.68 for 90.01 − 30.00
		expect(differencesOf(book.entries)).toEqual([166, -333]);
		// Together: what the two payments were worth (31.66 + 56.68) less what the invoice was carried at (90.01).
		const baseOf = (kind: string) => book.entries.filter((e) => e.kind === kind).reduce((sum, e) => sum + e.amountBase, 0);
		expect([baseOf('payment'), baseOf('invoice')]).toEqual([-(3_166 + 5_668), 9_001]);
		expect(166 - 333).toBe(-baseOf('payment') - baseOf('invoice'));
		expect(baseBalance(book.entries)).toBe(0);
	});

	test.each([
		// parts of one 0.03 USD payment at 0.5 for an invoice carried at 0.02 (0.015, half-even): each part alone rounds to 0.00
		[[1, 1, 1], '0.5', '0.5', [0, 0, 0]],
		// three payments of 0.01 at 0.5 are worth 0.00 each: the 0.02 carried is lost, cent by cent
		[[1, 1, 1], '0.5', 'separate', [0, -1, -1]],
		[[3_333, 3_333, 3_334], '0.9', '0.9123', [41, 41, 41]],
		[[1, 9_998, 1], '0.8765', '1.2345', [0, 3_580, 0]],
	])('parts %j at %s paid at %s leave no stray minor unit', (parts, invoiceRate, paymentRate, differences) => {
		const total = parts.reduce((a, b) => a + b, 0);
		const book = ledger();
		const inv = book.issue(usd({ amount: total, rateToBase: invoiceRate }));
		if (paymentRate === 'separate') {
			parts.forEach((part, i) => book.allocate(book.receive(usdPayment({ key: `PAY${i}`, number: `Z-${i}`, amount: part, rateToBase: invoiceRate })), inv, part));
		} else {
			const pay = book.receive(usdPayment({ amount: total, rateToBase: paymentRate }));
			for (const part of parts) book.allocate(pay, inv, part);
		}
		const byAllocation = parts.map((_, i) => book.entries.filter((e) => e.kind === 'exchange_difference' && e.documentKey === `AL${i + 1}`).reduce((sum, e) => sum + e.amountBase, 0));
		expect(byAllocation).toEqual(differences);
		expect(baseBalance(book.entries)).toBe(0);
	});

	test('one payment settling three invoices issued at three rates clears its own base amount exactly', () => {
		const book = ledger();
		const inv1 = book.issue(usd({ key: 'INV1', number: 'R-1', amount: 20_000, rateToBase: '0.9' })); // 180.00
		const inv2 = book.issue(usd({ key: 'INV2', number: 'R-2', amount: 15_001, rateToBase: '0.95' })); // 142.5095 → 142.51
		const inv3 = book.issue(usd({ key: 'INV3', number: 'R-3', amount: 24_999, rateToBase: '1.05' })); // 262.4895 → 262.49
		const pay = book.receive(usdPayment({ amount: 60_000, rateToBase: '0.9871' })); // 592.26
		const pairs = [book.allocate(pay, inv1, 20_000), book.allocate(pay, inv2, 15_001), book.allocate(pay, inv3, 24_999)].map(({ posted }) => posted[0]!.amountBase);
		// Cumulative shares of 592.26: 197.42, 345.49 − 197.42, 592.26 − 345.49.
		expect(pairs).toEqual([19_742, 14_807, 24_677]);
		expect(differencesOf(book.entries)).toEqual([1_742, 556, -1_572]);
		expect(baseBalance(book.entries)).toBe(0);
	});
});

describe('realised exchange differences on credit notes', () => {
	test('a credit note at another rate realises the difference on the part it credits; the payment realises the rest', () => {
		const book = ledger();
		const inv = book.issue(usd({ amount: 100_000, rateToBase: '0.9' }));
		const posted = book.credit(creditNote({ currency: 'USD', amount: 40_000, rateToBase: '0.95' }), inv);
		expect(posted.map(({ kind, documentCollection, documentKey, invoiceKey, amount, amountBase, description }) => [kind, documentCollection, documentKey, invoiceKey, amount, amountBase, description])).toEqual([
			['credit_note', 'crm_invoices', 'CN1', 'INV1', -40_000, -38_000, 'Credit note G-1'],
			['exchange_difference', 'crm_invoices', 'CN1', 'INV1', 0, 2_000, 'Exchange gain on invoice R-1001: rate 0.9000 → 0.9500'],
		]);
		// The rest, 600.00 USD, is carried at 540.00 EUR and paid with 528.00.
		book.allocate(book.receive(usdPayment({ amount: 60_000, rateToBase: '0.88' })), inv, 60_000);
		expect(differencesOf(book.entries)).toEqual([2_000, -1_200]);
		expect(baseBalance(book.entries)).toBe(0);
	});

	test('a full credit note at another rate leaves the customer at exactly 0', () => {
		const book = ledger();
		const inv = book.issue(usd({ amount: 12_345, rateToBase: '0.9221' })); // 113.83
		book.credit(creditNote({ currency: 'USD', amount: 12_345, rateToBase: '0.8999' }), inv); // 111.092655 → 111.09
		expect(differencesOf(book.entries)).toEqual([-274]);
		expect(baseBalance(book.entries)).toBe(0);
	});

	test('a credit note that credits no invoice realises nothing', () => {
		expect(postCreditNote(creditNote({ currency: 'USD', rateToBase: '0.95', invoiceKey: null }), null).map((e) => e.kind)).toEqual(['credit_note']);
	});
});

describe('payment reversal and exchange differences', () => {
	test('a reversal undoes the exchange differences exactly and restores the base balance', () => {
		const book = ledger();
		const inv = book.issue(usd({ amount: 100_000, rateToBase: '0.9' }));
		const before = baseBalance(book.entries);
		const pay = book.receive(usdPayment({ amount: 70_000, rateToBase: '1.1' }));
		const first = book.allocate(pay, inv, 30_001);
		const second = book.allocate(pay, inv, 39_999, '2026-01-25');
		expect(differencesOf(book.entries)).toEqual([6_000, 8_000]); // 330.01 for 270.01 (270.009), then 770.00 − 330.01 for 630.00 − 270.01
		const reversal = postPaymentReversal({ ...pay, reversedOn: '2026-02-01' }, [first, second].map(({ document }) => reversedAllocation(document, book.entries)));
		expect(differencesOf(reversal)).toEqual([-14_000]);
		expect(baseBalance([...book.entries, ...reversal])).toBe(before);
		expect(computeOpenItems([...book.entries, ...reversal], [{ key: 'INV1', number: 'R-1001', issueDate: '2026-01-10', dueDate: '2026-02-09', currency: 'USD', grossAmount: 100_000 }])[0]?.open).toBe(100_000);
	});

	test('after a reversal the next settlement absorbs the stray unit, so the settled invoice is exactly 0', () => {
		const book = ledger();
		const inv = book.issue(usd({ amount: 10_000, rateToBase: '0.9' }));
		const pay1 = book.receive(usdPayment({ key: 'PAY1', amount: 5, rateToBase: '1.1' }));
		const { document } = book.allocate(pay1, inv, 5); // 0.055 → 0.06 for 0.045 → 0.04
		book.allocate(book.receive(usdPayment({ key: 'PAY2', number: 'Z-2', amount: 5, rateToBase: '1.1' })), inv, 5); // 0.06 for 0.09 − 0.04
		book.entries.push(...postPaymentReversal({ ...pay1, reversedOn: '2026-02-01' }, [reversedAllocation(document, book.entries)]));
		// 99.95 USD open, carried at 89.95 where 90.00 − 0.05 (0.045 → 0.04, half-even) would be 89.96.
		book.allocate(book.receive(usdPayment({ key: 'PAY3', number: 'Z-3', date: '2026-02-05', amount: 9_995, rateToBase: '0.9' })), inv, 9_995);
		expect(differencesOf(book.entries)).toEqual([2, 1, -2, 1]);
		expect(baseBalance(book.entries)).toBe(0);
	});
});

describe('base-currency documents', () => {
	test('post no exchange differences, whatever the parts', () => {
		const book = ledger();
		const inv1 = book.issue(invoice({ key: 'INV1', number: 'R-1', amount: 10_001 }));
		const inv2 = book.issue(invoice({ key: 'INV2', number: 'R-2', amount: 5_000 }));
		book.credit(creditNote({ invoiceKey: 'INV2', amount: 1_234 }), inv2);
		const pay = book.receive(payment({ amount: 20_000 }));
		book.allocate(pay, inv1, 3_333);
		book.allocate(pay, inv2, 3_766);
		book.allocate(pay, inv1, 6_668);
		expect(book.entries.filter((e) => e.kind === 'exchange_difference')).toEqual([]);
		expect(baseBalance(book.entries)).toBe(-6_233); // the 62.33 not allocated stays as credit
	});
});

describe('aging of settled foreign invoices', () => {
	test('a fully settled USD customer has nothing open and 0 in the base aging', () => {
		const book = ledger();
		const inv = book.issue(usd({ amount: 100_000, rateToBase: '0.9' }));
		book.allocate(book.receive(usdPayment({ amount: 40_000, rateToBase: '1.0' })), inv, 40_000);
		const invoices = [{ key: 'INV1', number: 'R-1001', issueDate: '2026-01-10', dueDate: '2026-02-09', currency: 'USD', grossAmount: 100_000 }];
		const partly = computeAging(computeOpenItems(book.entries, invoices), '2026-03-01', { baseCurrency: 'EUR', ratesToBase: { USD: '1.0' } });
		expect([partly.byCurrency[0]?.total.amount, partly.base?.total.amount]).toEqual([60_000, 60_000]);
		book.allocate(book.receive(usdPayment({ key: 'PAY2', number: 'Z-2', amount: 60_000, rateToBase: '0.8' })), inv, 60_000);
		const settled = computeAging(computeOpenItems(book.entries, invoices), '2026-03-01', { baseCurrency: 'EUR', ratesToBase: { USD: '1.0' } });
		expect([settled.byCurrency, settled.base?.total.amount]).toEqual([[], 0]);
		expect(baseBalance(book.entries)).toBe(0);
	});
});

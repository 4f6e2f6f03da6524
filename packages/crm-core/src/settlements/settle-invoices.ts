import { assertOrderTransition } from '../orders/order-transitions.ts';
import { deriveInvoiceStatus } from '../fulfilment/invoice-status.ts';
import type { LedgerEntry } from './ledger-entry.ts';
import type { SettlementBook, SettlementEffects, SettlementInvoice } from './settlement-book.ts';
import { orderStatusAfterSettlement } from './settlement-status.ts';

/** Σ of the entries on the invoice (its own entry included), after the new ones. */
function openAfter(invoice: SettlementInvoice, added: readonly LedgerEntry[]): number {
	return [...invoice.entries, ...added.filter((e) => e.invoiceKey === invoice.key)].reduce((sum, e) => sum + e.amount, 0);
}

/** What credit notes took off the invoice. */
function creditedOn(invoice: SettlementInvoice): number {
	return invoice.entries.filter((e) => e.kind === 'credit_note').reduce((sum, e) => sum - e.amount, 0);
}

/**
 * S4 — once `added` entries are posted on the `touched` invoices: each invoice's open amount and the
 * status that follows from it (written when either changed, or was never computed), then the orders of
 * those invoices move on: invoiced → paid when all their invoices are settled, paid → invoiced when money
 * is open again (a reversal).
 */
export function settleInvoices(book: SettlementBook, touched: readonly string[], added: readonly LedgerEntry[]): SettlementEffects {
	const keys = [...new Set(touched)];
	const open = new Map([...book.invoices.values()].map((i) => [i.key, openAfter(i, added)]));
	const invoiceUpdates = keys.flatMap((key) => {
		const invoice = book.invoices.get(key)!;
		const openAmount = open.get(key)!;
		const status = deriveInvoiceStatus({ gross: invoice.gross, open: openAmount, credited: creditedOn(invoice) });
		return status !== invoice.status || invoice.storedOpen !== openAmount ? [{ id: key, openAmount, status }] : [];
	});
	const orderIds = new Set(keys.map((k) => book.invoices.get(k)!.orderId).filter((o): o is string => o !== null));
	const orderMoves = [...book.orders]
		.filter((o) => orderIds.has(o.id))
		.sort((a, b) => (a.id < b.id ? -1 : 1))
		.flatMap((order) => {
			const amounts = order.invoiceKeys.map((k) => open.get(k) ?? 0);
			const next = orderStatusAfterSettlement(order.status, amounts);
			if (next === order.status) return [];
			if (next === 'paid') assertOrderTransition(order.status, next, { openAmount: amounts.reduce((sum, a) => sum + Math.max(a, 0), 0) });
			return [{ id: order.id, from: order.status, to: next }];
		});
	return { invoiceUpdates, orderMoves };
}

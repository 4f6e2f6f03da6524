// The settlement ledger as the API posts it: invoices and credit notes (postInvoice, postCreditNote, each credit
// note against where its invoice stands by then), payments received and allocated by receivePayment, stored
// through the adapter's toLedgerRow; every invoice's open amount and status follow from the ledger alone.
import { deriveInvoiceStatus, type InvoicePosition, invoicePosition, invoicePositionAfter, LEDGER_ENTRY_KINDS, type LedgerEntry, type LedgerEntryKind, postCreditNote, postInvoice, receivePayment, type SettlementBook } from '../../packages/crm-core/src/index.ts';
import type { DbRow } from '../../packages/crm-directus/src/fulfilment/fulfilment-rows.ts';
import { toLedgerRow } from '../../packages/crm-directus/src/ledger-rows.ts';
import { toAllocationRow, toPaymentRow, toSettlementInvoice } from '../../packages/crm-directus/src/settlements/settlement-rows.ts';
import type { Uuid } from './demo-rows.ts';
import type { InvoicePlan } from './generate-invoices.ts';
import type { Payments } from './generate-payments.ts';
import { iso } from './moments.ts';
import type { OrdersToCash } from './orders-to-cash-context.ts';
import { BASE_CURRENCY, type InvoiceRow, type LedgerEntryRow } from './orders-to-cash-rows.ts';

type Posted = { entry: LedgerEntry; createdMs: number };

class Ledger {
	readonly posted: Posted[] = [];
	readonly positions = new Map<string, InvoicePosition>();

	post(entries: readonly LedgerEntry[], createdMs: number): void {
		for (const entry of entries) this.posted.push({ entry, createdMs });
		for (const key of new Set(entries.map((e) => e.invoiceKey))) {
			const position = key === null ? undefined : this.positions.get(key);
			if (position) this.positions.set(position.key, invoicePositionAfter(position, entries));
		}
	}
}

const doc = (customerId: Uuid, key: string, date: string, amount: number, currency: string, rateToBase: string) => ({ customerId, key, date, amount, currency, rateToBase, baseCurrency: BASE_CURRENCY });

function postDocuments(ledger: Ledger, invoicePlans: readonly InvoicePlan[], creditPlans: readonly InvoicePlan[]): void {
	for (const inv of invoicePlans) {
		const r = inv.row;
		const entries = postInvoice({ ...doc(r.customer, r.id, r.issue_date, r.gross_total, r.currency, r.fx_rate), number: r.number });
		// Nothing on it yet: posting its own entries moves it (counting them here too would carry it twice).
		ledger.positions.set(r.id, invoicePosition({ key: r.id, number: r.number, currency: r.currency, baseCurrency: BASE_CURRENCY, gross: r.gross_total, rateToBase: r.fx_rate }, []));
		ledger.post(entries, inv.createdMs);
	}
	// Credit notes come before the payments of their invoice, so exchange differences are realised alike.
	for (const cn of [...creditPlans].sort((a, b) => a.row.issue_date.localeCompare(b.row.issue_date) || a.createdMs - b.createdMs)) {
		const r = cn.row;
		const credited = r.credited_invoice === null ? null : ledger.positions.get(r.credited_invoice)!;
		ledger.post(postCreditNote({ ...doc(r.customer, r.id, r.issue_date, r.gross_total, r.currency, r.fx_rate), number: r.number, invoiceKey: r.credited_invoice }, credited), cn.createdMs);
	}
}

/** The invoices a payment settles as its settlement reads them (toSettlementInvoice): with every entry posted on them so far. */
function bookFor(ledger: Ledger, invoiceIds: readonly Uuid[], invoiceById: ReadonlyMap<Uuid, InvoiceRow>): SettlementBook {
	const entriesOf = (id: Uuid) => ledger.posted.map((p) => p.entry).filter((e) => e.invoiceKey === id);
	return { baseCurrency: BASE_CURRENCY, lockedKeys: invoiceIds, invoices: new Map(invoiceIds.map((id) => [id, toSettlementInvoice(invoiceById.get(id)! as unknown as DbRow, entriesOf(id))])), orders: [] };
}

/**
 * Each payment is received as POST /crm/payments receives it (receivePayment: posted at its day's rate, then
 * allocated as the customer asked), stored through toPaymentRow and toAllocationRow. Payments are posted
 * first, then allocations by date, as before; every invoice is paid by one payment at most.
 */
function receivePayments(ledger: Ledger, pays: Payments, invoiceById: ReadonlyMap<Uuid, InvoiceRow>): void {
	const allocationEntries = new Map<Uuid, LedgerEntry[]>();
	for (const p of pays.payments) {
		const mine = pays.allocations.filter((a) => a.payment === p.id);
		const keys = mine.map((a) => a.id);
		const request = { customerId: p.customer, amount: p.amount, currency: p.currency, receivedOn: p.received_on, method: p.method, ...(p.reference !== null ? { reference: p.reference } : {}), allocations: mine.map((a) => ({ invoiceKey: a.invoice, amount: a.amount })) };
		const plan = receivePayment({ book: bookFor(ledger, mine.map((a) => a.invoice), invoiceById), rateToBase: p.fx_rate, key: p.id, number: p.number, newKey: () => keys.shift()! }, request);
		Object.assign(p, toPaymentRow(plan.payment), { unallocated_amount: plan.allocation.unallocated });
		for (const draft of plan.allocation.allocations) Object.assign(mine.find((a) => a.id === draft.id)!, toAllocationRow(draft));
		for (const entry of plan.allocation.ledger) allocationEntries.set(entry.documentKey, [...(allocationEntries.get(entry.documentKey) ?? []), entry]);
		ledger.post(plan.ledger, pays.paymentCreated.get(p.id)!);
	}
	for (const a of [...pays.allocations].sort((x, y) => x.allocated_on.localeCompare(y.allocated_on) || Date.parse(x.date_created) - Date.parse(y.date_created))) ledger.post(allocationEntries.get(a.id) ?? [], Date.parse(a.date_created));
}

/** Open amounts and statuses follow from the ledger alone. */
function openAmountsFromLedger(rows: readonly LedgerEntryRow[], invoicePlans: readonly InvoicePlan[]): void {
	const openOf = new Map<Uuid, number>();
	for (const e of rows) if (e.invoice !== null) openOf.set(e.invoice, (openOf.get(e.invoice) ?? 0) + e.amount);
	for (const inv of invoicePlans) {
		const r = inv.row;
		r.open_amount = openOf.get(r.id) ?? 0;
		r.status = deriveInvoiceStatus({ gross: r.gross_total, open: r.open_amount, credited: inv.credits.reduce((a, c) => a + c.row.gross_total, 0) });
	}
}

export function postDemoLedger(otc: OrdersToCash, invoices: { invoicePlans: InvoicePlan[]; creditPlans: InvoicePlan[] }, pays: Payments, invoiceById: ReadonlyMap<Uuid, InvoiceRow>): LedgerEntryRow[] {
	const ledger = new Ledger();
	postDocuments(ledger, invoices.invoicePlans, invoices.creditPlans);
	receivePayments(ledger, pays, invoiceById);
	const kindOrder = (k: LedgerEntryKind) => LEDGER_ENTRY_KINDS.indexOf(k);
	ledger.posted.sort((a, b) => a.entry.entryDate.localeCompare(b.entry.entryDate) || a.createdMs - b.createdMs || kindOrder(a.entry.kind) - kindOrder(b.entry.kind));
	const rows = ledger.posted.map(({ entry, createdMs }): LedgerEntryRow => toLedgerRow(entry, otc.rng.uuid(), iso(createdMs), null));
	openAmountsFromLedger(rows, invoices.invoicePlans);
	return rows;
}

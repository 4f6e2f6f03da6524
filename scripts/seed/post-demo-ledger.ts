// The settlement ledger as the API posts it (postInvoice, postCreditNote, postPayment, postAllocation), each
// credit note and allocation against where its invoice stands by then, stored through the adapter's
// toLedgerRow; then every invoice's open amount and status follow from the ledger alone (deriveInvoiceStatus).
import { deriveInvoiceStatus, type InvoicePosition, invoicePosition, invoicePositionAfter, LEDGER_ENTRY_KINDS, type LedgerEntry, type LedgerEntryKind, postAllocation, postCreditNote, postInvoice, postPayment } from '../../packages/crm-core/src/index.ts';
import { toLedgerRow } from '../../packages/crm-directus/src/ledger-rows.ts';
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
		ledger.positions.set(r.id, invoicePosition({ key: r.id, number: r.number, currency: r.currency, baseCurrency: BASE_CURRENCY, gross: r.gross_total, rateToBase: r.fx_rate }, entries));
		ledger.post(entries, inv.createdMs);
	}
	// Credit notes come before the payments of their invoice, so exchange differences are realised alike.
	for (const cn of [...creditPlans].sort((a, b) => a.row.issue_date.localeCompare(b.row.issue_date) || a.createdMs - b.createdMs)) {
		const r = cn.row;
		const credited = r.credited_invoice === null ? null : ledger.positions.get(r.credited_invoice)!;
		ledger.post(postCreditNote({ ...doc(r.customer, r.id, r.issue_date, r.gross_total, r.currency, r.fx_rate), number: r.number, invoiceKey: r.credited_invoice }, credited), cn.createdMs);
	}
}

function postPayments(ledger: Ledger, pays: Payments, invoiceById: ReadonlyMap<Uuid, InvoiceRow>): void {
	const paymentById = new Map(pays.payments.map((p) => [p.id, p]));
	for (const p of pays.payments) ledger.post(postPayment({ ...doc(p.customer, p.id, p.received_on, p.amount, p.currency, p.fx_rate), number: p.number }), pays.paymentCreated.get(p.id)!);
	const allocatedOf = new Map<Uuid, number>();
	for (const a of [...pays.allocations].sort((x, y) => x.allocated_on.localeCompare(y.allocated_on) || Date.parse(x.date_created) - Date.parse(y.date_created))) {
		const p = paymentById.get(a.payment)!;
		const inv = invoiceById.get(a.invoice)!;
		const allocatedBefore = allocatedOf.get(p.id) ?? 0;
		const document = { ...doc(p.customer, a.id, a.allocated_on, a.amount, p.currency, p.fx_rate), paymentKey: p.id, paymentNumber: p.number, paymentCurrency: p.currency, paymentAllocatedBefore: allocatedBefore, invoiceKey: inv.id, invoiceNumber: inv.number, invoiceCurrency: inv.currency };
		ledger.post(postAllocation(document, ledger.positions.get(inv.id)!), Date.parse(a.date_created));
		allocatedOf.set(p.id, allocatedBefore + a.amount);
	}
}

/** Open amounts and statuses follow from the ledger alone. */
function settleInvoices(rows: readonly LedgerEntryRow[], invoicePlans: readonly InvoicePlan[]): void {
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
	postPayments(ledger, pays, invoiceById);
	const kindOrder = (k: LedgerEntryKind) => LEDGER_ENTRY_KINDS.indexOf(k);
	ledger.posted.sort((a, b) => a.entry.entryDate.localeCompare(b.entry.entryDate) || a.createdMs - b.createdMs || kindOrder(a.entry.kind) - kindOrder(b.entry.kind));
	const rows = ledger.posted.map(({ entry, createdMs }): LedgerEntryRow => toLedgerRow(entry, otc.rng.uuid(), iso(createdMs), null));
	settleInvoices(rows, invoices.invoicePlans);
	return rows;
}

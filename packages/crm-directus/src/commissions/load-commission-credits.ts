import type { CommissionCredit, CommissionPeriod } from '@crm/core';
import { divideAndRound } from '@crm/core';
import type { Knex } from 'knex';
import { wholeNumber } from '../analytics/load-sales-sums.ts';
import { dayForDriver } from '../ledger-rows.ts';
import { toDay } from '../load-pricing-context.ts';

type Row = Record<string, unknown>;

/** An invoice or credit note of the rep's orders, with what the statement needs of it. */
interface RepDocument {
	id: string;
	number: string;
	kind: 'invoice' | 'credit_note';
	creditedInvoice: string | null;
	day: string;
	grossTotal: number;
	revenueMinor: number;
	marginMinor: number;
	splitBp: number;
}

const half = (a: bigint, b: bigint) => (b === 0n ? 0 : Number(divideAndRound(a, b, 'half-up')));

/** Net revenue in the base currency (at the document's own rate) and its margin at the order's margin ratio. */
function toDocument(r: Row, base: string): RepDocument {
	const net = wholeNumber(r['net_total']);
	const revenue = r['currency'] === base ? net : half(BigInt(net) * BigInt(wholeNumber(r['gross_total_base'])), BigInt(wholeNumber(r['gross_total'])));
	const orderNet = wholeNumber(r['order_net']);
	const margin = orderNet === 0 ? revenue : half(BigInt(revenue) * BigInt(orderNet - wholeNumber(r['order_cost'])), BigInt(orderNet));
	return {
		id: String(r['id']),
		number: String(r['number']),
		kind: r['kind'] === 'credit_note' ? 'credit_note' : 'invoice',
		creditedInvoice: r['credited_invoice'] ? String(r['credited_invoice']) : null,
		day: toDay(r['issue_date'])!,
		grossTotal: wholeNumber(r['gross_total']),
		revenueMinor: revenue,
		marginMinor: margin,
		splitBp: wholeNumber(r['split_bp']),
	};
}

/**
 * The rep's documents: those of orders the rep has a split of, and of orders the rep owns that have no splits
 * (the owner earns all of an order nobody shared), issued up to the period's end.
 */
function repDocuments(knex: Knex, repId: string, end: string): Knex.QueryBuilder {
	return knex('crm_invoices as i')
		.join('crm_orders as o', 'o.id', 'i.order')
		.leftJoin('crm_commission_splits as s', (j) => j.on('s.order', '=', 'o.id').andOn('s.rep', '=', knex.raw('?', [repId])))
		.where((w) => w.whereNotNull('s.id').orWhere((o) => o.where('o.owner', repId).whereNotExists(knex('crm_commission_splits as s2').select(knex.raw('1')).whereRaw('?? = ??', ['s2.order', 'o.id']))))
		.where('i.issue_date', '<=', dayForDriver(knex, end))
		.select('i.id', 'i.number', 'i.kind', 'i.credited_invoice', 'i.issue_date', 'i.currency', 'i.net_total', 'i.gross_total', 'i.gross_total_base', 'o.net_total_base as order_net', 'o.cost_total_base as order_cost', knex.raw('COALESCE(s.share_bp, 10000) as split_bp'));
}

/** Allocations of posted payments to the invoices, up to the period's end, per invoice: [day, amount]. */
async function allocationsOf(knex: Knex, invoiceIds: string[], end: string): Promise<Map<string, [string, number][]>> {
	const out = new Map<string, [string, number][]>();
	if (invoiceIds.length === 0) return out;
	const rows: Row[] = await knex('crm_payment_allocations as a').join('crm_payments as p', 'p.id', 'a.payment').where('p.status', 'posted').whereIn('a.invoice', invoiceIds).where('a.allocated_on', '<=', dayForDriver(knex, end)).select('a.invoice', 'a.allocated_on', 'a.amount');
	for (const r of rows) {
		const key = String(r['invoice']);
		out.set(key, [...(out.get(key) ?? []), [toDay(r['allocated_on'])!, wholeNumber(r['amount'])]]);
	}
	return out;
}

/**
 * The day an invoice became fully paid: the first day its posted allocations, with the credit notes issued
 * against it by then, reach its gross total, provided something was paid; null while it is not.
 */
function paidDay(invoice: RepDocument, allocations: [string, number][], notes: RepDocument[]): string | null {
	if (allocations.length === 0 || invoice.grossTotal <= 0) return null;
	const events: [string, number][] = [...allocations, ...notes.map((n): [string, number] => [n.day, n.grossTotal])].sort((a, b) => a[0].localeCompare(b[0]));
	let settled = 0;
	for (const [i, [day, amount]] of events.entries()) {
		settled += amount;
		const lastOfDay = events[i + 1]?.[0] !== day;
		if (lastOfDay && settled >= invoice.grossTotal && allocations.some(([d]) => d <= day)) return day;
	}
	return null;
}

const inPeriod = (day: string, p: CommissionPeriod) => day >= p.start && day <= p.end;

/** What a paid invoice earns: its amounts less those of the credit notes issued by the day it was paid. */
function paidCredit(invoice: RepDocument, day: string, notes: RepDocument[]): CommissionCredit {
	const before = notes.filter((n) => n.day <= day);
	const less = (field: 'revenueMinor' | 'marginMinor') => invoice[field] - before.reduce((sum, n) => sum + n[field], 0);
	return { kind: 'invoice_paid', documentId: invoice.id, documentNumber: invoice.number, day, revenueMinor: Math.max(0, less('revenueMinor')), marginMinor: less('marginMinor'), splitBp: invoice.splitBp };
}

function clawback(note: RepDocument, invoice: RepDocument): CommissionCredit {
	return { kind: 'credit_note', documentId: note.id, documentNumber: note.number, day: note.day, revenueMinor: -note.revenueMinor, marginMinor: -note.marginMinor, splitBp: note.splitBp, reversesDocumentNumber: invoice.number };
}

/**
 * S6.3 — what earns or takes back commission for a rep in a period: every invoice of the rep's orders that
 * became fully paid in it (net of VAT, in the base currency), and every credit note issued in it against an
 * invoice paid before, as a clawback. A credit note issued before its invoice was paid lowers what the
 * invoice earns instead.
 */
export async function loadCommissionCredits(knex: Knex, repId: string, period: CommissionPeriod, base: string): Promise<CommissionCredit[]> {
	const docs = ((await repDocuments(knex, repId, period.end)) as Row[]).map((r) => toDocument(r, base));
	const invoices = docs.filter((d) => d.kind === 'invoice');
	const notesOf = (id: string) => docs.filter((d) => d.kind === 'credit_note' && d.creditedInvoice === id);
	const allocations = await allocationsOf(knex, invoices.map((i) => i.id), period.end);
	const paid = new Map(invoices.map((i) => [i.id, paidDay(i, allocations.get(i.id) ?? [], notesOf(i.id))]));
	const credits: CommissionCredit[] = [];
	for (const invoice of invoices) {
		const day = paid.get(invoice.id);
		if (!day) continue;
		if (inPeriod(day, period)) credits.push(paidCredit(invoice, day, notesOf(invoice.id)));
		for (const note of notesOf(invoice.id)) if (note.day > day && inPeriod(note.day, period)) credits.push(clawback(note, invoice));
	}
	return credits.sort((a, b) => a.day.localeCompare(b.day) || a.documentNumber.localeCompare(b.documentNumber));
}

import type { CommissionCredit, CommissionDocument, CommissionPeriod } from '@crm/core';
import { creditsOfPaidInvoices, divideAndRound } from '@crm/core';
import type { Knex } from 'knex';
import { wholeNumber } from '../analytics/load-sales-sums.ts';
import { dayForDriver } from '../ledger-rows.ts';
import { toDay } from '../load-pricing-context.ts';

type Row = Record<string, unknown>;

const half = (a: bigint, b: bigint) => (b === 0n ? 0 : Number(divideAndRound(a, b, 'half-up')));

/** Net revenue in the base currency (at the document's own rate) and its margin at the order's margin ratio. */
function toDocument(r: Row, base: string): CommissionDocument {
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
 * The invoices something happened to in the period: a posted payment allocated to them, or a credit note issued
 * against them. Only these can become paid in it (an invoice is paid on the day of such an event) or be clawed back.
 * Named once as a WITH query: the documents below match it twice (an invoice, a credit note against one).
 */
function touchedInvoices(knex: Knex, period: CommissionPeriod): Knex.QueryBuilder {
	const [start, end] = [dayForDriver(knex, period.start), dayForDriver(knex, period.end)];
	return knex('crm_payment_allocations as a')
		.join('crm_payments as p', 'p.id', 'a.payment')
		.where('p.status', 'posted')
		.whereBetween('a.allocated_on', [start, end])
		.select('a.invoice as id')
		.union((u) => u.from('crm_invoices as n').where('n.kind', 'credit_note').whereBetween('n.issue_date', [start, end]).select('n.credited_invoice as id'));
}

/**
 * The rep's documents that matter in the period: those of orders the rep has a split of, and of orders the rep
 * owns that have no splits (the owner earns all of an order nobody shared), issued up to the period's end; of
 * them, the invoices touched in the period and every credit note against those.
 */
function repDocuments(knex: Knex, repId: string, period: CommissionPeriod): Knex.QueryBuilder {
	const end = period.end;
	return knex
		.with('touched', touchedInvoices(knex, period))
		.from('crm_invoices as i')
		.join('crm_orders as o', 'o.id', 'i.order')
		.leftJoin('crm_commission_splits as s', (j) => j.on('s.order', '=', 'o.id').andOn('s.rep', '=', knex.raw('?', [repId])))
		.where((w) => w.whereNotNull('s.id').orWhere((o) => o.where('o.owner', repId).whereNotExists(knex('crm_commission_splits as s2').select(knex.raw('1')).whereRaw('?? = ??', ['s2.order', 'o.id']))))
		.where('i.issue_date', '<=', dayForDriver(knex, end))
		.where((w) => w.whereIn('i.id', knex('touched').select('id')).orWhereIn('i.credited_invoice', knex('touched').select('id')))
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
 * S6.3 — what earns or takes back commission for a rep in a period (creditsOfPaidInvoices): the rep's
 * invoices touched in the period and their credit notes up to its end, with the posted allocations to them.
 */
export async function loadCommissionCredits(knex: Knex, repId: string, period: CommissionPeriod, base: string): Promise<CommissionCredit[]> {
	const docs = ((await repDocuments(knex, repId, period)) as Row[]).map((r) => toDocument(r, base));
	const allocations = await allocationsOf(knex, docs.filter((d) => d.kind === 'invoice').map((i) => i.id), period.end);
	return creditsOfPaidInvoices(docs, allocations, period);
}

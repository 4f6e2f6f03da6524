// Payments and their allocations: paid and closed orders' invoices settled in full (often several with one
// transfer, one customer paying too much), part payments on some open invoices.
import { addDays, daysBetween } from '../../packages/crm-core/src/index.ts';
import type { Uuid } from './demo-rows.ts';
import type { InvoicePlan } from './generate-invoices.ts';
import { maxDay, type OrdersToCash } from './orders-to-cash-context.ts';
import type { OtcCustomer, PaymentAllocationRow, PaymentRow } from './orders-to-cash-rows.ts';
import { pickDistinct } from './random.ts';

export interface Payments {
	payments: PaymentRow[];
	allocations: PaymentAllocationRow[];
	paymentCreated: Map<Uuid, number>;
}

/** What is left to pay on an invoice once its credit notes are taken off. */
const grossOf = (inv: InvoicePlan) => inv.row.gross_total - inv.credits.reduce((a, c) => a + c.row.gross_total, 0);
/** A payment is recorded after the invoice and its credit notes. */
const notBeforeOf = (inv: InvoicePlan) => Math.max(inv.createdMs, ...inv.credits.map((c) => c.createdMs));

function pay(otc: OrdersToCash, out: Payments, customer: OtcCustomer, day: string, parts: readonly (readonly [InvoicePlan, number])[], notBefore: number): PaymentRow {
	const amount = parts.reduce((a, [, x]) => a + x, 0);
	const createdMs = otc.stamp(day, notBefore);
	const p: PaymentRow = {
		id: otc.rng.uuid(),
		number: '',
		status: 'posted',
		customer: customer.id,
		received_on: day,
		amount,
		currency: customer.currency,
		fx_rate: otc.rateOn(customer.currency, day),
		method: otc.rng.weighted([['bank_transfer', 75], ['card', 10], ['cheque', 5], ['cash', 5], ['other', 5]] as const),
		reference: null,
		unallocated_amount: 0,
		reversed_at: null,
		reversal_reason: null,
		...otc.audit(createdMs),
	};
	out.payments.push(p);
	out.paymentCreated.set(p.id, createdMs);
	for (const [inv, x] of parts) out.allocations.push({ id: otc.rng.uuid(), payment: p.id, invoice: inv.row.id, amount: x, allocated_on: day, ...otc.audit(createdMs) });
	return p;
}

/** Within the customer's payment terms mostly, a little late sometimes, never after today. */
function payDay(otc: OrdersToCash, inv: InvoicePlan): string {
	const { rng } = otc;
	const room = Math.max(0, daysBetween(inv.settledFrom, otc.today));
	const terms = inv.plan.customer.payment_terms_days;
	const wish = terms === 0 ? rng.int(0, 7) : rng.int(Math.round(terms * 0.3), terms + 20);
	return addDays(inv.settledFrom, wish <= room ? wish : rng.int(0, room));
}

/** Customers often pay several invoices with one transfer; one paid too much, and the rest stays on the account as credit. */
function settleInFull(otc: OrdersToCash, out: Payments, invoicePlans: readonly InvoicePlan[]): void {
	const { rng } = otc;
	const settled = invoicePlans
		.filter((i) => (i.plan.row.status === 'paid' || i.plan.row.status === 'closed') && grossOf(i) > 0)
		.map((inv) => ({ inv, day: payDay(otc, inv) }))
		.sort((a, b) => a.inv.row.customer.localeCompare(b.inv.row.customer) || a.day.localeCompare(b.day));
	const settlementPayments: PaymentRow[] = [];
	for (let i = 0; i < settled.length; ) {
		const group = [settled[i]!];
		while (
			group.length < 3 &&
			i + group.length < settled.length &&
			settled[i + group.length]!.inv.row.customer === group[0]!.inv.row.customer &&
			daysBetween(group[group.length - 1]!.day, settled[i + group.length]!.day) <= 21 &&
			rng.chance(0.5)
		)
			group.push(settled[i + group.length]!);
		const day = group.reduce((d, g) => maxDay(d, g.day), group[0]!.day);
		settlementPayments.push(pay(otc, out, group[0]!.inv.plan.customer, day, group.map((g) => [g.inv, grossOf(g.inv)] as const), Math.max(...group.map((g) => notBeforeOf(g.inv)))));
		i += group.length;
	}
	const over = settlementPayments.length > 0 ? rng.pick(settlementPayments) : null;
	if (over) {
		const extra = rng.int(5, 50) * 1000;
		over.amount += extra;
		over.unallocated_amount = extra;
	}
}

export function generatePayments(otc: OrdersToCash, invoicePlans: readonly InvoicePlan[]): Payments {
	const { rng } = otc;
	const out: Payments = { payments: [], allocations: [], paymentCreated: new Map() };
	settleInFull(otc, out, invoicePlans);
	const openInvoices = invoicePlans.filter((i) => i.plan.row.status === 'invoiced');
	const partPaid = pickDistinct(rng, openInvoices.filter((i) => grossOf(i) >= 200), Math.max(2, Math.round(openInvoices.length * 0.35)));
	for (const inv of partPaid) {
		const open = grossOf(inv);
		const amount = Math.max(100, Math.min(open - 100, Math.round((open * (0.2 + rng.float() * 0.5)) / 100) * 100));
		const day = addDays(inv.settledFrom, rng.int(0, Math.max(0, daysBetween(inv.settledFrom, otc.today))));
		pay(otc, out, inv.plan.customer, day, [[inv, amount]], notBeforeOf(inv));
	}
	return out;
}

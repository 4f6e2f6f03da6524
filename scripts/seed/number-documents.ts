// Document numbers as the server gives them: gapless per series and year, in date order (then creation order).
import { type DocumentSeries, formatDocumentNumber } from '../../packages/crm-core/src/index.ts';
import type { Uuid } from './demo-rows.ts';
import type { OrdersToCash } from './orders-to-cash-context.ts';
import type { InvoiceRow, PaymentAllocationRow, PaymentRow } from './orders-to-cash-rows.ts';

/** Counters by `<series>-<year>`: what crm_document_counters holds afterwards. */
export type Counters = Map<string, number>;

export function numberRows<T extends { id: Uuid; number: string }>(counters: Counters, rows: T[], series: DocumentSeries, dayOf: (r: T) => string, createdOf: (r: T) => number): void {
	rows.sort((a, b) => dayOf(a).localeCompare(dayOf(b)) || createdOf(a) - createdOf(b) || a.id.localeCompare(b.id));
	for (const r of rows) {
		const year = Number(dayOf(r).slice(0, 4));
		const key = `${series}-${year}`;
		const seq = (counters.get(key) ?? 0) + 1;
		counters.set(key, seq);
		r.number = formatDocumentNumber(series, year, seq);
	}
}

/** A transfer names the invoices it pays; a card payment its card slip. */
export function paymentReferences(otc: OrdersToCash, payments: readonly PaymentRow[], allocations: readonly PaymentAllocationRow[], invoiceById: ReadonlyMap<Uuid, InvoiceRow>): void {
	for (const p of payments) {
		const numbers = allocations.filter((a) => a.payment === p.id).map((a) => invoiceById.get(a.invoice)!.number);
		if (p.method === 'bank_transfer' || p.method === 'other') p.reference = `Remittance ${numbers.join(', ')}`.slice(0, 120);
		else if (p.method === 'card') p.reference = `Card payment ${otc.rng.digits(8)}`;
	}
}

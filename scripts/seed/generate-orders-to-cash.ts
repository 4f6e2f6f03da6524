// Orders to cash: warehouses and stock, quotes, orders, shipments, invoices and credit notes, payments and
// allocations, and the settlement ledger they post. Documents are priced, shipped, invoiced, credited and posted by
// the same use cases the server runs, so the history is consistent: invoice open amounts and statuses are
// what the ledger says, order statuses match their lines.
import { acceptDemoQuotes } from './accept-demo-quotes.ts';
import type { Uuid } from './demo-rows.ts';
import { demoIdempotencyKeys } from './demo-idempotency.ts';
import { generateInvoices } from './generate-invoices.ts';
import { generatePayments } from './generate-payments.ts';
import { generateShipments } from './generate-shipments.ts';
import { generateStock } from './generate-stock.ts';
import { type Counters, numberRows, paymentReferences } from './number-documents.ts';
import { createOrdersToCash } from './orders-to-cash-context.ts';
import type { OrdersToCashData, OrdersToCashInput } from './orders-to-cash-rows.ts';
import { planDemoDocuments } from './plan-demo-documents.ts';
import { postDemoLedger } from './post-demo-ledger.ts';
import { priceDemoDocuments } from './price-demo-documents.ts';

const byNumber = (a: { number: string }, b: { number: string }) => a.number.localeCompare(b.number);

export function generateOrdersToCash(input: OrdersToCashInput): OrdersToCashData {
	const otc = createOrdersToCash(input);
	const docs = planDemoDocuments(otc);
	const redemptions = priceDemoDocuments(otc, docs);
	acceptDemoQuotes(docs);
	const shipped = generateShipments(otc, docs.plans);
	const invoices = generateInvoices(otc, docs.plans, shipped);
	const pays = generatePayments(otc, invoices.invoicePlans);

	const counters: Counters = new Map();
	const orderRows = docs.plans.map((p) => p.row);
	const createdOfOrder = new Map<Uuid, number>(docs.plans.map((p) => [p.row.id, p.createdMs]));
	const invoiceRows = invoices.invoicePlans.map((i) => i.row);
	const creditRows = invoices.creditPlans.map((i) => i.row);
	const docCreated = new Map([...invoices.invoicePlans, ...invoices.creditPlans].map((i) => [i.row.id, i.createdMs]));
	numberRows(counters, docs.quotes, 'QT', (r) => r.issue_date, (r) => docs.quoteCreated.get(r.id)!);
	numberRows(counters, orderRows, 'SO', (r) => r.order_date, (r) => createdOfOrder.get(r.id)!);
	numberRows(counters, shipped.shipments, 'SH', (r) => r.shipped_on, (r) => shipped.shipmentCreated.get(r.id)!);
	numberRows(counters, invoiceRows, 'INV', (r) => r.issue_date, (r) => docCreated.get(r.id)!);
	numberRows(counters, creditRows, 'CN', (r) => r.issue_date, (r) => docCreated.get(r.id)!);
	numberRows(counters, pays.payments, 'PAY', (r) => r.received_on, (r) => pays.paymentCreated.get(r.id)!);
	const invoiceById = new Map([...invoiceRows, ...creditRows].map((r) => [r.id, r]));
	paymentReferences(otc, pays.payments, pays.allocations, invoiceById);

	const ledger = postDemoLedger(otc, invoices, pays, invoiceById);
	const stock = generateStock(otc, shipped.stock, docs.warehouses);
	const idempotency = demoIdempotencyKeys(otc, orderRows, createdOfOrder);
	const documentCounters = [...counters.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([counter_key, last_number]) => ({ id: otc.rng.uuid(), counter_key, last_number }));
	return {
		crm_warehouses: docs.warehouses,
		crm_stock_levels: stock,
		crm_quotes: docs.quotes.sort(byNumber),
		crm_quote_lines: docs.quoteLines,
		crm_orders: orderRows.sort(byNumber),
		crm_order_lines: docs.plans.sort((a, b) => byNumber(a.row, b.row)).flatMap((p) => p.lines),
		crm_discount_redemptions: redemptions,
		crm_shipments: shipped.shipments.sort(byNumber),
		crm_shipment_lines: shipped.shipmentLines,
		crm_invoices: [...invoiceRows.sort(byNumber), ...creditRows.sort(byNumber)],
		crm_invoice_lines: [...invoices.invoicePlans, ...invoices.creditPlans].flatMap((i) => i.lines),
		crm_payments: pays.payments.sort(byNumber),
		crm_payment_allocations: pays.allocations,
		crm_ledger_entries: ledger,
		crm_document_counters: documentCounters,
		crm_idempotency_keys: idempotency,
	};
}

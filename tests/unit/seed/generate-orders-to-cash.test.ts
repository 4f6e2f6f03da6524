import { describe, expect, test } from 'vitest';
import { assessReorderList, computeAging, computeDocumentTotals, convertCurrency, divideAndRound, parseDocumentNumber, type PurchaseHistory, UNCOUNTED_ORDER_STATUSES } from '../../../packages/crm-core/src/index.ts';
import { collections } from '../../../scripts/schema/define-model.ts';
import { DEFERRED_FOREIGN_KEYS, ORDERS_TO_CASH_TABLES } from '../../../scripts/seed/orders-to-cash-rows.ts';
import { DEMO_TABLES, generateDemoData } from '../../../scripts/seed/generate-demo-data.ts';
import type { DemoData } from '../../../scripts/seed/generate-demo-data.ts';

const NOW = '2026-11-26T12:00:00.000Z';
const TODAY = NOW.slice(0, 10);
const full = generateDemoData({ scale: 1, now: NOW });
const small = generateDemoData({ scale: 0.05, now: NOW });

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const groupBy = <T, K>(rows: readonly T[], key: (r: T) => K): Map<K, T[]> => {
	const out = new Map<K, T[]>();
	for (const r of rows) out.set(key(r), [...(out.get(key(r)) ?? []), r]);
	return out;
};

describe('orders-to-cash demo data', () => {
	test('tables are inserted after what they reference; the quote ↔ order cycle is deferred', () => {
		const order = DEMO_TABLES as readonly string[];
		expect(order.slice(-ORDERS_TO_CASH_TABLES.length)).toEqual([...ORDERS_TO_CASH_TABLES]);
		expect(order.indexOf('crm_warehouses')).toBeLessThan(order.indexOf('crm_stock_levels'));
		expect(order.indexOf('crm_quotes')).toBeLessThan(order.indexOf('crm_orders'));
		expect(DEFERRED_FOREIGN_KEYS).toEqual([{ table: 'crm_quotes', field: 'order' }]);
		// Credit notes follow the invoices they reference.
		const firstCredit = full.crm_invoices.findIndex((i) => i.kind === 'credit_note');
		expect(full.crm_invoices.slice(firstCredit).every((i) => i.kind === 'credit_note')).toBe(true);
	});

	test('counts at scale 1 and at least two of everything at scale 0.05', () => {
		expect(full.crm_warehouses).toHaveLength(2);
		expect(full.crm_quotes).toHaveLength(150);
		// 400 at random and 12 regular buyers' five orders each.
		expect(full.crm_orders).toHaveLength(460);
		const avgLines = full.crm_order_lines.length / full.crm_orders.length;
		expect(avgLines).toBeGreaterThan(2.5);
		expect(avgLines).toBeLessThan(3.5);
		for (const data of [full, small]) {
			const goods = data.crm_products.filter((p) => p.kind === 'goods').length;
			expect(data.crm_stock_levels).toHaveLength(goods * data.crm_warehouses.length);
			for (const status of ['draft', 'confirmed', 'partially_shipped', 'shipped', 'invoiced', 'paid', 'closed', 'cancelled']) {
				expect(data.crm_orders.filter((o) => o.status === status).length, status).toBeGreaterThanOrEqual(2);
			}
			for (const status of ['draft', 'sent', 'accepted', 'rejected', 'expired']) expect(data.crm_quotes.filter((q) => q.status === status).length, status).toBeGreaterThanOrEqual(2);
			expect(data.crm_invoices.filter((i) => i.kind === 'credit_note').length).toBeGreaterThanOrEqual(2);
			expect(data.crm_invoices.filter((i) => i.status === 'partially_paid').length).toBeGreaterThanOrEqual(2);
			expect(data.crm_payments.filter((p) => p.unallocated_amount > 0)).toHaveLength(1);
			expect(data.crm_idempotency_keys).toHaveLength(1);
			for (const t of ['crm_shipments', 'crm_payments', 'crm_payment_allocations', 'crm_ledger_entries'] as const) expect(data[t].length, t).toBeGreaterThanOrEqual(2);
		}
		expect(full.crm_shipments.some((s) => s.kind === 'service_act')).toBe(true);
		expect(full.crm_payments.some((p) => full.crm_payment_allocations.filter((a) => a.payment === p.id).length > 1)).toBe(true);
	});

	describe.each([
		['scale 1', full],
		['scale 0.05', small],
	])('consistency at %s', (_label, data) => {
		const customers = new Map(data.crm_customers.map((c) => [c.id, c]));
		const products = new Map(data.crm_products.map((p) => [p.id, p]));
		const orders = new Map(data.crm_orders.map((o) => [o.id, o]));
		const linesOf = groupBy(data.crm_order_lines, (l) => l.order);
		const invoiceLinesOf = groupBy(data.crm_invoice_lines, (l) => l.invoice);
		const rates = new Map(data.crm_exchange_rates.map((r) => [`${r.currency}:${r.rate_date.slice(0, 7)}`, r.rate]));
		const rateOn = (currency: string, day: string) => (currency === 'EUR' ? '1' : rates.get(`${currency}:${day.slice(0, 7)}`));

		test('every line is priced from a price list, as the server prices it (it has no catalogue fallback)', () => {
			const lists = new Set(data.crm_price_lists.map((l) => l.id));
			for (const l of [...data.crm_order_lines, ...data.crm_quote_lines]) {
				const used = (l.price_explanation?.priceList ?? []).filter((step) => step.outcome === 'used');
				expect(used.length, l.id).toBeGreaterThan(0);
				for (const step of used) expect(lists.has(step.priceListId), l.id).toBe(true);
				expect(l.quantity_milli, l.id).toBeGreaterThanOrEqual(1000);
			}
		});

		test('every date and timestamp is not after now', () => {
			for (const table of ORDERS_TO_CASH_TABLES) {
				const fields = collections.find((c) => c.collection === table)!.fields.filter((f) => f.type === 'date' || f.type === 'timestamp');
				for (const row of data[table] as unknown as Record<string, unknown>[]) {
					for (const f of fields) {
						const v = row[f.field];
						if (typeof v !== 'string') continue;
						// Quote validity and invoice due dates lie in the future by nature; the expiry is past on purpose.
						if (f.field === 'valid_until' || f.field === 'due_date') continue;
						expect(v.slice(0, 10) <= TODAY, `${table}.${f.field} ${v}`).toBe(true);
					}
				}
			}
		});

		test('totals, rates and base amounts are what the domain functions give', () => {
			type Amounts = { quantity_milli: number; unit_price: number; vat_rate_bp: number; discount_bp: number; net_amount: number; vat_amount: number; gross_amount: number };
			// Proposal and order lines carry the discount engine's amount (priced-documents.ts computes their totals with it).
			const check = (doc: { currency: string; net_total: number; vat_total: number; gross_total: number }, lines: readonly Amounts[], discountOf: (l: Amounts, i: number) => number) => {
				const t = computeDocumentTotals(lines.map((l, i) => ({ quantityMilli: l.quantity_milli, unitPrice: l.unit_price, vatRateBp: l.vat_rate_bp, discountBp: l.discount_bp, discountAmount: discountOf(l, i) })), doc.currency);
				expect([doc.net_total, doc.vat_total, doc.gross_total]).toEqual([t.netTotal, t.vatTotal, t.grossTotal]);
				lines.forEach((l, i) => expect([l.net_amount, l.vat_amount, l.gross_amount]).toEqual([t.lines[i]!.netAmount, t.lines[i]!.vatAmount, t.lines[i]!.grossAmount]));
			};
			const quoteLines = groupBy(data.crm_quote_lines, (l) => l.quote);
			for (const q of data.crm_quotes) {
				const lines = quoteLines.get(q.id) ?? [];
				check(q, lines, (_l, i) => lines[i]!.discount_amount);
				expect([q.list_total, q.discount_total]).toEqual([sum(lines.map((l) => l.list_amount)), sum(lines.map((l) => l.discount_amount))]);
			}
			for (const o of data.crm_orders) {
				const lines = linesOf.get(o.id)!;
				check(o, lines, (_l, i) => lines[i]!.discount_amount);
				expect([o.list_total, o.discount_total]).toEqual([sum(lines.map((l) => l.list_amount)), sum(lines.map((l) => l.discount_amount))]);
				expect(o.net_total).toBe(o.list_total - o.discount_total);
				expect(o.fx_rate).toBe(rateOn(o.currency, o.order_date));
				expect(o.gross_total_base).toBe(convertCurrency({ amount: o.gross_total, currency: o.currency }, 'EUR', o.fx_rate, 'half-even').amount);
				expect(o.currency).toBe(customers.get(o.customer)!.currency);
				expect(o.owner).toBe(customers.get(o.customer)!.owner);
			}
			// An invoice or credit note bills the order line's discounted amount: its share for a part of the line.
			const orderLines = new Map(data.crm_order_lines.map((l) => [l.id, l]));
			const share = (l: (typeof data.crm_invoice_lines)[number]) => {
				const source = orderLines.get(l.order_line!)!;
				if (l.quantity_milli === source.quantity_milli) return source.discount_amount;
				return Number(divideAndRound(BigInt(source.discount_amount) * BigInt(l.quantity_milli), BigInt(source.quantity_milli), 'half-up'));
			};
			for (const i of data.crm_invoices) {
				const lines = invoiceLinesOf.get(i.id)!;
				check(i, lines, (_l, k) => share(lines[k]!));
				// Orders are invoiced whole, so an invoice is the order's net and gross to the cent.
				if (i.kind === 'invoice') expect([i.net_total, i.gross_total]).toEqual([orders.get(i.order!)!.net_total, orders.get(i.order!)!.gross_total]);
				expect(i.fx_rate).toBe(rateOn(i.currency, i.issue_date));
				expect(i.gross_total_base).toBe(convertCurrency({ amount: i.gross_total, currency: i.currency }, 'EUR', i.fx_rate, 'half-even').amount);
			}
			for (const p of data.crm_payments) expect(p.fx_rate).toBe(rateOn(p.currency, p.received_on));
			const contacts = new Map(data.crm_contacts.map((c) => [c.id, c.customer]));
			for (const doc of [...data.crm_orders, ...data.crm_quotes]) if (doc.contact !== null) expect(contacts.get(doc.contact)).toBe(doc.customer);
		});

		test('numbers are gapless per series and year, in date order; counters hold the last number', () => {
			const series: [string, { number: string }[], (r: never) => string][] = [
				['QT', data.crm_quotes, (r: (typeof data.crm_quotes)[number]) => r.issue_date],
				['SO', data.crm_orders, (r: (typeof data.crm_orders)[number]) => r.order_date],
				['SH', data.crm_shipments, (r: (typeof data.crm_shipments)[number]) => r.shipped_on],
				['INV', data.crm_invoices.filter((i) => i.kind === 'invoice'), (r: (typeof data.crm_invoices)[number]) => r.issue_date],
				['CN', data.crm_invoices.filter((i) => i.kind === 'credit_note'), (r: (typeof data.crm_invoices)[number]) => r.issue_date],
				['PAY', data.crm_payments, (r: (typeof data.crm_payments)[number]) => r.received_on],
				['SR', data.crm_service_requests, (r: (typeof data.crm_service_requests)[number]) => r.date_created],
			];
			const expectedCounters = new Map<string, number>();
			for (const [code, rows, dayOf] of series) {
				const parsed = rows.map((r) => ({ ...parseDocumentNumber(r.number), day: (dayOf as (r: unknown) => string)(r) }));
				for (const p of parsed) {
					expect(p.series).toBe(code);
					expect(p.year).toBe(Number(p.day.slice(0, 4)));
				}
				for (const [year, group] of groupBy(parsed, (p) => p.year)) {
					const sorted = [...group].sort((a, b) => a.sequence - b.sequence);
					expect(sorted.map((p) => p.sequence)).toEqual(sorted.map((_, i) => i + 1));
					for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.day >= sorted[i - 1]!.day).toBe(true);
					expectedCounters.set(`${code}-${year}`, sorted.length);
				}
			}
			expect(new Map(data.crm_document_counters.map((c) => [c.counter_key, c.last_number]))).toEqual(expectedCounters);
		});

		test('order lines match the order status; stock reservations add up', () => {
			const shipped = new Map<string, number>();
			for (const s of data.crm_shipment_lines) shipped.set(s.order_line, (shipped.get(s.order_line) ?? 0) + s.quantity_milli);
			const invoiced = new Map<string, number>();
			for (const l of data.crm_invoice_lines) {
				const inv = data.crm_invoices.find((i) => i.id === l.invoice)!;
				if (inv.kind === 'invoice' && l.order_line) invoiced.set(l.order_line, (invoiced.get(l.order_line) ?? 0) + l.quantity_milli);
			}
			const reserved = new Map<string, number>();
			for (const o of data.crm_orders) {
				const lines = linesOf.get(o.id)!;
				for (const l of lines) {
					expect(l.shipped_milli).toBe(shipped.get(l.id) ?? 0);
					expect(l.invoiced_milli).toBe(invoiced.get(l.id) ?? 0);
					expect(l.shipped_milli).toBeLessThanOrEqual(l.quantity_milli);
					const goods = products.get(l.product)!.kind === 'goods';
					const open = ['confirmed', 'partially_shipped'].includes(o.status);
					expect(l.reserved_milli).toBe(open && goods ? l.quantity_milli - l.shipped_milli : 0);
					if (l.reserved_milli > 0) reserved.set(`${l.product}|${o.warehouse}`, (reserved.get(`${l.product}|${o.warehouse}`) ?? 0) + l.reserved_milli);
				}
				const allShipped = lines.every((l) => l.shipped_milli === l.quantity_milli);
				const noneShipped = lines.every((l) => l.shipped_milli === 0);
				if (['draft', 'confirmed', 'cancelled'].includes(o.status)) expect(noneShipped).toBe(true);
				if (o.status === 'partially_shipped') expect(!allShipped && !noneShipped).toBe(true);
				if (['shipped', 'invoiced', 'paid', 'closed'].includes(o.status)) expect(allShipped).toBe(true);
				const invoicedAll = lines.every((l) => l.invoiced_milli === l.quantity_milli);
				expect(invoicedAll).toBe(['invoiced', 'paid', 'closed'].includes(o.status));
				if (o.status === 'draft') expect(o.confirmed_at).toBeNull();
				else if (o.status !== 'cancelled') expect(o.confirmed_at).not.toBeNull();
				expect(o.cancel_reason !== null).toBe(o.status === 'cancelled');
				if (lines.some((l) => products.get(l.product)!.kind === 'goods')) expect(o.warehouse).not.toBeNull();
			}
			for (const s of data.crm_stock_levels) {
				expect(s.reserved_milli).toBe(reserved.get(`${s.product}|${s.warehouse}`) ?? 0);
				expect(s.on_hand_milli).toBeGreaterThanOrEqual(s.reserved_milli);
			}
			for (const sh of data.crm_shipments) {
				const order = orders.get(sh.order)!;
				expect(sh.customer).toBe(order.customer);
				expect(sh.shipped_on >= order.order_date).toBe(true);
				const kinds = data.crm_shipment_lines
					.filter((l) => l.shipment === sh.id)
					.map((l) => products.get(data.crm_order_lines.find((x) => x.id === l.order_line)!.product)!.kind);
				expect(kinds.length).toBeGreaterThan(0);
				for (const k of kinds) expect(k === 'goods').toBe(sh.kind === 'waybill');
				// Goods leave the warehouse that holds the order's reservation; nothing ships before the order is confirmed.
				expect(sh.warehouse).toBe(sh.kind === 'waybill' ? order.warehouse : null);
				expect(sh.date_created >= order.confirmed_at!).toBe(true);
			}
		});

		test('quotes: accepted ones and their orders point at each other', () => {
			for (const q of data.crm_quotes) {
				expect(q.order !== null).toBe(q.status === 'accepted');
				if (q.order !== null) {
					const o = orders.get(q.order)!;
					expect(o.quote).toBe(q.id);
					expect(o.customer).toBe(q.customer);
					expect(o.gross_total).toBe(q.gross_total);
					expect(o.order_date >= q.issue_date && o.order_date <= q.valid_until).toBe(true);
				}
				if (q.status === 'expired') expect(q.valid_until < TODAY).toBe(true);
				if (q.status === 'sent') expect(q.valid_until >= TODAY).toBe(true);
			}
			for (const o of data.crm_orders) if (o.quote !== null) expect(data.crm_quotes.find((q) => q.id === o.quote)?.order).toBe(o.id);
		});

		test('the ledger: open amounts, statuses, allocations and customer balances agree', () => {
			const ledgerOf = groupBy(data.crm_ledger_entries, (e) => e.invoice);
			const invoices = data.crm_invoices;
			for (const i of invoices) {
				const customer = customers.get(i.customer)!;
				// A credit note is the customer's at once: due on its own date (creditInvoice), an invoice after the payment terms.
				const termsDays = i.kind === 'credit_note' ? 0 : customer.payment_terms_days;
				expect(i.due_date).toBe(new Date(Date.parse(`${i.issue_date}T00:00:00Z`) + termsDays * 86_400_000).toISOString().slice(0, 10));
				if (i.kind === 'credit_note') {
					expect(i.open_amount).toBe(0);
					expect(i.credited_invoice).not.toBeNull();
					continue;
				}
				const open = sum((ledgerOf.get(i.id) ?? []).map((e) => e.amount));
				expect(i.open_amount).toBe(open);
				const credited = sum(invoices.filter((c) => c.credited_invoice === i.id).map((c) => c.gross_total));
				// A credit note lowers the debt but is not a payment: a partly credited invoice nobody paid is still issued.
				const paid = i.gross_total - credited - open;
				let expected = paid > 0 ? 'partially_paid' : 'issued';
				if (open === 0) expected = credited >= i.gross_total ? 'credited' : 'paid';
				expect(i.status).toBe(expected);
				const order = orders.get(i.order!)!;
				if (order.status === 'invoiced') expect(open).toBeGreaterThan(0);
				if (order.status === 'paid' || order.status === 'closed') expect(open).toBe(0);
			}
			const allocs = groupBy(data.crm_payment_allocations, (a) => a.payment);
			for (const p of data.crm_payments) {
				const allocated = sum((allocs.get(p.id) ?? []).map((a) => a.amount));
				expect(p.unallocated_amount).toBe(p.amount - allocated);
				for (const a of allocs.get(p.id) ?? []) {
					const inv = invoices.find((i) => i.id === a.invoice)!;
					expect(inv.customer).toBe(p.customer);
					expect(inv.currency).toBe(p.currency);
					expect(a.allocated_on >= inv.issue_date).toBe(true);
				}
			}
			// Σ ledger per customer and currency = Σ invoices − Σ credit notes − Σ payments; allocations net out.
			const balance = new Map<string, number>();
			const add = (k: string, v: number) => balance.set(k, (balance.get(k) ?? 0) + v);
			for (const i of invoices) add(`${i.customer}|${i.currency}`, i.kind === 'invoice' ? i.gross_total : -i.gross_total);
			for (const p of data.crm_payments) add(`${p.customer}|${p.currency}`, -p.amount);
			const ledger = new Map<string, number>();
			for (const e of data.crm_ledger_entries) ledger.set(`${e.customer}|${e.currency}`, (ledger.get(`${e.customer}|${e.currency}`) ?? 0) + e.amount);
			expect(ledger).toEqual(balance);
			for (const e of data.crm_ledger_entries) {
				if (e.kind === 'credit_note') expect(e.document_collection).toBe('crm_invoices');
				if (e.kind === 'allocation') expect(e.document_collection).toBe('crm_payment_allocations');
			}
		});
	});

	describe.each([
		['scale 1', full],
		['scale 0.05', small],
	])('realised exchange differences at %s', (_label, data) => {
		test('every settled invoice is exactly 0 in the base currency too', () => {
			const entriesOf = groupBy(data.crm_ledger_entries, (e) => e.invoice);
			const settled = data.crm_invoices.filter((i) => i.kind === 'invoice' && i.open_amount === 0);
			expect(settled.some((i) => i.currency !== 'EUR')).toBe(true);
			for (const i of settled) expect(sum((entriesOf.get(i.id) ?? []).map((e) => e.amount_base)), i.number).toBe(0);
		});

		test('a customer with nothing open and no credit left owes exactly 0 in the base currency', () => {
			let foreign = 0;
			for (const [customer, entries] of groupBy(data.crm_ledger_entries, (e) => e.customer)) {
				const byCurrency = groupBy(entries, (e) => e.currency);
				if (![...byCurrency.values()].every((inCurrency) => sum(inCurrency.map((e) => e.amount)) === 0)) continue;
				expect(sum(entries.map((e) => e.amount_base)), customer).toBe(0);
				if ([...byCurrency.keys()].some((currency) => currency !== 'EUR')) foreign += 1;
			}
			expect(foreign).toBeGreaterThan(0);
		});

		test('exchange differences are base-only entries of foreign-currency settlements', () => {
			const differences = data.crm_ledger_entries.filter((e) => e.kind === 'exchange_difference');
			expect(differences.length).toBeGreaterThan(0);
			for (const e of differences) {
				expect([e.amount, e.amount_base === 0, e.currency === 'EUR', e.invoice === null]).toEqual([0, false, false, false]);
				expect(['crm_payment_allocations', 'crm_invoices']).toContain(e.document_collection);
				expect(e.description).toMatch(/^Exchange (gain|loss) on invoice INV-\d{4}-\d{6}: rate \d+\.\d{4,} → \d+\.\d{4,}$/);
			}
		});
	});

	test('receivables aging at scale 1 fills every bucket', () => {
		const items = full.crm_invoices.filter((i) => i.kind === 'invoice' && i.open_amount > 0).map((i) => ({ currency: i.currency, dueDate: i.due_date, open: i.open_amount }));
		const report = computeAging(items, TODAY);
		const eur = report.byCurrency.find((r) => r.currency === 'EUR')!;
		for (const bucket of ['current', '1-30', '31-60', '61-90', 'over-90'] as const) expect(eur.buckets[bucket].count, bucket).toBeGreaterThan(0);
	});

	test('the idempotency record replays an API order and has expired', () => {
		const [key] = full.crm_idempotency_keys as DemoData['crm_idempotency_keys'];
		expect(key!.lookup).toMatch(/^orders:[0-9a-f-]{36}:/);
		expect(key!.lookup.endsWith(`:${key!.idem_key}`)).toBe(true);
		expect(key!.request_hash).toMatch(/^[0-9a-f]{64}$/);
		expect(key!.status_code).toBe(201);
		expect(full.crm_orders.some((o) => o.id === key!.response.data.id)).toBe(true);
		expect(Date.parse(key!.expires_at)).toBeLessThan(Date.parse(NOW));
	});
});

describe('regular buyers in the demo (S6.9)', () => {
	/** What the reorder run loads: per customer and product group, the days of their counted orders. */
	function histories(data: DemoData): PurchaseHistory[] {
		const groupOf = new Map(data.crm_products.map((p) => [p.id, p.group]));
		const orders = new Map(data.crm_orders.filter((o) => !(UNCOUNTED_ORDER_STATUSES as readonly string[]).includes(o.status)).map((o) => [o.id, o]));
		const days = new Map<string, string[]>();
		for (const line of data.crm_order_lines) {
			const order = orders.get(line.order);
			const group = groupOf.get(line.product);
			if (!order || !group) continue;
			const key = `${order.customer}|${group}`;
			days.set(key, [...(days.get(key) ?? []), order.order_date]);
		}
		return [...days].map(([key, list]) => {
			const [customerId, productGroupId] = key.split('|') as [string, string];
			return { customerId, customerName: customerId, ownerId: null, productGroupId, productGroupName: productGroupId, days: list };
		});
	}

	test.each([['scale 1', full, 5, 1], ['scale 0.05', small, 2, 1]] as const)('at %s the reorder run finds reorders that are due and a customer gone silent', (_, data, due, churn) => {
		const statuses = assessReorderList(histories(data), TODAY, 20_000).map((c) => c.assessment.status);
		expect(statuses.filter((s) => s === 'due').length).toBeGreaterThanOrEqual(due);
		expect(statuses.filter((s) => s === 'churn_risk').length).toBeGreaterThanOrEqual(churn);
	});
});

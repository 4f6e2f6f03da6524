import { createItem, readItem, readItems } from '@directus/sdk';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { type Client, http, loginAs, loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;

describe.each(inject('instances'))('shipments, invoices and credit notes on $name', (instance) => {
	let admin: Client;
	let token: string;
	let warehouse: Row;
	let baseList: Row;
	let install: Row;
	let ritaRep: Row;

	const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;

	/** A goods product at 19.99 + 19 % VAT with `onHand` milli-units in the test warehouse. */
	async function goods(onHand: number): Promise<Row> {
		const product = (await admin.request(createItem('crm_products', { sku: `FUL-G-${unique()}`, name: 'Fulfilment drill', kind: 'goods', unit: 'pcs', list_price: 1999, cost_price: 1000, vat_rate_bp: 1900, currency: 'EUR' }))) as Row;
		await admin.request(createItem('crm_price_list_items', { price_list: baseList['id'], product: product['id'], min_quantity_milli: 1000, unit_price: 1999 }));
		await admin.request(createItem('crm_stock_levels', { product: product['id'], warehouse: warehouse['id'], on_hand_milli: onHand }));
		return product;
	}

	async function stockOf(product: Row): Promise<[number, number]> {
		const row = ((await admin.request(readItems('crm_stock_levels', { filter: { product: { _eq: product['id'] }, warehouse: { _eq: warehouse['id'] } } }))) as Row[])[0]!;
		return [Number(row['on_hand_milli']), Number(row['reserved_milli'])];
	}

	async function customer(extra: Row = {}): Promise<Row> {
		return (await admin.request(createItem('crm_customers', { name: `Fulfilment test ${unique()}`, currency: 'EUR', payment_terms_days: 14, ...extra }))) as Row;
	}

	/** A confirmed order; its lines in the order given. */
	async function confirmedOrder(customerId: string, lines: Row[]): Promise<{ order: Row; lines: Row[] }> {
		const created = (await admin.request(createItem('crm_orders', { customer: customerId, order_date: '2026-06-15', warehouse: warehouse['id'], lines }))) as Row;
		const confirm = await http(instance, token, 'POST', `/crm/orders/${created['id']}/confirm`, {});
		expect(confirm.status).toBe(200);
		return { order: confirm.json.data, lines: lines.map((l) => (confirm.json.data.lines as Row[]).find((x) => x['product'] === l['product'])!) };
	}

	async function orderState(id: string): Promise<{ status: string; lines: Row[] }> {
		const order = (await admin.request(readItem('crm_orders', id, { fields: ['status', 'lines.*'] }))) as Row;
		return { status: order['status'], lines: order['lines'] };
	}

	const lineOf = (lines: Row[], id: string) => {
		const l = lines.find((x) => x['id'] === id)!;
		return [Number(l['shipped_milli']), Number(l['reserved_milli']), Number(l['invoiced_milli'])];
	};

	async function ledgerOf(invoiceId: string): Promise<Row[]> {
		const rows = (await admin.request(readItems('crm_ledger_entries', { filter: { invoice: { _eq: invoiceId } }, sort: ['date_created', 'kind'] }))) as Row[];
		return rows.map((e) => ({ kind: e['kind'], amount: Number(e['amount']), amount_base: Number(e['amount_base']), document_collection: e['document_collection'], document_key: e['document_key'], entry_date: String(e['entry_date']).slice(0, 10) }));
	}

	beforeAll(async () => {
		admin = await loginAsAdmin(instance);
		token = (await admin.getToken())!;
		warehouse = (await admin.request(createItem('crm_warehouses', { code: `WF-${unique()}`, name: 'Fulfilment warehouse' }))) as Row;
		baseList = ((await admin.request(readItems('crm_price_lists', { filter: { code: { _eq: 'BASE' } } }))) as Row[])[0]!;
		install = (await admin.request(createItem('crm_products', { sku: `FUL-S-${unique()}`, name: 'Installation', kind: 'service', unit: 'h', list_price: 8000, cost_price: 5000, vat_rate_bp: 1900, currency: 'EUR' }))) as Row;
		await admin.request(createItem('crm_price_list_items', { price_list: baseList['id'], product: install['id'], min_quantity_milli: 1000, unit_price: 8000 }));
		ritaRep = ((await admin.request(readItems('crm_sales_reps', { filter: { email: { _eq: 'rita.rep@example.com' } } }))) as Row[])[0]!;
	});

	test('a partial waybill, the rest, then the service act: statuses, stock on hand and reserved exact', async () => {
		const drill = await goods(10_000);
		const c = await customer();
		const { order, lines } = await confirmedOrder(c['id'], [
			{ product: drill['id'], quantity_milli: 3000 },
			{ product: install['id'], quantity_milli: 1000 },
		]);
		const [drillLine, installLine] = [lines[0]!['id'], lines[1]!['id']];
		expect(await stockOf(drill)).toEqual([10_000, 3000]);

		const mixed = await http(instance, token, 'POST', `/crm/orders/${order['id']}/shipments`, {});
		expect([mixed.status, mixed.json.errors[0].extensions.code, mixed.json.errors[0].extensions.field]).toEqual([400, 'CRM_MIXED_SHIPMENT', 'kind']);

		const first = await http(instance, token, 'POST', `/crm/orders/${order['id']}/shipments`, { lines: [{ order_line: drillLine, quantity_milli: 1000 }], shipped_on: '2026-06-20' });
		expect(first.status).toBe(201);
		expect([first.json.data.kind, first.json.data.customer, first.json.data.warehouse, first.json.data.shipped_on, first.json.data.order]).toEqual(['waybill', c['id'], warehouse['id'], '2026-06-20', order['id']]);
		expect(first.json.data.number).toMatch(/^SH-2026-\d{6}$/);
		expect(first.json.data.lines.map((l: Row) => [l['order_line'], Number(l['quantity_milli'])])).toEqual([[drillLine, 1000]]);
		let state = await orderState(order['id']);
		expect([state.status, lineOf(state.lines, drillLine)]).toEqual(['partially_shipped', [1000, 2000, 0]]);
		expect(await stockOf(drill)).toEqual([9000, 2000]);

		const rest = await http(instance, token, 'POST', `/crm/orders/${order['id']}/shipments`, { kind: 'waybill' });
		expect([rest.status, rest.json.data.lines.map((l: Row) => Number(l['quantity_milli']))]).toEqual([201, [2000]]);
		expect(Number(rest.json.data.number.slice(-6))).toBe(Number(first.json.data.number.slice(-6)) + 1);
		state = await orderState(order['id']);
		expect([state.status, lineOf(state.lines, drillLine)]).toEqual(['partially_shipped', [3000, 0, 0]]);
		expect(await stockOf(drill)).toEqual([7000, 0]);

		const none = await http(instance, token, 'POST', `/crm/orders/${order['id']}/shipments`, { kind: 'waybill' });
		expect([none.status, none.json.errors[0].extensions.code]).toEqual([409, 'CRM_NOTHING_TO_SHIP']);

		const act = await http(instance, token, 'POST', `/crm/orders/${order['id']}/shipments`, {});
		expect([act.status, act.json.data.kind, act.json.data.warehouse, act.json.data.lines.map((l: Row) => [l['order_line'], Number(l['quantity_milli'])])]).toEqual([201, 'service_act', null, [[installLine, 1000]]]);
		state = await orderState(order['id']);
		expect([state.status, lineOf(state.lines, installLine)]).toEqual(['shipped', [1000, 0, 0]]);
		expect(await stockOf(drill)).toEqual([7000, 0]);

		const again = await http(instance, token, 'POST', `/crm/orders/${order['id']}/shipments`, {});
		expect([again.status, again.json.errors[0].extensions.code]).toEqual([409, 'CRM_INVALID_TRANSITION']);

		const timeline = await http(instance, token, 'GET', `/crm/customers/${c['id']}/timeline?type=system&limit=100`);
		const subjects = timeline.json.data.map((e: Row) => e['subject']);
		expect(subjects).toContain(`Waybill ${first.json.data.number} posted`);
		expect(subjects).toContain(`Service act ${act.json.data.number} posted`);
	});

	test('over-shipment and shortage are 409 and write nothing; a draft order cannot ship', async () => {
		const drill = await goods(5000);
		const c = await customer();
		const { order, lines } = await confirmedOrder(c['id'], [{ product: drill['id'], quantity_milli: 2000 }]);

		const over = await http(instance, token, 'POST', `/crm/orders/${order['id']}/shipments`, { lines: [{ order_line: lines[0]!['id'], quantity_milli: 2500 }] });
		expect([over.status, over.json.errors[0].extensions.code, over.json.errors[0].extensions.field]).toEqual([409, 'CRM_OVER_SHIPMENT', 'lines[0].quantity_milli']);

		// Someone took stock away after the reservation: on hand is what limits a shipment.
		const row = ((await admin.request(readItems('crm_stock_levels', { filter: { product: { _eq: drill['id'] } } }))) as Row[])[0]!;
		await http(instance, token, 'PATCH', `/items/crm_stock_levels/${row['id']}`, { on_hand_milli: 1500 });
		const short = await http(instance, token, 'POST', `/crm/orders/${order['id']}/shipments`, {});
		expect([short.status, short.json.errors[0].extensions.code]).toEqual([409, 'CRM_INSUFFICIENT_STOCK']);

		expect(await admin.request(readItems('crm_shipments', { filter: { order: { _eq: order['id'] } } }))).toEqual([]);
		const state = await orderState(order['id']);
		expect([state.status, lineOf(state.lines, lines[0]!['id'])]).toEqual(['confirmed', [0, 2000, 0]]);
		expect(await stockOf(drill)).toEqual([1500, 2000]);

		const draft = (await admin.request(createItem('crm_orders', { customer: c['id'], warehouse: warehouse['id'], lines: [{ product: drill['id'], quantity_milli: 1000 }] }))) as Row;
		const notYet = await http(instance, token, 'POST', `/crm/orders/${draft['id']}/shipments`, {});
		expect([notYet.status, notYet.json.errors[0].extensions.code]).toEqual([409, 'CRM_INVALID_TRANSITION']);
	});

	test('invoices what shipped: amounts to the minor unit, due date from payment terms, ledger, order status', async () => {
		const drill = await goods(10_000);
		const c = await customer();
		const { order, lines } = await confirmedOrder(c['id'], [
			{ product: drill['id'], quantity_milli: 3000 },
			{ product: install['id'], quantity_milli: 2500, discount_bp: 1000 },
		]);
		const [drillLine, installLine] = [lines[0]!['id'], lines[1]!['id']];

		const early = await http(instance, token, 'POST', `/crm/orders/${order['id']}/invoices`, {});
		expect([early.status, early.json.errors[0].extensions.code]).toEqual([409, 'CRM_INVALID_TRANSITION']);

		await http(instance, token, 'POST', `/crm/orders/${order['id']}/shipments`, { lines: [{ order_line: drillLine, quantity_milli: 1000 }], shipped_on: '2026-06-20' });
		const first = await http(instance, token, 'POST', `/crm/orders/${order['id']}/invoices`, { issue_date: '2026-06-25' });
		expect(first.status).toBe(201);
		const inv = first.json.data;
		// 1 × 19.99 = 19.99; VAT 19 % = 3.7981 → 3.80; gross 23.79
		expect([inv.kind, inv.status, inv.customer, inv.order, inv.issue_date, inv.due_date, inv.currency, inv.fx_rate].map(String)).toEqual(['invoice', 'issued', c['id'], order['id'], '2026-06-25', '2026-07-09', 'EUR', '1']);
		expect([inv.net_total, inv.vat_total, inv.gross_total, inv.gross_total_base, inv.open_amount].map(Number)).toEqual([1999, 380, 2379, 2379, 2379]);
		expect(inv.number).toMatch(/^INV-2026-\d{6}$/);
		expect(inv.lines.map((l: Row) => [l['order_line'], l['product'], Number(l['quantity_milli']), Number(l['unit_price']), Number(l['vat_rate_bp']), Number(l['net_amount']), Number(l['vat_amount']), Number(l['gross_amount'])])).toEqual([
			[drillLine, drill['id'], 1000, 1999, 1900, 1999, 380, 2379],
		]);
		expect(await ledgerOf(inv.id)).toEqual([{ kind: 'invoice', amount: 2379, amount_base: 2379, document_collection: 'crm_invoices', document_key: inv.id, entry_date: '2026-06-25' }]);
		let state = await orderState(order['id']);
		expect([state.status, lineOf(state.lines, drillLine)]).toEqual(['partially_shipped', [1000, 2000, 1000]]);

		const twice = await http(instance, token, 'POST', `/crm/orders/${order['id']}/invoices`, { issue_date: '2026-06-25' });
		expect([twice.status, twice.json.errors[0].extensions.code]).toEqual([409, 'CRM_NOTHING_TO_INVOICE']);

		const waybill = await http(instance, token, 'POST', `/crm/orders/${order['id']}/shipments`, { kind: 'waybill', shipped_on: '2026-06-26' });
		const act = await http(instance, token, 'POST', `/crm/orders/${order['id']}/shipments`, { kind: 'service_act', shipped_on: '2026-06-27' });
		expect([waybill.status, act.status]).toEqual([201, 201]);

		// Only the service act: 2.5 h × 80.00 − 10 % = 180.00; VAT 34.20
		const services = await http(instance, token, 'POST', `/crm/orders/${order['id']}/invoices`, { issue_date: '2026-06-28', shipments: [act.json.data.id] });
		expect([services.status, services.json.data.net_total, services.json.data.vat_total, services.json.data.gross_total].map(Number)).toEqual([201, 18000, 3420, 21420]);
		expect(services.json.data.lines.map((l: Row) => [l['order_line'], Number(l['quantity_milli']), Number(l['discount_bp'])])).toEqual([[installLine, 2500, 1000]]);
		expect((await orderState(order['id'])).status).toBe('shipped');

		// The remainder: 2 × 19.99 = 39.98; VAT 7.5962 → 7.60
		const last = await http(instance, token, 'POST', `/crm/orders/${order['id']}/invoices`, { issue_date: '2026-06-30' });
		expect([last.status, last.json.data.net_total, last.json.data.vat_total, last.json.data.gross_total, last.json.data.open_amount].map(Number)).toEqual([201, 3998, 760, 4758, 4758]);
		state = await orderState(order['id']);
		expect([state.status, lineOf(state.lines, drillLine), lineOf(state.lines, installLine)]).toEqual(['invoiced', [3000, 0, 3000], [2500, 0, 2500]]);
		const after = await http(instance, token, 'POST', `/crm/orders/${order['id']}/invoices`, {});
		expect([after.status, after.json.errors[0].extensions.code]).toEqual([409, 'CRM_INVALID_TRANSITION']);

		const timeline = await http(instance, token, 'GET', `/crm/customers/${c['id']}/timeline?type=system&limit=100`);
		const subjects = timeline.json.data.map((e: Row) => e['subject']);
		expect(subjects).toContain(`Invoice ${inv.number} issued (23.79 EUR)`);
		expect(subjects.some((s: string) => s.startsWith(`Order ${order['number']}:`) && s.includes('→ invoiced'))).toBe(true);
	});

	describe('credit notes', () => {
		let drill: Row;
		let invoice: Row;

		beforeAll(async () => {
			drill = await goods(10_000);
			const c = await customer();
			const { order } = await confirmedOrder(c['id'], [{ product: drill['id'], quantity_milli: 3000 }]);
			await http(instance, token, 'POST', `/crm/orders/${order['id']}/shipments`, { shipped_on: '2026-06-20' });
			invoice = (await http(instance, token, 'POST', `/crm/orders/${order['id']}/invoices`, { issue_date: '2026-06-21' })).json.data;
		});

		test('a partial credit, an over-credit, then the rest: open amount, status and ledger; no restocking', async () => {
			// 3 × 19.99 = 59.97 + VAT 11.39 = 71.36
			expect(Number(invoice['gross_total'])).toBe(7136);
			const line = invoice['lines'][0]['id'];
			const stockBefore = await stockOf(drill);

			const part = await http(instance, token, 'POST', `/crm/invoices/${invoice['id']}/credit-notes`, { issue_date: '2026-06-22', reason: 'One drill arrived damaged', lines: [{ invoice_line: line, quantity_milli: 1000 }] });
			expect(part.status).toBe(201);
			const cn = part.json.data;
			expect([cn.kind, cn.status, cn.credited_invoice, cn.customer, cn.notes, cn.issue_date, Number(cn.open_amount)]).toEqual(['credit_note', 'issued', invoice['id'], invoice['customer'], 'One drill arrived damaged', '2026-06-22', 0]);
			expect(cn.number).toMatch(/^CN-2026-\d{6}$/);
			expect([cn.net_total, cn.vat_total, cn.gross_total].map(Number)).toEqual([1999, 380, 2379]);
			let credited = (await admin.request(readItem('crm_invoices', invoice['id']))) as Row;
			expect([credited['status'], Number(credited['open_amount'])]).toEqual(['issued', 7136 - 2379]);

			const over = await http(instance, token, 'POST', `/crm/invoices/${invoice['id']}/credit-notes`, { reason: 'Too much', lines: [{ invoice_line: line, quantity_milli: 2001 }] });
			expect([over.status, over.json.errors[0].extensions.code, over.json.errors[0].extensions.field]).toEqual([409, 'CRM_OVER_CREDIT', 'lines[0].quantity_milli']);

			const rest = await http(instance, token, 'POST', `/crm/invoices/${invoice['id']}/credit-notes`, { issue_date: '2026-06-23', reason: 'Order returned' });
			expect([rest.status, rest.json.data.lines.map((l: Row) => Number(l['quantity_milli'])), Number(rest.json.data.gross_total)]).toEqual([201, [2000], 4757]);
			credited = (await admin.request(readItem('crm_invoices', invoice['id']))) as Row;
			expect([credited['status'], Number(credited['open_amount'])]).toEqual(['credited', 0]);
			expect(await ledgerOf(invoice['id'])).toEqual([
				{ kind: 'invoice', amount: 7136, amount_base: 7136, document_collection: 'crm_invoices', document_key: invoice['id'], entry_date: '2026-06-21' },
				{ kind: 'credit_note', amount: -2379, amount_base: -2379, document_collection: 'crm_invoices', document_key: cn.id, entry_date: '2026-06-22' },
				{ kind: 'credit_note', amount: -4757, amount_base: -4757, document_collection: 'crm_invoices', document_key: rest.json.data.id, entry_date: '2026-06-23' },
			]);

			const nothingLeft = await http(instance, token, 'POST', `/crm/invoices/${invoice['id']}/credit-notes`, { reason: 'Again' });
			expect([nothingLeft.status, nothingLeft.json.errors[0].extensions.code]).toEqual([409, 'CRM_OVER_CREDIT']);
			const ofCreditNote = await http(instance, token, 'POST', `/crm/invoices/${cn.id}/credit-notes`, { reason: 'Credit the credit' });
			expect([ofCreditNote.status, ofCreditNote.json.errors[0].extensions.code]).toEqual([409, 'CRM_INVALID_TRANSITION']);
			// Returned goods are not restocked by a credit note.
			expect(await stockOf(drill)).toEqual(stockBefore);
		});
	});

	test('a rep ships for their customer but cannot invoice or credit (403); other customers\' orders are hidden', async () => {
		const drill = await goods(5000);
		const mine = await customer({ owner: ritaRep['id'] });
		const { order, lines } = await confirmedOrder(mine['id'], [{ product: drill['id'], quantity_milli: 2000 }]);
		const rep = await loginAs(instance, 'rita.rep@example.com');
		const repToken = (await rep.getToken())!;

		const shipped = await http(instance, repToken, 'POST', `/crm/orders/${order['id']}/shipments`, { lines: [{ order_line: lines[0]!['id'], quantity_milli: 500 }] });
		expect([shipped.status, shipped.json.data?.kind]).toEqual([201, 'waybill']);

		const invoice = await http(instance, repToken, 'POST', `/crm/orders/${order['id']}/invoices`, {});
		expect(invoice.status).toBe(403);
		expect(await admin.request(readItems('crm_invoices', { filter: { order: { _eq: order['id'] } } }))).toEqual([]);
		expect(lineOf((await orderState(order['id'])).lines, lines[0]!['id'])).toEqual([500, 1500, 0]);

		const issued = await http(instance, token, 'POST', `/crm/orders/${order['id']}/invoices`, {});
		expect(issued.status).toBe(201);
		const credit = await http(instance, repToken, 'POST', `/crm/invoices/${issued.json.data.id}/credit-notes`, { reason: 'Rep tries' });
		expect(credit.status).toBe(403);
		expect(await ledgerOf(issued.json.data.id)).toHaveLength(1);

		const theirs = await customer();
		const other = await confirmedOrder(theirs['id'], [{ product: drill['id'], quantity_milli: 1000 }]);
		const hidden = await http(instance, repToken, 'POST', `/crm/orders/${other.order['id']}/shipments`, {});
		expect(hidden.status).toBe(403);
	});

	test('concurrent shipments and invoices of one order never ship or bill twice', async () => {
		const drill = await goods(10_000);
		const c = await customer();
		const { order } = await confirmedOrder(c['id'], [{ product: drill['id'], quantity_milli: 4000 }]);

		const shipments = await Promise.all([1, 2, 3].map(() => http(instance, token, 'POST', `/crm/orders/${order['id']}/shipments`, {})));
		expect(shipments.map((r) => r.status).sort()).toEqual([201, 409, 409]);
		expect(await stockOf(drill)).toEqual([6000, 0]);

		const invoices = await Promise.all([1, 2, 3].map(() => http(instance, token, 'POST', `/crm/orders/${order['id']}/invoices`, {})));
		expect(invoices.map((r) => r.status).sort()).toEqual([201, 409, 409]);
		const issued = (await admin.request(readItems('crm_invoices', { filter: { order: { _eq: order['id'] } } }))) as Row[];
		expect(issued).toHaveLength(1);
		expect(await ledgerOf(issued[0]!['id'])).toHaveLength(1);
		expect((await orderState(order['id'])).status).toBe('invoiced');
	});

	test('bad payloads are 400 with codes and fields', async () => {
		const drill = await goods(5000);
		const c = await customer();
		const { order } = await confirmedOrder(c['id'], [{ product: drill['id'], quantity_milli: 1000 }]);
		const ship = (body: unknown) => http(instance, token, 'POST', `/crm/orders/${order['id']}/shipments`, body);
		const errorOf = (res: { status: number; json: any }) => [res.status, res.json.errors[0].extensions.code, res.json.errors[0].extensions.field];

		expect(errorOf(await ship({ kind: 'truck' }))).toEqual([400, 'CRM_INVALID_CHOICE', 'kind']);
		expect(errorOf(await ship({ shipped_on: '2026-13-01' }))).toEqual([400, 'CRM_INVALID_FORMAT', 'shipped_on']);
		expect(errorOf(await ship({ lines: 'all' }))).toEqual([400, 'CRM_INVALID_TYPE', 'lines']);
		expect(errorOf(await ship({ lines: [{ order_line: order['id'], quantity_milli: -5 }] }))).toEqual([400, 'CRM_INVALID_QUANTITY', 'lines[0].quantity_milli']);
		expect(errorOf(await ship({ lines: [{ order_line: order['id'], quantity_milli: 1000 }] }))).toEqual([400, 'CRM_REFERENCE_NOT_FOUND', 'lines[0].order_line']);
		expect(errorOf(await ship({ warehouse: order['id'] }))).toEqual([400, 'CRM_REFERENCE_NOT_FOUND', 'warehouse']);
		expect(errorOf(await ship({ carrier: 'DHL' }))).toEqual([400, 'CRM_INVALID_PAYLOAD', 'carrier']);
		expect(errorOf(await http(instance, token, 'POST', `/crm/orders/${order['id']}/invoices`, { shipments: [] }))).toEqual([400, 'CRM_REQUIRED_FIELD', 'shipments']);
		expect(errorOf(await http(instance, token, 'POST', `/crm/orders/${order['id']}/invoices`, { issue_date: 'tomorrow' }))).toEqual([400, 'CRM_INVALID_FORMAT', 'issue_date']);
		expect(errorOf(await http(instance, token, 'POST', `/crm/invoices/${order['id']}/credit-notes`, { lines: [] }))).toEqual([400, 'CRM_REQUIRED_FIELD', 'reason']);
		expect((await http(instance, token, 'POST', '/crm/orders/not-an-id/shipments', {})).status).toBe(404);

		expect(await admin.request(readItems('crm_shipments', { filter: { order: { _eq: order['id'] } } }))).toEqual([]);
	});
});

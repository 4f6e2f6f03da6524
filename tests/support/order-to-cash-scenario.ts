import { createItem, readItem, readItems } from '@directus/sdk';
import { beforeAll, expect, test } from 'vitest';
import { type Client, http, loginAsAdmin } from './clients.ts';
import type { TestInstance } from './test-instance.ts';

type Row = Record<string, any>;

/** A day relative to today, YYYY-MM-DD (UTC, as the server counts days). */
const day = (offset = 0) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/*
 * The orders-to-cash scenario, registered into the caller's describe block so that it can run against any
 * Directus with the CRM: the repository's test instances, or a plain project that got the packaged module.
 * It needs the BASE price list (demo data and the packaged-install test create it).
 *
 * The whole cycle for one customer, each step asserted to the minor unit:
 *   proposal: 5 × 19.99 = 99.95 (VAT 18.99) + 2 h × 80.00 = 160.00 (VAT 30.40) → net 259.95, VAT 49.39, gross 309.34
 *   invoice 1: 2 × 19.99 = 39.98, VAT 7.5962 → 7.60, gross 47.58
 *   invoice 2: 3 × 19.99 = 59.97 + 160.00 = 219.97, VAT 41.7943 → 41.79, gross 261.76   (47.58 + 261.76 = 309.34)
 *   payment 1: 20.00 on invoice 1; payment 2: the 289.34 still open, oldest due first: 27.58 + 261.76
 */
export function orderToCashScenario(target: () => TestInstance): void {
	let instance: TestInstance;
	let admin: Client;
	let token: string;
	let warehouse: Row;
	let goods: Row;
	let service: Row;
	let customer: Row;

	// State carried from step to step (the tests of a file run in order).
	let quote: Row;
	let orderId: string;
	let goodsLine: string;
	let serviceLine: string;
	const shipments: Row[] = [];
	const invoices: Row[] = [];
	const payments: Row[] = [];

	const firstIssued = day(-7);
	const firstPaid = day(-3);
	const today = day();

	async function ok(res: Promise<{ status: number; json: any }>, status = 200): Promise<any> {
		const r = await res;
		if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${JSON.stringify(r.json)}`);
		return r.json.data;
	}

	const post = (path: string, body: unknown = {}, status = 200) => ok(http(instance, token, 'POST', path, body), status);

	async function balance(): Promise<{ base: number; eur: number; credit: unknown; open: [string, number, number, number][] }> {
		const b = await ok(http(instance, token, 'GET', `/crm/customers/${customer['id']}/balance`));
		expect([b.customer, b.base_currency]).toEqual([customer['id'], 'EUR']);
		return {
			base: b.balance_base,
			eur: Number(b.by_currency.find((x: Row) => x['currency'] === 'EUR')?.['balance'] ?? 0),
			credit: b.unallocated_credit,
			open: b.open_items.map((i: Row) => [i['invoice'], i['gross'], i['paid'], i['open']]),
		};
	}

	async function order(): Promise<Row> {
		return (await admin.request(readItem('crm_orders', orderId, { fields: ['*', 'lines.*'] }))) as Row;
	}

	const lineState = (o: Row, id: string) => {
		const l = (o['lines'] as Row[]).find((x) => x['id'] === id)!;
		return [Number(l['quantity_milli']), Number(l['reserved_milli']), Number(l['shipped_milli']), Number(l['invoiced_milli'])];
	};

	async function stock(): Promise<[number, number]> {
		const row = ((await admin.request(readItems('crm_stock_levels', { filter: { product: { _eq: goods['id'] }, warehouse: { _eq: warehouse['id'] } } }))) as Row[])[0]!;
		return [Number(row['on_hand_milli']), Number(row['reserved_milli'])];
	}

	async function invoiceNow(id: string): Promise<[string, number]> {
		const i = (await admin.request(readItem('crm_invoices', id, { fields: ['status', 'open_amount'] }))) as Row;
		return [i['status'], Number(i['open_amount'])];
	}

	const totals = (doc: Row) => [doc['net_total'], doc['vat_total'], doc['gross_total']].map(Number);

	beforeAll(async () => {
		instance = target();
		admin = await loginAsAdmin(instance);
		token = (await admin.getToken())!;
		const unique = `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;
		warehouse = (await admin.request(createItem('crm_warehouses', { code: `WO2C-${unique}`, name: 'Order to cash warehouse' }))) as Row;
		const base = ((await admin.request(readItems('crm_price_lists', { filter: { code: { _eq: 'BASE' } } }))) as Row[])[0]!;
		goods = (await admin.request(createItem('crm_products', { sku: `O2C-G-${unique}`, name: 'Cycle drill', kind: 'goods', unit: 'pcs', list_price: 1999, cost_price: 1000, vat_rate_bp: 1900, currency: 'EUR' }))) as Row;
		service = (await admin.request(createItem('crm_products', { sku: `O2C-S-${unique}`, name: 'Cycle installation', kind: 'service', unit: 'h', list_price: 8000, cost_price: 5000, vat_rate_bp: 1900, currency: 'EUR' }))) as Row;
		await admin.request(createItem('crm_price_list_items', { price_list: base['id'], product: goods['id'], min_quantity_milli: 1000, unit_price: 1999 }));
		await admin.request(createItem('crm_price_list_items', { price_list: base['id'], product: service['id'], min_quantity_milli: 1000, unit_price: 8000 }));
		await admin.request(createItem('crm_stock_levels', { product: goods['id'], warehouse: warehouse['id'], on_hand_milli: 10_000 }));
		customer = (await admin.request(createItem('crm_customers', { name: `Order to cash ${unique}`, currency: 'EUR', payment_terms_days: 14 }))) as Row;
	});

	test('1. a proposal is sent and accepted: a draft order at the same totals, linked to it', async () => {
		const created = await post('/items/crm_quotes', { customer: customer['id'], issue_date: today, lines: [{ product: goods['id'], quantity_milli: 5000 }, { product: service['id'], quantity_milli: 2000 }] });
		expect([created['status'], created['number'], totals(created)]).toEqual(['draft', expect.stringMatching(/^QT-\d{4}-\d{6}$/), [25_995, 4_939, 30_934]]);

		const sent = await post(`/crm/quotes/${created['id']}/send`);
		expect([sent['status'], sent['valid_until']]).toEqual(['sent', addDays(today, 30)]);
		const accepted = await post(`/crm/quotes/${created['id']}/accept`);
		expect([accepted['status'], typeof accepted['order']]).toEqual(['accepted', 'string']);
		quote = accepted;
		orderId = accepted['order'];

		const o = await order();
		expect([o['status'], o['quote'], o['customer'], o['currency'], String(o['fx_rate']), totals(o), Number(o['gross_total_base'])]).toEqual(['draft', quote['id'], customer['id'], 'EUR', '1', [25_995, 4_939, 30_934], 30_934]);
		const lines = o['lines'] as Row[];
		goodsLine = lines.find((l) => l['product'] === goods['id'])!['id'];
		serviceLine = lines.find((l) => l['product'] === service['id'])!['id'];
		expect([goodsLine, serviceLine].map((id) => lines.find((l) => l['id'] === id)!).map((l) => [Number(l['quantity_milli']), Number(l['unit_price']), Number(l['net_amount']), Number(l['vat_amount'])])).toEqual([
			[5000, 1999, 9_995, 1_899],
			[2000, 8000, 16_000, 3_040],
		]);

		// Nothing is owed yet: a proposal and a draft order are not receivables.
		expect(await balance()).toEqual({ base: 0, eur: 0, credit: [], open: [] });
	});

	test('2. confirming reserves the goods, and still nothing is owed', async () => {
		// A proposal names no warehouse, so the clerk picks the one to ship from before confirming.
		const picked = await ok(http(instance, token, 'PATCH', `/items/crm_orders/${orderId}`, { warehouse: warehouse['id'] }));
		expect([picked['status'], picked['warehouse'], Number(picked['gross_total'])]).toEqual(['draft', warehouse['id'], 30_934]);
		const confirmed = await post(`/crm/orders/${orderId}/confirm`);
		expect([confirmed['status'], confirmed['warehouse'], totals(confirmed)]).toEqual(['confirmed', warehouse['id'], [25_995, 4_939, 30_934]]);
		expect(await stock()).toEqual([10_000, 5000]);
		const o = await order();
		expect([lineState(o, goodsLine), lineState(o, serviceLine)]).toEqual([
			[5000, 5000, 0, 0],
			[2000, 0, 0, 0],
		]);
		expect(await balance()).toEqual({ base: 0, eur: 0, credit: [], open: [] });
	});

	test('3. part of the goods ship and are invoiced: due in 14 days, the balance is that invoice', async () => {
		const waybill = await post(`/crm/orders/${orderId}/shipments`, { kind: 'waybill', shipped_on: firstIssued, lines: [{ order_line: goodsLine, quantity_milli: 2000 }] }, 201);
		expect([waybill['kind'], waybill['order'], waybill['customer'], waybill['warehouse'], waybill['shipped_on'], waybill['lines'].map((l: Row) => [l['order_line'], Number(l['quantity_milli'])])]).toEqual([
			'waybill',
			orderId,
			customer['id'],
			warehouse['id'],
			firstIssued,
			[[goodsLine, 2000]],
		]);
		shipments.push(waybill);
		expect((await order())['status']).toBe('partially_shipped');
		expect(await stock()).toEqual([8000, 3000]);

		const invoice = await post(`/crm/orders/${orderId}/invoices`, { issue_date: firstIssued }, 201);
		expect([invoice['kind'], invoice['status'], invoice['order'], invoice['customer'], invoice['issue_date'], invoice['due_date'], invoice['currency']]).toEqual(['invoice', 'issued', orderId, customer['id'], firstIssued, addDays(firstIssued, 14), 'EUR']);
		expect([...totals(invoice), Number(invoice['gross_total_base']), Number(invoice['open_amount'])]).toEqual([3_998, 760, 4_758, 4_758, 4_758]);
		expect(invoice['lines'].map((l: Row) => [l['order_line'], Number(l['quantity_milli']), Number(l['unit_price']), Number(l['net_amount']), Number(l['vat_amount']), Number(l['gross_amount'])])).toEqual([[goodsLine, 2000, 1999, 3_998, 760, 4_758]]);
		invoices.push(invoice);

		const o = await order();
		expect([o['status'], lineState(o, goodsLine), lineState(o, serviceLine)]).toEqual(['partially_shipped', [5000, 3000, 2000, 2000], [2000, 0, 0, 0]]);
		expect(await balance()).toEqual({ base: 4_758, eur: 4_758, credit: [], open: [[invoice['id'], 4_758, 0, 4_758]] });
	});

	test('4. a part payment on invoice 1 reduces its open amount and the balance exactly', async () => {
		const payment = await post('/crm/payments', { customer: customer['id'], amount: 2_000, currency: 'EUR', received_on: firstPaid, method: 'bank_transfer', reference: 'First instalment', allocations: [{ invoice: invoices[0]!['id'], amount: 2_000 }] }, 201);
		expect([payment['status'], payment['received_on'], Number(payment['amount']), Number(payment['unallocated_amount']), payment['allocations'].map((a: Row) => [a['invoice'], Number(a['amount'])])]).toEqual([
			'posted',
			firstPaid,
			2_000,
			0,
			[[invoices[0]!['id'], 2_000]],
		]);
		payments.push(payment);

		expect(await invoiceNow(invoices[0]!['id'])).toEqual(['partially_paid', 2_758]);
		expect((await order())['status']).toBe('partially_shipped');
		expect(await balance()).toEqual({ base: 2_758, eur: 2_758, credit: [], open: [[invoices[0]!['id'], 4_758, 2_000, 2_758]] });
	});

	test('5. the rest of the goods and the service ship and are invoiced: the order is invoiced, balance Σ invoices − payment', async () => {
		const rest = await post(`/crm/orders/${orderId}/shipments`, { kind: 'waybill', shipped_on: today }, 201);
		expect([rest['kind'], rest['lines'].map((l: Row) => [l['order_line'], Number(l['quantity_milli'])])]).toEqual(['waybill', [[goodsLine, 3000]]]);
		expect((await order())['status']).toBe('partially_shipped');
		expect(await stock()).toEqual([5000, 0]);

		const act = await post(`/crm/orders/${orderId}/shipments`, { kind: 'service_act', shipped_on: today }, 201);
		expect([act['kind'], act['warehouse'], act['lines'].map((l: Row) => [l['order_line'], Number(l['quantity_milli'])])]).toEqual(['service_act', null, [[serviceLine, 2000]]]);
		shipments.push(rest, act);
		expect((await order())['status']).toBe('shipped');
		expect(await stock()).toEqual([5000, 0]);
		// Nothing is billed by shipping alone.
		expect(await balance()).toEqual({ base: 2_758, eur: 2_758, credit: [], open: [[invoices[0]!['id'], 4_758, 2_000, 2_758]] });

		const invoice = await post(`/crm/orders/${orderId}/invoices`, { issue_date: today }, 201);
		expect([invoice['status'], invoice['issue_date'], invoice['due_date'], ...totals(invoice), Number(invoice['open_amount'])]).toEqual(['issued', today, addDays(today, 14), 21_997, 4_179, 26_176, 26_176]);
		const byLine = (id: string) => invoice['lines'].find((l: Row) => l['order_line'] === id);
		expect([goodsLine, serviceLine].map((id) => [Number(byLine(id)['quantity_milli']), Number(byLine(id)['net_amount'])])).toEqual([
			[3000, 5_997],
			[2000, 16_000],
		]);
		invoices.push(invoice);
		expect(Number(invoices[0]!['gross_total']) + Number(invoice['gross_total'])).toBe(30_934);

		const o = await order();
		expect([o['status'], lineState(o, goodsLine), lineState(o, serviceLine)]).toEqual(['invoiced', [5000, 0, 5000, 5000], [2000, 0, 2000, 2000]]);
		expect(await balance()).toEqual({
			base: 30_934 - 2_000,
			eur: 28_934,
			credit: [],
			open: [
				[invoices[0]!['id'], 4_758, 2_000, 2_758],
				[invoice['id'], 26_176, 0, 26_176],
			],
		});
	});

	test('6. one payment of the open amount settles both invoices oldest first: balance 0, order paid', async () => {
		const payment = await post('/crm/payments', { customer: customer['id'], amount: 28_934, currency: 'EUR', received_on: today, reference: 'Remainder' }, 201);
		expect([Number(payment['unallocated_amount']), payment['allocations'].map((a: Row) => [a['invoice'], Number(a['amount'])]).sort((a: any[], b: any[]) => a[1] - b[1])]).toEqual([
			0,
			[
				[invoices[0]!['id'], 2_758],
				[invoices[1]!['id'], 26_176],
			],
		]);
		payments.push(payment);

		expect([await invoiceNow(invoices[0]!['id']), await invoiceNow(invoices[1]!['id'])]).toEqual([
			['paid', 0],
			['paid', 0],
		]);
		expect((await order())['status']).toBe('paid');
		expect(await balance()).toEqual({ base: 0, eur: 0, credit: [], open: [] });
	});

	test('7. a paid order closes', async () => {
		const closed = await post(`/crm/orders/${orderId}/close`);
		expect(closed['status']).toBe('closed');
		const o = await order();
		expect([o['status'], totals(o)]).toEqual(['closed', [25_995, 4_939, 30_934]]);
		expect(await balance()).toEqual({ base: 0, eur: 0, credit: [], open: [] });
		const again = await http(instance, token, 'POST', `/crm/orders/${orderId}/close`, {});
		expect([again.status, again.json.errors[0].extensions.code]).toEqual([409, 'CRM_INVALID_TRANSITION']);
	});

	test('8. the customer\'s timeline tells the whole story', async () => {
		const o = await order();
		const timeline = await ok(http(instance, token, 'GET', `/crm/customers/${customer['id']}/timeline?type=system&limit=100`));
		const subjects: string[] = timeline.map((e: Row) => e['subject']);
		const [inv1, inv2] = [invoices[0]!['number'], invoices[1]!['number']];
		const [pay1, pay2] = [payments[0]!['number'], payments[1]!['number']];
		const expected = [
			`Customer "${customer['name']}" created (Prospect)`,
			`Proposal ${quote['number']} created (309.34 EUR)`,
			`Proposal ${quote['number']}: draft → sent (309.34 EUR)`,
			`Proposal ${quote['number']}: sent → accepted (309.34 EUR)`,
			`Order ${o['number']} created (309.34 EUR)`,
			`Order ${o['number']}: draft → confirmed (309.34 EUR)`,
			`Order ${o['number']}: confirmed → partially shipped (309.34 EUR)`,
			`Order ${o['number']}: partially shipped → shipped (309.34 EUR)`,
			`Order ${o['number']}: shipped → invoiced (309.34 EUR)`,
			`Order ${o['number']}: invoiced → paid (309.34 EUR)`,
			`Order ${o['number']}: paid → closed (309.34 EUR)`,
			`Waybill ${shipments[0]!['number']} posted`,
			`Waybill ${shipments[1]!['number']} posted`,
			`Service act ${shipments[2]!['number']} posted`,
			`Invoice ${inv1} issued (47.58 EUR)`,
			`Invoice ${inv1}: issued → partially paid (47.58 EUR)`,
			`Invoice ${inv1}: partially paid → paid (47.58 EUR)`,
			`Invoice ${inv2} issued (261.76 EUR)`,
			`Invoice ${inv2}: issued → paid (261.76 EUR)`,
			`Payment ${pay1} created (20.00 EUR)`,
			`Payment ${pay2} created (289.34 EUR)`,
		];
		expect([...subjects].sort()).toEqual([...expected].sort());
		expect(timeline.every((e: Row) => e['type'] === 'system')).toBe(true);
	});
}

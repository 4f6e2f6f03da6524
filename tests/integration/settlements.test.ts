import { createItem, readItem, readItems } from '@directus/sdk';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { dataOf, issueInvoices } from '../support/issue-invoices.ts';
import { type Client, http, loginAs, loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;

const today = () => new Date().toISOString().slice(0, 10);

describe.each(inject('instances'))('payments and receivables on $name', (instance) => {
	let admin: Client;
	let token: string;
	let warehouse: Row;
	let service: Row;
	let rita: Row;

	async function customer(extra: Row = {}): Promise<Row> {
		return (await admin.request(createItem('crm_customers', { name: `Settlement test ${Math.random().toString(36).slice(2, 8)}`, currency: 'EUR', payment_terms_days: 14, ...extra }))) as Row;
	}

	/** EUR invoices of the given grosses, issued on their days through the CRM's own path. */
	async function invoices(customerId: string, specs: { amount: number; issued: string }[]): Promise<Row[]> {
		const invoices = await issueInvoices({ instance, admin, token, warehouse, service }, customerId, '2026-06-15', specs);
		expect(invoices.map((i) => [Number(i['gross_total']), i['status']])).toEqual(specs.map((s) => [s.amount, 'issued']));
		return invoices;
	}

	const invoiceNow = async (id: string) => (await admin.request(readItem('crm_invoices', id, { fields: ['id', 'status', 'open_amount', 'order.status'] }))) as Row;
	const pay = (body: Row, as = token) => http(instance, as, 'POST', '/crm/payments', body);
	const balanceOf = (id: string, as = token) => http(instance, as, 'GET', `/crm/customers/${id}/balance`);
	const eur = (balance: any) => Number(balance.by_currency.find((b: Row) => b['currency'] === 'EUR')?.['balance'] ?? 0);

	beforeAll(async () => {
		admin = await loginAsAdmin(instance);
		token = (await admin.getToken())!;
		warehouse = (await admin.request(createItem('crm_warehouses', { code: `WS-${Date.now()}`, name: 'Settlement test warehouse' }))) as Row;
		const base = ((await admin.request(readItems('crm_price_lists', { filter: { code: { _eq: 'BASE' } } }))) as Row[])[0]!;
		service = (await admin.request(createItem('crm_products', { sku: `PAY-S-${Date.now()}`, name: 'Consulting unit', kind: 'service', unit: 'h', list_price: 1, vat_rate_bp: 0, currency: 'EUR' }))) as Row;
		await admin.request(createItem('crm_price_list_items', { price_list: base['id'], product: service['id'], min_quantity_milli: 1000, unit_price: 1 }));
		rita = ((await admin.request(readItems('crm_sales_reps', { filter: { email: { _eq: 'rita.rep@example.com' } } }))) as Row[])[0]!;
	});

	test('a part payment then the rest settle an invoice to the minor unit; an over-payment stays as credit', async () => {
		const c = await customer();
		const [invoice] = await invoices(c['id'], [{ amount: 10_000, issued: '2026-07-01' }]);

		const first = await dataOf(pay({ customer: c['id'], amount: 3_333, currency: 'EUR', received_on: '2026-07-20', method: 'bank_transfer', reference: 'Part', allocations: [{ invoice: invoice!['id'], amount: 3_333 }] }));
		expect(first['number']).toMatch(/^PAY-2026-\d{6}$/);
		expect([first['status'], String(first['fx_rate']), Number(first['unallocated_amount']), first['allocations'].length, Number(first['allocations'][0]['amount'])]).toEqual(['posted', '1', 0, 1, 3_333]);
		expect(await invoiceNow(invoice!['id'])).toMatchObject({ status: 'partially_paid', order: { status: 'invoiced' } });
		expect(Number((await invoiceNow(invoice!['id']))['open_amount'])).toBe(6_667);
		let balance = await dataOf(balanceOf(c['id']), 200);
		expect([balance.balance_base, eur(balance), balance.open_items.map((i: Row) => [i['invoice'], i['gross'], i['paid'], i['open']])]).toEqual([6_667, 6_667, [[invoice!['id'], 10_000, 3_333, 6_667]]]);

		const rest = await dataOf(pay({ customer: c['id'], amount: 6_667, currency: 'EUR', received_on: '2026-08-01' }));
		expect([Number(rest['unallocated_amount']), rest['allocations'].map((a: Row) => [a['invoice'], Number(a['amount'])])]).toEqual([0, [[invoice!['id'], 6_667]]]);
		const settled = await invoiceNow(invoice!['id']);
		expect([settled['status'], Number(settled['open_amount']), settled['order']['status']]).toEqual(['paid', 0, 'paid']);
		balance = await dataOf(balanceOf(c['id']), 200);
		expect([balance.balance_base, eur(balance), balance.open_items, balance.unallocated_credit]).toEqual([0, 0, [], []]);

		const over = await dataOf(pay({ customer: c['id'], amount: 500, currency: 'EUR' }));
		expect([Number(over['unallocated_amount']), over['allocations']]).toEqual([500, []]);
		balance = await dataOf(balanceOf(c['id']), 200);
		expect([balance.balance_base, eur(balance), balance.unallocated_credit]).toEqual([-500, -500, [{ currency: 'EUR', amount: 500 }]]);
	});

	test('without allocations a payment settles the oldest due invoice first; the rest is allocated later', async () => {
		const c = await customer();
		const [older, newer] = await invoices(c['id'], [
			{ amount: 10_000, issued: '2026-07-01' },
			{ amount: 20_000, issued: '2026-08-01' },
		]);
		const p = await dataOf(pay({ customer: c['id'], amount: 15_000, currency: 'EUR', received_on: '2026-09-01' }));
		expect(p['allocations'].map((a: Row) => [a['invoice'], Number(a['amount'])]).sort((a: any[], b: any[]) => b[1] - a[1])).toEqual([
			[older!['id'], 10_000],
			[newer!['id'], 5_000],
		]);
		expect([(await invoiceNow(older!['id']))['status'], (await invoiceNow(newer!['id']))['status']]).toEqual(['paid', 'partially_paid']);

		// Money that arrives before anyone knows what it pays: all credit now, allocated later.
		const advance = await dataOf(pay({ customer: c['id'], amount: 8_000, currency: 'EUR', allocations: [] }));
		expect(Number(advance['unallocated_amount'])).toBe(8_000);
		const later = await dataOf(http(instance, token, 'POST', `/crm/payments/${advance['id']}/allocations`, {}), 200);
		expect([Number(later['unallocated_amount']), later['allocations'].map((a: Row) => [a['invoice'], Number(a['amount'])])]).toEqual([0, [[newer!['id'], 8_000]]]);
		expect(Number((await invoiceNow(newer!['id']))['open_amount'])).toBe(7_000);
		const nothingLeft = await http(instance, token, 'POST', `/crm/payments/${advance['id']}/allocations`, { allocations: [{ invoice: newer!['id'], amount: 1 }] });
		expect([nothingLeft.status, nothingLeft.json.errors[0].extensions.code]).toEqual([409, 'CRM_PAYMENT_EXCEEDED']);
		expect(eur(await dataOf(balanceOf(c['id']), 200))).toBe(7_000);
	});

	test('replays a payment for the same Idempotency-Key and body, refuses another body', async () => {
		const c = await customer();
		const [invoice] = await invoices(c['id'], [{ amount: 5_000, issued: '2026-07-01' }]);
		const key = `bank-${Date.now()}`;
		const send = (body: Row) => fetch(`${instance.url}/crm/payments`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': key }, body: JSON.stringify(body) });
		const body = { customer: c['id'], amount: 1_000, currency: 'EUR', allocations: [{ invoice: invoice!['id'], amount: 1_000 }] };
		const first = await send(body);
		const again = await send(body);
		const [a, b] = [(await first.json()) as any, (await again.json()) as any];
		expect([first.status, again.status, again.headers.get('idempotent-replayed'), b.data.id]).toEqual([201, 201, 'true', a.data.id]);
		expect(await admin.request(readItems('crm_payments', { filter: { customer: { _eq: c['id'] } }, fields: ['id'] }))).toHaveLength(1);
		expect(Number((await invoiceNow(invoice!['id']))['open_amount'])).toBe(4_000);

		const other = await send({ ...body, amount: 2_000, allocations: [{ invoice: invoice!['id'], amount: 2_000 }] });
		expect([other.status, ((await other.json()) as any).errors[0].extensions.code]).toEqual([422, 'CRM_IDEMPOTENCY_MISMATCH']);
	});

	test('a reversal restores the open amounts and the order, once', async () => {
		const c = await customer();
		const [invoice] = await invoices(c['id'], [{ amount: 12_345, issued: '2026-07-01' }]);
		const p = await dataOf(pay({ customer: c['id'], amount: 12_345, currency: 'EUR', received_on: '2026-07-10' }));
		expect(await invoiceNow(invoice!['id'])).toMatchObject({ status: 'paid', order: { status: 'paid' } });

		const noReason = await http(instance, token, 'POST', `/crm/payments/${p['id']}/reversal`, {});
		expect([noReason.status, noReason.json.errors[0].extensions.code, noReason.json.errors[0].extensions.field]).toEqual([400, 'CRM_REQUIRED_FIELD', 'reason']);
		const reversed = await dataOf(http(instance, token, 'POST', `/crm/payments/${p['id']}/reversal`, { reason: 'Returned by the bank' }), 200);
		expect([reversed['status'], reversed['reversal_reason'], Boolean(reversed['reversed_at']), Number(reversed['unallocated_amount'])]).toEqual(['reversed', 'Returned by the bank', true, 0]);
		const reopened = await invoiceNow(invoice!['id']);
		expect([reopened['status'], Number(reopened['open_amount']), reopened['order']['status']]).toEqual(['issued', 12_345, 'invoiced']);
		const balance = await dataOf(balanceOf(c['id']), 200);
		expect([balance.balance_base, eur(balance), balance.unallocated_credit, balance.open_items.map((i: Row) => i['open'])]).toEqual([12_345, 12_345, [], [12_345]]);

		const twice = await http(instance, token, 'POST', `/crm/payments/${p['id']}/reversal`, { reason: 'Again' });
		expect([twice.status, twice.json.errors[0].extensions.code]).toEqual([409, 'CRM_INVALID_TRANSITION']);
		const allocateReversed = await http(instance, token, 'POST', `/crm/payments/${p['id']}/allocations`, {});
		expect([allocateReversed.status, allocateReversed.json.errors[0].extensions.code]).toEqual([409, 'CRM_INVALID_TRANSITION']);

		// The ledger says the same: entries on the invoice add up to its open amount again.
		const ledger = (await admin.request(readItems('crm_ledger_entries', { filter: { invoice: { _eq: invoice!['id'] } }, fields: ['amount', 'kind'], limit: -1 }))) as Row[];
		expect(ledger.reduce((s, e) => s + Number(e['amount']), 0)).toBe(12_345);
		expect(ledger.map((e) => e['kind']).sort()).toEqual(['allocation', 'invoice', 'payment_reversal']);
	});

	test('aging buckets add up to what is open, and the top debtors are ranked', async () => {
		const c = await customer();
		await invoices(c['id'], [{ amount: 9_999_900, issued: '2026-07-01' }]);
		const aging = await dataOf(http(instance, token, 'GET', '/crm/receivables/aging'), 200);
		const openInvoices = (await admin.request(readItems('crm_invoices', { filter: { kind: { _eq: 'invoice' }, open_amount: { _gt: 0 } }, fields: ['currency', 'open_amount'], limit: -1 }))) as Row[];
		for (const row of aging.by_currency as Row[]) {
			const buckets = Object.values(row['buckets'] as Record<string, Row>);
			expect(buckets.reduce((s, b) => s + b['amount'], 0)).toBe(row['total']['amount']);
			expect(buckets.reduce((s, b) => s + b['count'], 0)).toBe(row['total']['count']);
			expect(row['total']['amount']).toBe(openInvoices.filter((i) => i['currency'] === row['currency']).reduce((s, i) => s + Number(i['open_amount']), 0));
		}
		const base = aging.base as Row;
		expect(Object.values(base['buckets'] as Record<string, Row>).reduce((s, b) => s + b['amount'], 0)).toBe(base['total']['amount']);
		expect(aging.top_debtors.length).toBeLessThanOrEqual(10);
		expect(aging.top_debtors[0]).toMatchObject({ customer: c['id'], name: c['name'], open_base: 9_999_900 });
		const ranked = aging.top_debtors.map((d: Row) => d['open_base']);
		expect(ranked).toEqual([...ranked].sort((a: number, b: number) => b - a));

		const past = await dataOf(http(instance, token, 'GET', '/crm/receivables/aging?as_of=2000-01-01'), 200);
		expect([past.by_currency, past.top_debtors, past.base.total.amount]).toEqual([[], [], 0]);
		const bad = await http(instance, token, 'GET', '/crm/receivables/aging?as_of=soon');
		expect([bad.status, bad.json.errors[0].extensions.code]).toEqual([400, 'CRM_INVALID_QUERY']);
	});

	test('a statement opens with the earlier balance, lists the movements and closes on the balance, as JSON, CSV and PDF', async () => {
		const c = await customer();
		const [invoice] = await invoices(c['id'], [{ amount: 10_000, issued: '2026-07-01' }]);
		await dataOf(pay({ customer: c['id'], amount: 4_000, currency: 'EUR', received_on: '2026-08-15', allocations: [{ invoice: invoice!['id'], amount: 4_000 }] }));
		await dataOf(pay({ customer: c['id'], amount: 1_000, currency: 'EUR', received_on: '2026-08-20', allocations: [] }));

		const to = today();
		const statement = await dataOf(http(instance, token, 'GET', `/crm/customers/${c['id']}/statement?from=2026-08-01&to=${to}`), 200);
		expect([statement.currency, statement.opening_balance, statement.movements.map((m: Row) => [m['date'], m['kind'], m['debit'], m['credit'], m['balance']])]).toEqual([
			'EUR',
			10_000,
			[
				['2026-08-15', 'payment', 0, 4_000, 6_000],
				['2026-08-20', 'payment', 0, 1_000, 5_000],
			],
		]);
		expect(statement.opening_balance + statement.total_debit - statement.total_credit).toBe(statement.closing_balance);
		expect(statement.closing_balance).toBe((await dataOf(balanceOf(c['id']), 200)).balance_base);

		const csv = await fetch(`${instance.url}/crm/customers/${c['id']}/statement?from=2026-08-01&to=${to}&format=csv`, { headers: { authorization: `Bearer ${token}` } });
		const text = await csv.text();
		expect([csv.status, csv.headers.get('content-type')]).toEqual([200, 'text/csv; charset=utf-8']);
		expect(text.split('\r\n').slice(0, 2)).toEqual(['date,kind,document,description,debit,credit,balance,currency', '2026-08-01,opening_balance,,Opening balance,,,100.00,EUR']);
		expect(text).toContain(`${to},closing_balance,,Closing balance,0.00,50.00,50.00,EUR`);

		const pdf = await fetch(`${instance.url}/crm/customers/${c['id']}/statement?from=2026-08-01&format=pdf`, { headers: { authorization: `Bearer ${token}` } });
		const bytes = Buffer.from(await pdf.arrayBuffer());
		expect([pdf.status, pdf.headers.get('content-type'), bytes.subarray(0, 5).toString()]).toEqual([200, 'application/pdf', '%PDF-']);

		const badFormat = await http(instance, token, 'GET', `/crm/customers/${c['id']}/statement?format=xlsx`);
		expect([badFormat.status, badFormat.json.errors[0].extensions.code, badFormat.json.errors[0].extensions.parameter]).toEqual([400, 'CRM_INVALID_QUERY', 'format']);
	});

	test("a rep reads her own customers' money read-only and gets 403 on anyone else's; the accountant books for all", async () => {
		const rep = await loginAs(instance, 'rita.rep@example.com');
		const repToken = (await rep.getToken())!;
		const foreign = await customer();
		const own = await customer({ owner: rita['id'] });
		const [ownInvoice] = await invoices(own['id'], [{ amount: 2_000, issued: '2026-07-01' }]);

		expect((await balanceOf(foreign['id'], repToken)).status).toBe(403);
		expect((await http(instance, repToken, 'GET', `/crm/customers/${foreign['id']}/statement`)).status).toBe(403);
		expect((await dataOf(balanceOf(own['id'], repToken), 200)).balance_base).toBe(2_000);
		const repPays = await pay({ customer: own['id'], amount: 100, currency: 'EUR' }, repToken);
		expect(repPays.status).toBe(403);
		expect(await admin.request(readItems('crm_payments', { filter: { customer: { _eq: own['id'] } }, fields: ['id'] }))).toEqual([]);

		const accountant = await loginAs(instance, 'accountant@example.com');
		const accountantToken = (await accountant.getToken())!;
		const booked = await dataOf(pay({ customer: own['id'], amount: 2_000, currency: 'EUR' }, accountantToken));
		expect(booked['allocations'].map((a: Row) => Number(a['amount']))).toEqual([2_000]);
		expect(await invoiceNow(ownInvoice!['id'])).toMatchObject({ status: 'paid', order: { status: 'paid' } });
		expect((await dataOf(balanceOf(foreign['id'], accountantToken), 200)).balance_base).toBe(0);
		const aging = await http(instance, accountantToken, 'GET', '/crm/receivables/aging');
		expect(aging.status).toBe(200);
		const reversed = await dataOf(http(instance, accountantToken, 'POST', `/crm/payments/${booked['id']}/reversal`, { reason: 'Booked on the wrong customer' }), 200);
		expect(reversed['status']).toBe('reversed');
		expect(await invoiceNow(ownInvoice!['id'])).toMatchObject({ status: 'issued', order: { status: 'invoiced' } });
	});

	test('bad payloads are refused with their codes and write nothing', async () => {
		const c = await customer();
		const other = await customer();
		const [invoice] = await invoices(c['id'], [{ amount: 10_000, issued: '2026-07-01' }]);
		const [othersInvoice] = await invoices(other['id'], [{ amount: 1_000, issued: '2026-07-01' }]);
		const cases: [Row, number, string, string | undefined][] = [
			[{ amount: 100, currency: 'EUR' }, 400, 'CRM_REQUIRED_FIELD', 'customer'],
			[{ customer: c['id'], currency: 'EUR' }, 400, 'CRM_REQUIRED_FIELD', 'amount'],
			[{ customer: c['id'], amount: 12.5, currency: 'EUR' }, 400, 'CRM_INVALID_AMOUNT', 'amount'],
			[{ customer: c['id'], amount: 100, currency: 'Euro' }, 400, 'CRM_INVALID_CURRENCY', 'currency'],
			[{ customer: c['id'], amount: 100, currency: 'EUR', received_on: '2999-01-01' }, 400, 'CRM_OUT_OF_RANGE', 'received_on'],
			[{ customer: c['id'], amount: 100, currency: 'EUR', number: 'PAY-1' }, 400, 'CRM_INVALID_PAYLOAD', 'number'],
			[{ customer: c['id'], amount: 100, currency: 'EUR', method: 'barter' }, 400, 'CRM_INVALID_CHOICE', 'method'],
			[{ customer: '00000000-0000-4000-8000-000000000000', amount: 100, currency: 'EUR' }, 400, 'CRM_REFERENCE_NOT_FOUND', 'customer'],
			[{ customer: c['id'], amount: 20_000, currency: 'EUR', allocations: [{ invoice: invoice!['id'], amount: 10_001 }] }, 409, 'CRM_OVER_ALLOCATION', 'allocations[0]'],
			[{ customer: c['id'], amount: 100, currency: 'EUR', allocations: [{ invoice: invoice!['id'], amount: 101 }] }, 409, 'CRM_PAYMENT_EXCEEDED', 'allocations'],
			[{ customer: c['id'], amount: 100, currency: 'EUR', allocations: [{ invoice: othersInvoice!['id'], amount: 100 }] }, 400, 'CRM_REFERENCE_NOT_FOUND', 'allocations[0]'],
			[{ customer: c['id'], amount: 100, currency: 'USD', allocations: [{ invoice: invoice!['id'], amount: 100 }] }, 400, 'CRM_CURRENCY_MISMATCH', 'allocations[0]'],
		];
		for (const [body, status, code, field] of cases) {
			const res = await pay(body);
			expect([res.status, res.json.errors?.[0]?.extensions?.code, res.json.errors?.[0]?.extensions?.field], JSON.stringify(body)).toEqual([status, code, field]);
		}
		expect(await admin.request(readItems('crm_payments', { filter: { customer: { _in: [c['id'], other['id']] } }, fields: ['id'] }))).toEqual([]);
		expect(Number((await invoiceNow(invoice!['id']))['open_amount'])).toBe(10_000);
		const notJson = await http(instance, token, 'POST', '/crm/payments', [1]);
		expect([notJson.status, notJson.json.errors[0].extensions.code]).toEqual([400, 'CRM_INVALID_PAYLOAD']);
		const unknownPayment = await http(instance, token, 'POST', '/crm/payments/not-a-uuid/reversal', { reason: 'x' });
		expect([unknownPayment.status, unknownPayment.json.errors[0].extensions.code]).toEqual([404, 'CRM_NOT_FOUND']);
	});

	test('concurrent payments never over-allocate an invoice', async () => {
		const c = await customer();
		const [invoice] = await invoices(c['id'], [{ amount: 10_000, issued: '2026-07-01' }]);
		const results = await Promise.all(Array.from({ length: 6 }, (_, i) => pay({ customer: c['id'], amount: 4_000, currency: 'EUR', reference: `Race ${i}`, allocations: [{ invoice: invoice!['id'], amount: 4_000 }] })));
		expect(results.map((r) => r.status).sort()).toEqual([201, 201, 409, 409, 409, 409]);
		expect(new Set(results.filter((r) => r.status === 409).map((r) => r.json.errors[0].extensions.code))).toEqual(new Set(['CRM_OVER_ALLOCATION']));

		const after = await invoiceNow(invoice!['id']);
		expect([after['status'], Number(after['open_amount'])]).toEqual(['partially_paid', 2_000]);
		const allocations = (await admin.request(readItems('crm_payment_allocations', { filter: { invoice: { _eq: invoice!['id'] } }, fields: ['amount'], limit: -1 }))) as Row[];
		expect(allocations.reduce((s, a) => s + Number(a['amount']), 0)).toBe(8_000);
		const payments = (await admin.request(readItems('crm_payments', { filter: { customer: { _eq: c['id'] } }, fields: ['number'], limit: -1 }))) as Row[];
		expect(payments).toHaveLength(2);
		const ledger = (await admin.request(readItems('crm_ledger_entries', { filter: { invoice: { _eq: invoice!['id'] } }, fields: ['amount'], limit: -1 }))) as Row[];
		expect(ledger.reduce((s, e) => s + Number(e['amount']), 0)).toBe(2_000);
	});
});

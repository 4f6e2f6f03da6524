import { createItem, readItems } from '@directus/sdk';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { dataOf, issueInvoices } from '../support/issue-invoices.ts';
import { type Client, http, loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;

const today = () => new Date().toISOString().slice(0, 10);

/**
 * USD rates of the fixture, on days the demo data leaves alone (its rates are on the first of each
 * month): invoices issued on the 3rd at 0.9, money arriving at 1.0, 1.05 and 0.85.
 */
const RATES: [string, string][] = [
	['2026-03-03', '0.9000'],
	['2026-03-10', '1.0000'],
	['2026-03-17', '1.0500'],
	['2026-03-24', '0.8500'],
];

describe.each(inject('instances'))('realised exchange differences on $name', (instance) => {
	let admin: Client;
	let token: string;
	let warehouse: Row;
	let service: Row;
	let dollarList: Row;

	/** A customer invoiced in USD at 0.01 USD a unit of the consulting service, so a gross is its quantity. */
	async function dollarCustomer(): Promise<Row> {
		return (await admin.request(createItem('crm_customers', { name: `FX test ${Math.random().toString(36).slice(2, 8)}`, currency: 'USD', payment_terms_days: 14, price_list: dollarList['id'] }))) as Row;
	}

	/** Issued invoices through the CRM's own path (order, confirmation, service act, invoice), all orders confirmed first. */
	async function invoices(customerId: string, specs: { amount: number; issued: string }[]): Promise<Row[]> {
		const invoices = await issueInvoices({ instance, admin, token, warehouse, service }, customerId, '2026-03-02', specs);
		expect(invoices.map((i) => [i['currency'], Number(i['gross_total']), String(i['fx_rate'])])).toEqual(specs.map((s) => ['USD', s.amount, RATES.find(([day]) => day === s.issued)![1]]));
		return invoices;
	}

	const pay = (customer: string, amount: number, receivedOn: string, allocations: Row[]) => dataOf(http(instance, token, 'POST', '/crm/payments', { customer, amount, currency: 'USD', received_on: receivedOn, allocations }));
	const balanceOf = async (customer: string) => dataOf(http(instance, token, 'GET', `/crm/customers/${customer}/balance`), 200);
	const differencesOf = async (customer: string): Promise<Row[]> =>
		(
			(await admin.request(
				readItems('crm_ledger_entries', { filter: { customer: { _eq: customer }, kind: { _eq: 'exchange_difference' } }, fields: ['entry_date', 'document_collection', 'document_key', 'invoice', 'amount', 'currency', 'amount_base', 'description'], sort: ['entry_date', 'date_created'], limit: -1 }),
			)) as Row[]
		).map((e) => ({ ...e, entry_date: String(e['entry_date']).slice(0, 10), amount: Number(e['amount']), amount_base: Number(e['amount_base']) }));
	const agingTotals = async () => {
		const aging = await dataOf(http(instance, token, 'GET', '/crm/receivables/aging'), 200);
		return { usd: (aging.by_currency as Row[]).find((r) => r['currency'] === 'USD')?.['total']['amount'] ?? 0, base: aging.base.total.amount as number, debtors: (aging.top_debtors as Row[]).map((d) => d['customer']) };
	};

	beforeAll(async () => {
		admin = await loginAsAdmin(instance);
		token = (await admin.getToken())!;
		warehouse = (await admin.request(createItem('crm_warehouses', { code: `WFX-${Date.now()}`, name: 'FX test warehouse' }))) as Row;
		service = (await admin.request(createItem('crm_products', { sku: `FX-S-${Date.now()}`, name: 'Consulting unit', kind: 'service', unit: 'h', list_price: 1, vat_rate_bp: 0, currency: 'EUR' }))) as Row;
		dollarList = (await admin.request(createItem('crm_price_lists', { code: `FX-USD-${Date.now()}`, name: 'FX test dollar prices', kind: 'customer', currency: 'USD' }))) as Row;
		await admin.request(createItem('crm_price_list_items', { price_list: dollarList['id'], product: service['id'], min_quantity_milli: 1000, unit_price: 1 }));
		for (const [day, rate] of RATES) await admin.request(createItem('crm_exchange_rates', { currency: 'USD', rate_date: day, rate }));
	});

	test('a gain on an invoice paid in two parts at higher rates, a loss on one paid at a lower rate: the base balance ends at exactly 0', async () => {
		const c = await dollarCustomer();
		const agingBefore = await agingTotals();
		// INV A: 1000.00 USD at 0.9 = 900.00 EUR; INV B: 500.01 USD at 1.0 = 500.01 EUR.
		const [a, b] = await invoices(c['id'], [
			{ amount: 100_000, issued: '2026-03-03' },
			{ amount: 50_001, issued: '2026-03-10' },
		]);
		expect((await balanceOf(c['id'])).balance_base).toBe(140_001);
		expect(await agingTotals()).toMatchObject({ usd: agingBefore.usd + 150_001 });

		// 400.00 USD at 1.0 on A: 400.00 EUR received for 360.00 carried.
		const first = await pay(c['id'], 40_000, '2026-03-10', [{ invoice: a!['id'], amount: 40_000 }]);
		let balance = await balanceOf(c['id']);
		expect([balance.balance_base, balance.by_currency, balance.open_items.map((i: Row) => [i['number'], i['open']])]).toEqual([
			104_001, // 540.00 (600.00 USD open on A at 0.9) + 500.01 (B)
			[{ currency: 'USD', balance: 110_001 }],
			[
				[a!['number'], 60_000],
				[b!['number'], 50_001],
			],
		]);
		expect(await agingTotals()).toMatchObject({ usd: agingBefore.usd + 110_001 });

		// The rest of A, 600.00 USD, at 1.05: 630.00 EUR received for 540.00 carried.
		const rest = await pay(c['id'], 60_000, '2026-03-17', [{ invoice: a!['id'], amount: 60_000 }]);
		expect((await balanceOf(c['id'])).balance_base).toBe(50_001);
		// B, 500.01 USD, at 0.85: 425.01 EUR (425.0085) received for 500.01 carried.
		const last = await pay(c['id'], 50_001, '2026-03-24', [{ invoice: b!['id'], amount: 50_001 }]);
		balance = await balanceOf(c['id']);
		expect([balance.balance_base, balance.by_currency, balance.open_items, balance.unallocated_credit]).toEqual([0, [{ currency: 'USD', balance: 0 }], [], []]);

		const allocationOf = (p: Row) => p['allocations'][0]['id'];
		expect(await differencesOf(c['id'])).toEqual([
			{ entry_date: '2026-03-10', document_collection: 'crm_payment_allocations', document_key: allocationOf(first), invoice: a!['id'], amount: 0, currency: 'USD', amount_base: 4_000, description: `Exchange gain on invoice ${a!['number']}: rate 0.9000 → 1.0000` },
			{ entry_date: '2026-03-17', document_collection: 'crm_payment_allocations', document_key: allocationOf(rest), invoice: a!['id'], amount: 0, currency: 'USD', amount_base: 9_000, description: `Exchange gain on invoice ${a!['number']}: rate 0.9000 → 1.0500` },
			{ entry_date: '2026-03-24', document_collection: 'crm_payment_allocations', document_key: allocationOf(last), invoice: b!['id'], amount: 0, currency: 'USD', amount_base: -7_500, description: `Exchange loss on invoice ${b!['number']}: rate 1.0000 → 0.8500` },
		]);

		const statement = await dataOf(http(instance, token, 'GET', `/crm/customers/${c['id']}/statement?from=2026-03-01&to=${today()}`), 200);
		expect(statement.movements.map((m: Row) => [m['date'], m['kind'], m['debit'], m['credit'], m['balance']])).toEqual([
			['2026-03-03', 'invoice', 90_000, 0, 90_000],
			['2026-03-10', 'invoice', 50_001, 0, 140_001],
			['2026-03-10', 'payment', 0, 40_000, 100_001],
			['2026-03-10', 'exchange_difference', 4_000, 0, 104_001],
			['2026-03-17', 'payment', 0, 63_000, 41_001],
			['2026-03-17', 'exchange_difference', 9_000, 0, 50_001],
			['2026-03-24', 'payment', 0, 42_501, 7_500],
			['2026-03-24', 'exchange_difference', 0, 7_500, 0],
		]);
		expect([statement.opening_balance, statement.closing_balance]).toEqual([0, 0]);
		const inDollars = await dataOf(http(instance, token, 'GET', `/crm/customers/${c['id']}/statement?from=2026-03-01&to=${today()}&currency=USD`), 200);
		expect([inDollars.movements.map((m: Row) => m['kind']), inDollars.closing_balance]).toEqual([['invoice', 'invoice', 'payment', 'payment', 'payment'], 0]);

		const csv = await fetch(`${instance.url}/crm/customers/${c['id']}/statement?from=2026-03-01&to=${today()}&format=csv`, { headers: { authorization: `Bearer ${token}` } });
		expect((await csv.text()).split('\r\n')).toContain(`2026-03-17,exchange_difference,${allocationOf(rest)},Exchange gain on invoice ${a!['number']}: rate 0.9000 → 1.0500,90.00,,500.01,EUR`);
		const pdf = Buffer.from(await (await fetch(`${instance.url}/crm/customers/${c['id']}/statement?from=2026-03-01&format=pdf`, { headers: { authorization: `Bearer ${token}` } })).arrayBuffer()).toString('latin1');
		expect(pdf).toContain('(exchange difference)');
		expect(pdf).toContain(`(Exchange loss on invoice ${b!['number']}: rate 1.0000 -> 0.8500)`);

		// Settled: the aging is back where it was, in USD and in the base currency.
		const agingAfter = await agingTotals();
		expect([agingAfter.usd, agingAfter.base, agingAfter.debtors.includes(c['id'])]).toEqual([agingBefore.usd, agingBefore.base, false]);
	});

	test('a reversal undoes the realised gain and restores the previous base balance; paying again realises a loss', async () => {
		const c = await dollarCustomer();
		const [invoice] = await invoices(c['id'], [{ amount: 100_000, issued: '2026-03-03' }]);
		const p = await pay(c['id'], 100_000, '2026-03-10', [{ invoice: invoice!['id'], amount: 100_000 }]);
		expect((await balanceOf(c['id'])).balance_base).toBe(0);

		await dataOf(http(instance, token, 'POST', `/crm/payments/${p['id']}/reversal`, { reason: 'Returned by the bank' }), 200);
		const reopened = await balanceOf(c['id']);
		expect([reopened.balance_base, reopened.by_currency, reopened.open_items.map((i: Row) => i['open'])]).toEqual([90_000, [{ currency: 'USD', balance: 100_000 }], [100_000]]);
		expect((await differencesOf(c['id'])).map((e) => [e['entry_date'], e['document_collection'], e['document_key'], e['amount'], e['amount_base'], e['description']])).toEqual([
			['2026-03-10', 'crm_payment_allocations', p['allocations'][0]['id'], 0, 10_000, `Exchange gain on invoice ${invoice!['number']}: rate 0.9000 → 1.0000`],
			[today(), 'crm_payments', p['id'], 0, -10_000, `Reversal of exchange gain on invoice ${invoice!['number']}: payment ${p['number']} reversed: Returned by the bank`],
		]);

		// Paid again at 0.85: 850.00 EUR for 900.00 carried.
		await pay(c['id'], 100_000, '2026-03-24', [{ invoice: invoice!['id'], amount: 100_000 }]);
		expect((await balanceOf(c['id'])).balance_base).toBe(0);
		expect((await differencesOf(c['id'])).map((e) => e['amount_base'])).toEqual([10_000, -5_000, -10_000]);
		const statement = await dataOf(http(instance, token, 'GET', `/crm/customers/${c['id']}/statement?from=2026-03-01&to=${today()}`), 200);
		expect(statement.movements.slice(-2).map((m: Row) => [m['kind'], m['document'], m['debit'], m['credit'], m['balance']])).toEqual([
			['payment_reversal', p['id'], 100_000, 0, 10_000],
			['exchange_difference', p['id'], 0, 10_000, 0],
		]);
	});

	test('a credit note at another rate realises the difference on the part it credits; the payment realises the rest', async () => {
		const c = await dollarCustomer();
		const [invoice] = await invoices(c['id'], [{ amount: 100_000, issued: '2026-03-03' }]);
		// 400.00 USD credited at 1.05: 420.00 EUR off for 360.00 carried.
		const creditNote = await dataOf(http(instance, token, 'POST', `/crm/invoices/${invoice!['id']}/credit-notes`, { issue_date: '2026-03-17', reason: 'Fewer hours than billed', lines: [{ invoice_line: invoice!['lines'][0]['id'], quantity_milli: 40_000_000 }] }));
		expect([Number(creditNote['gross_total']), String(creditNote['fx_rate'])]).toEqual([40_000, '1.0500']);
		expect((await balanceOf(c['id'])).balance_base).toBe(54_000);
		await pay(c['id'], 60_000, '2026-03-24', [{ invoice: invoice!['id'], amount: 60_000 }]);
		expect((await balanceOf(c['id'])).balance_base).toBe(0);
		expect((await differencesOf(c['id'])).map((e) => [e['document_collection'], e['amount_base'], e['description']])).toEqual([
			['crm_invoices', 6_000, `Exchange gain on invoice ${invoice!['number']}: rate 0.9000 → 1.0500`],
			['crm_payment_allocations', -3_000, `Exchange loss on invoice ${invoice!['number']}: rate 0.9000 → 0.8500`],
		]);
	});
});

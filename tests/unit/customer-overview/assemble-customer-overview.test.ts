import { describe, expect, test } from 'vitest';
import { assembleCustomerOverview, type CustomerOverviewFacts, type OverviewClassChangeFacts, type OverviewPaymentFacts, salesWindow } from '../../../packages/crm-core/src/index.ts';
import { ledgerSum, openInvoice, request, salesOrder } from './overview-fixtures.ts';

const NOW = '2026-12-07T12:00:00.000Z';
const customer = { id: 'C1', name: 'Acme GmbH', kind: 'company', status: 'key', category: 'A', owner: { id: 'rep1', name: 'Rita Rep' }, region: { id: 'r1', name: 'North' }, currency: 'EUR', paymentTermsDays: 14, creditLimit: 5_000_000 };
const payment = (id: string, receivedOn: string, createdAt: string): OverviewPaymentFacts => ({ id, number: `PAY-${id}`, status: 'posted', receivedOn, amount: 1_000, currency: 'EUR', method: 'bank_transfer', reference: null, unallocatedAmount: 0, createdAt });
const change = (id: string, changedAt: string): OverviewClassChangeFacts => ({ id, changedAt, run: 'run1', from: { abc_revenue: 'B' }, to: { abc_revenue: 'A' }, rule: null, revenueBase: 1, marginBase: null });

/** A customer of whom the caller reads everything. */
const full: CustomerOverviewFacts = {
	baseCurrency: 'EUR',
	customer,
	contacts: [
		{ id: 'k3', firstName: 'Zoe', lastName: 'Zander', position: null, phone: null, mobile: '+49 170', email: 'zoe@acme.test', preferredChannel: 'sms', active: true },
		{ id: 'k2', firstName: 'Gone', lastName: 'Away', active: false },
		{ id: 'k1', firstName: 'Anna', lastName: 'Adler', position: 'Buyer', phone: '+49 30', email: 'anna@acme.test', preferredChannel: 'email' },
	],
	openQuotes: {
		count: 2,
		items: [
			{ id: 'q1', number: 'QT-1', status: 'sent', date: '2026-11-01', validUntil: '2026-12-31', currency: 'EUR', netTotal: 100, grossTotal: 120 },
			{ id: 'q2', number: 'QT-2', status: 'draft', date: '2026-12-01', validUntil: null, currency: 'USD', netTotal: 200, grossTotal: 240 },
			{ id: 'q3', number: 'QT-3', status: 'accepted', date: '2026-12-05' },
		],
	},
	openOrders: { count: null, items: [{ id: 'o1', number: 'SO-1', status: 'confirmed', date: '2026-12-01', currency: 'EUR', netTotal: 10_000, grossTotal: 12_000 }, { id: 'o9', number: 'SO-9', status: 'paid', date: '2026-12-02' }] },
	sales: {
		orders: [salesOrder({ id: 'o1', netTotal: 10_000 })],
		lines: [
			{ orderId: 'o1', productId: 'p1', netAmount: 4_000 },
			{ orderId: 'o1', productId: 'p2', netAmount: 6_000 },
		],
		products: [
			{ id: 'p1', sku: 'DRL', name: 'Drill', kind: 'goods', group: { id: 'g1', name: 'Tools' } },
			{ id: 'p2', sku: 'SRV', name: 'Set-up', kind: 'service', group: null },
		],
	},
	ledger: { entries: [ledgerSum('i1', 'EUR', 2_500, 2_500)], invoices: [openInvoice('i1', 'EUR', 5_000, '2026-12-01')] },
	payments: [payment('a', '2026-11-01', '2026-11-01T09:00:00.000Z'), payment('b', '2026-12-01', '2026-12-01T09:00:00.000Z'), payment('c', '2026-12-01', '2026-12-01T10:00:00.000Z'), payment('d', '2026-10-01', '2026-10-01T09:00:00.000Z'), payment('e', '2026-09-01', '2026-09-01T09:00:00.000Z'), payment('f', '2026-08-01', '2026-08-01T09:00:00.000Z')],
	service: { contracts: [], requests: [request({ id: 'r1', responseDueAt: '2026-12-07T13:00:00.000Z' })] },
	campaigns: [
		{ id: 'm1', campaign: { id: 'cA', code: 'A', name: 'Spring', channel: 'email', status: 'finished' }, contact: { id: 'k1', name: 'Anna Adler' }, sendState: 'sent', lastTouch: 'opened', lastTouchAt: '2026-04-02T10:00:00.000Z', touches: { count: 2, lastAt: '2026-04-02T10:00:00.000Z' } },
		{ id: 'm2', campaign: { id: 'cB', code: 'B', name: 'Never touched', channel: 'call', status: 'running' }, contact: null, sendState: 'pending', lastTouch: null, lastTouchAt: null, touches: { count: 0, lastAt: null } },
		{ id: 'm3', campaign: { id: 'cC', code: 'C', name: 'Autumn', channel: 'email', status: 'running' }, contact: { id: 'k3', name: 'Zoe Zander' }, sendState: 'sent', lastTouch: 'clicked', lastTouchAt: '2026-10-01T10:00:00.000Z', touches: { count: 3, lastAt: '2026-10-02T10:00:00.000Z' } },
	],
	classes: { abcRevenue: 'A', abcMargin: 'B', xyz: 'X', rfm: '545', revenueBase: 10_000, marginBase: 4_000, classifiedAt: '2026-12-01T02:00:00.000Z', rule: { id: 'rule1', name: 'Key accounts' }, changes: Array.from({ length: 12 }, (_, i) => change(`ch${i}`, `2026-${String(i + 1).padStart(2, '0')}-01T02:00:00.000Z`)) },
	stock: [
		{ productId: 'p1', warehouse: { id: 'w2', code: 'WH-2', name: 'South' }, onHandMilli: 5_000, reservedMilli: 1_000 },
		{ productId: 'p1', warehouse: { id: 'w1', code: 'WH-1', name: 'North' }, onHandMilli: 2_000, reservedMilli: 2_500 },
		{ productId: 'p9', warehouse: { id: 'w1', code: 'WH-1', name: 'North' }, onHandMilli: 9_000, reservedMilli: 0 },
	],
};

describe('assembleCustomerOverview', () => {
	const overview = assembleCustomerOverview(full, NOW);

	test('answers every block the caller may read, in the card\'s order', () => {
		expect(Object.keys(overview)).toStrictEqual(['customer', 'base_currency', 'as_of', 'contacts', 'open_proposals', 'open_orders', 'sales', 'balance', 'payments', 'service', 'campaigns', 'classes', 'stock']);
		expect([overview.base_currency, overview.as_of]).toStrictEqual(['EUR', '2026-12-07']);
		expect(overview.customer).toStrictEqual({ id: 'C1', name: 'Acme GmbH', kind: 'company', status: 'key', category: 'A', owner: { id: 'rep1', name: 'Rita Rep' }, region: { id: 'r1', name: 'North' }, currency: 'EUR', payment_terms_days: 14, credit_limit: 5_000_000 });
	});

	test('leaves out each block, and each customer field, the caller may not read — not an empty one', () => {
		const portal = assembleCustomerOverview({ baseCurrency: 'EUR', customer: { id: 'C1', name: 'Acme GmbH', status: 'key', currency: 'EUR', paymentTermsDays: 14 } }, NOW);
		expect(portal).toStrictEqual({ customer: { id: 'C1', name: 'Acme GmbH', status: 'key', currency: 'EUR', payment_terms_days: 14 }, base_currency: 'EUR', as_of: '2026-12-07' });
	});

	test('lists active contacts by name, with the mobile when there is no phone', () => {
		expect(overview.contacts).toStrictEqual([
			{ id: 'k1', name: 'Anna Adler', position: 'Buyer', phone: '+49 30', email: 'anna@acme.test', preferred_channel: 'email' },
			{ id: 'k3', name: 'Zoe Zander', position: null, phone: '+49 170', email: 'zoe@acme.test', preferred_channel: 'sms' },
		]);
	});

	test('lists open proposals and orders newest first with their totals; counts them where the count is known', () => {
		expect(overview.open_proposals).toStrictEqual({
			count: 2,
			items: [
				{ id: 'q2', number: 'QT-2', status: 'draft', date: '2026-12-01', valid_until: null, currency: 'USD', net_total: 200, gross_total: 240 },
				{ id: 'q1', number: 'QT-1', status: 'sent', date: '2026-11-01', valid_until: '2026-12-31', currency: 'EUR', net_total: 100, gross_total: 120 },
			],
		});
		expect(overview.open_orders).toStrictEqual({ count: 1, items: [{ id: 'o1', number: 'SO-1', status: 'confirmed', date: '2026-12-01', currency: 'EUR', net_total: 10_000, gross_total: 12_000 }] });
	});

	test('gives twelve months of sales and the split by group', () => {
		expect(overview.sales!.months).toHaveLength(12);
		expect(overview.sales!.months.at(-1)).toStrictEqual({ month: '2026-12', revenue: 10_000, orders: 1 });
		expect(overview.sales!.by_product_group).toStrictEqual([
			{ group: null, revenue: 6_000 },
			{ group: { id: 'g1', name: 'Tools' }, revenue: 4_000 },
		]);
	});

	test('gives the balance with what is overdue', () => {
		expect(overview.balance).toMatchObject({ currency: 'EUR', balance: 2_500, open_items: 1, overdue: 2_500, overdue_items: 1, oldest_days_overdue: 6 });
	});

	test('lists the last five payments, newest first (same day: the later entered first)', () => {
		expect(overview.payments!.map((p) => p.id)).toStrictEqual(['c', 'b', 'a', 'd', 'e']);
		expect(overview.payments![0]).toStrictEqual({ id: 'c', number: 'PAY-c', status: 'posted', received_on: '2026-12-01', amount: 1_000, currency: 'EUR', method: 'bank_transfer', reference: null, unallocated_amount: 0 });
	});

	test('gives the open requests with their SLA', () => {
		expect(overview.service).toStrictEqual({ contracts: [], open_requests: [{ id: 'r1', number: 'SR-r1', subject: 'Broken', status: 'new', priority: 'normal', created_at: '2026-12-07T08:00:00.000Z', sla: { state: 'ok', target: 'response', due_at: '2026-12-07T13:00:00.000Z', minutes_left: 60 } }] });
	});

	test('lists memberships with the latest touch first, the untouched last', () => {
		expect(overview.campaigns).toStrictEqual([
			{ id: 'm3', campaign: { id: 'cC', code: 'C', name: 'Autumn', channel: 'email', status: 'running' }, contact: { id: 'k3', name: 'Zoe Zander' }, send_state: 'sent', last_touch: 'clicked', last_touch_at: '2026-10-02T10:00:00.000Z', touches: 3 },
			{ id: 'm1', campaign: { id: 'cA', code: 'A', name: 'Spring', channel: 'email', status: 'finished' }, contact: { id: 'k1', name: 'Anna Adler' }, send_state: 'sent', last_touch: 'opened', last_touch_at: '2026-04-02T10:00:00.000Z', touches: 2 },
			{ id: 'm2', campaign: { id: 'cB', code: 'B', name: 'Never touched', channel: 'call', status: 'running' }, contact: null, send_state: 'pending', last_touch: null, last_touch_at: null, touches: 0 },
		]);
	});

	test('gives the classes with the ten newest moves', () => {
		const { changes, ...classes } = overview.classes!;
		expect(classes).toStrictEqual({ abc_revenue: 'A', abc_margin: 'B', xyz: 'X', rfm: '545', revenue_base: 10_000, margin_base: 4_000, classified_at: '2026-12-01T02:00:00.000Z', rule: { id: 'rule1', name: 'Key accounts' } });
		expect(changes!.map((c) => c.id)).toStrictEqual(['ch11', 'ch10', 'ch9', 'ch8', 'ch7', 'ch6', 'ch5', 'ch4', 'ch3', 'ch2']);
		expect(changes![0]).toStrictEqual({ id: 'ch11', changed_at: '2026-12-01T02:00:00.000Z', run: 'run1', from: { abc_revenue: 'B' }, to: { abc_revenue: 'A' }, rule: null, revenue_base: 1, margin_base: null });
	});

	test('gives the stock of the goods bought, per warehouse and in all (a service keeps none; a product not bought is not shown)', () => {
		expect(overview.stock).toStrictEqual([
			{
				product: { id: 'p1', sku: 'DRL', name: 'Drill' },
				revenue: 4_000,
				on_hand_milli: 7_000,
				reserved_milli: 3_500,
				available_milli: 3_500,
				warehouses: [
					{ id: 'w1', code: 'WH-1', on_hand_milli: 2_000, reserved_milli: 2_500, available_milli: -500 },
					{ id: 'w2', code: 'WH-2', on_hand_milli: 5_000, reserved_milli: 1_000, available_milli: 4_000 },
				],
			},
		]);
	});

	test('shows no stock without readable order lines, even when stock is readable', () => {
		const overviewWithoutLines = assembleCustomerOverview({ ...full, sales: { orders: full.sales!.orders } }, NOW);
		expect(Object.keys(overviewWithoutLines)).not.toContain('stock');
		expect(overviewWithoutLines.sales!.total).toBe(10_000);
	});

	test('counts the sales window from the UTC day of `now`', () => {
		expect([overview.sales!.from, overview.sales!.to]).toStrictEqual([salesWindow('2026-12-07').from, '2026-12-07']);
	});
});

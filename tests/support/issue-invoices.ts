import { createItem } from '@directus/sdk';
import { type Client, http } from './clients.ts';
import type { TestInstance } from './test-instance.ts';

type Row = Record<string, any>;

/** The data of a successful answer; anything else throws with the answer, so a setup step never fails silently. */
export async function dataOf(res: Promise<{ status: number; json: any }>, status = 201): Promise<any> {
	const r = await res;
	if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${JSON.stringify(r.json)}`);
	return r.json.data;
}

export interface InvoiceFixture {
	instance: TestInstance;
	admin: Client;
	token: string;
	warehouse: Row;
	/** A service sold at 0.01 of the customer's currency a unit, so that an invoice's gross is its quantity. */
	service: Row;
}

/**
 * Issued invoices through the CRM's own path: an order of the service per spec (`amount` is the
 * quantity), confirmed, rendered (service act) and invoiced on its day. All orders are confirmed
 * before any is invoiced, so the credit check never sees an overdue invoice of the fixture.
 */
export async function issueInvoices(fx: InvoiceFixture, customerId: string, orderDate: string, specs: { amount: number; issued: string }[]): Promise<Row[]> {
	const orders: Row[] = [];
	for (const spec of specs) {
		const order = (await fx.admin.request(createItem('crm_orders', { customer: customerId, order_date: orderDate, warehouse: fx.warehouse['id'], lines: [{ product: fx.service['id'], quantity_milli: spec.amount * 1000 }] }))) as Row;
		await dataOf(http(fx.instance, fx.token, 'POST', `/crm/orders/${order['id']}/confirm`, {}), 200);
		orders.push(order);
	}
	const out: Row[] = [];
	for (const [i, order] of orders.entries()) {
		await dataOf(http(fx.instance, fx.token, 'POST', `/crm/orders/${order['id']}/shipments`, { kind: 'service_act', shipped_on: specs[i]!.issued }));
		out.push(await dataOf(http(fx.instance, fx.token, 'POST', `/crm/orders/${order['id']}/invoices`, { issue_date: specs[i]!.issued })));
	}
	return out;
}

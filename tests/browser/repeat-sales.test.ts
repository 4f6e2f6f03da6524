import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { DASHBOARDS } from '../../scripts/access/define-access.ts';
import { ARTIFACTS, type BrowserSession, loginToStudio, openBrowser } from '../support/browser.ts';
import { http, loginAs } from '../support/clients.ts';

const [instance] = inject('instances');
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const dashboard = DASHBOARDS.find((d) => d.name === 'Sales management')!;

type Row = Record<string, any>;
const uid = () => Math.random().toString(36).slice(2, 8).toUpperCase();

/**
 * Independent of the demo's regular buyers, the test gives two customers of Rita (in the manager's
 * team) a product group of their own bought every 30 days: one due again, one silent for over twice the rhythm.
 * The reorder run then makes their follow-ups and flags the churn risk.
 */
async function seedHistory(): Promise<void> {
	const admin = (await (await loginAs(instance!, instance!.adminEmail, instance!.adminPassword)).getToken())!;
	const post = async (path: string, body: unknown) => {
		const answer = await http(instance!, admin, 'POST', path, body);
		expect(answer.status, `${path} ${JSON.stringify(answer.json)}`).toBeLessThan(300);
		return answer.json.data as Row;
	};
	const u = uid();
	const rita = (await http(instance!, admin, 'GET', '/items/crm_sales_reps?filter[user][email][_eq]=rita.rep@example.com&fields=id')).json.data[0] as Row;
	const store = await post('/items/crm_warehouses', { code: `RB-${u}`, name: 'Reorder demo store' });
	const prices = await post('/items/crm_price_lists', { code: `RB-${u}`, name: 'Reorder demo prices', kind: 'customer', currency: 'EUR' });
	const group = await post('/items/crm_product_groups', { code: `RB-${u}`, name: `Filter coffee ${u}` });
	const product = await post('/items/crm_products', { sku: `RB-${u}`, name: `Filter beans ${u}`, kind: 'goods', unit: 'kg', group: group['id'], list_price: 2_500, vat_rate_bp: 0, currency: 'EUR' });
	await post('/items/crm_price_list_items', { price_list: prices['id'], product: product['id'], min_quantity_milli: 1000, unit_price: 2_500 });
	await post('/items/crm_stock_levels', { product: product['id'], warehouse: store['id'], on_hand_milli: 1_000_000 });
	const today = new Date();
	const daysAgo = (n: number) => new Date(today.getTime() - n * 86_400_000).toISOString().slice(0, 10);
	for (const [name, lastAgo] of [[`Corner Café ${u}`, 36], [`Station Kiosk ${u}`, 70]] as const) {
		const customer = await post('/items/crm_customers', { name, status: 'active', currency: 'EUR', credit_limit: 1_000_000_000, owner: rita['id'], price_list: prices['id'] });
		for (const ago of [lastAgo + 60, lastAgo + 30, lastAgo]) {
			const order = await post('/crm/orders', { customer: customer['id'], order_date: daysAgo(ago), warehouse: store['id'], lines: [{ product: product['id'], quantity_milli: 1000 }] });
			await post(`/crm/orders/${order['id']}/confirm`, {});
		}
	}
	await post('/crm/reorders/run', {});
}

/** What the API says the caller should see, as of the browser's day (the panel asks for today). */
async function expectedFor(email: string, status: string): Promise<Row[]> {
	const token = (await (await loginAs(instance!, email)).getToken())!;
	const answer = await http(instance!, token, 'GET', `/crm/reorders?status=${status}`);
	expect(answer.status, JSON.stringify(answer.json)).toBe(200);
	return answer.json.data.reorders;
}

describe('the Due for reorder panel on the Sales management dashboard', () => {
	let session: BrowserSession;

	beforeAll(async () => {
		await seedHistory();
		session = await openBrowser();
	}, 240_000);

	afterAll(async () => {
		await session?.close();
	});

	test('a manager sees her team\'s customers due for reorder, explained, filters to churn risks and opens a customer', async () => {
		const { page } = session;
		const due = await expectedFor('manager@example.com', 'due');
		const churn = await expectedFor('manager@example.com', 'churn_risk');
		expect(due.length).toBeGreaterThan(0);
		expect(churn.length).toBeGreaterThan(0);
		await loginToStudio(page, instance!, 'manager@example.com', instance!.demoPassword);
		await page.goto(`${instance!.url}/admin/insights/${dashboard.id}`);

		const panel = page.locator('[data-test="reorder-list"]');
		await panel.locator('[data-test="reorder-row"]').first().waitFor({ timeout: 60_000 });
		expect(await panel.locator('[data-test="reorder-row"]').count()).toBe(due.length);
		const first = panel.locator('[data-test="reorder-row"]').first();
		expect(await first.innerText()).toContain(due[0]!.customer.name);
		expect(await first.innerText()).toContain(due[0]!.product_group.name);
		expect(await first.innerText()).toContain(`Every ${due[0]!.cycle_days} days`);
		const text = await panel.innerText();
		expect(text).toContain(due[0]!.explanation);
		expect(text).not.toMatch(UUID);
		expect(text).not.toMatch(/undefined|NaN|null/);
		await panel.scrollIntoViewIfNeeded();
		await panel.screenshot({ path: join(ARTIFACTS, 'reorder-list.png') });

		await panel.locator('[data-test="reorder-filter"]').selectOption('churn_risk');
		await expect.poll(async () => panel.locator('[data-test="reorder-row"]').count(), { timeout: 30_000 }).toBe(churn.length);
		expect(await panel.locator('[data-test="reorder-status"]').allInnerTexts()).toEqual(churn.map(() => 'Churn risk'));
		await panel.screenshot({ path: join(ARTIFACTS, 'reorder-list-churn.png') });

		await panel.locator('[data-test="reorder-row"] a').first().click();
		await page.waitForURL(new RegExp(`/content/crm_customers/${churn[0]!.customer.id}`), { timeout: 30_000 });
		await page.getByText('Churn risk note').first().waitFor({ timeout: 30_000 });
		await page.screenshot({ path: join(ARTIFACTS, 'reorder-customer.png'), fullPage: true });
	});

	test('a rep sees only their own customers in the panel', async () => {
		const { page } = session;
		const mine = await expectedFor('rita.rep@example.com', 'due');
		await page.context().clearCookies();
		await loginToStudio(page, instance!, 'rita.rep@example.com', instance!.demoPassword);
		await page.goto(`${instance!.url}/admin/insights/${dashboard.id}`);
		const panel = page.locator('[data-test="reorder-list"]');
		await panel.locator(mine.length > 0 ? '[data-test="reorder-row"]' : '[data-test="reorder-empty"]').first().waitFor({ timeout: 60_000 });
		expect(await panel.locator('[data-test="reorder-row"]').count()).toBe(mine.length);
		const names = await panel.locator('[data-test="reorder-row"] a').allInnerTexts();
		expect(names).toEqual(mine.map((r) => r.customer.name));
	});
});

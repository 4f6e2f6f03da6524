import { join } from 'node:path';
import { createDashboard, createItem, createPanel, readItem, readItems } from '@directus/sdk';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { fromDiscountsResponse, periodQuery, topWithOther } from '../../extensions/panels/crm-discounts-given/src/discounts-data.ts';
import { localDay } from '../../packages/crm-studio/src/local-day.ts';
import { ARTIFACTS, type BrowserSession, loginToStudio, openBrowser } from '../support/browser.ts';
import { boxesOf, overlappingPairs } from '../support/chart-boxes.ts';
import { type Client, http, loginAsAdmin } from '../support/clients.ts';

const [instance] = inject('instances');

type Row = Record<string, any>;
const uid = () => Math.random().toString(36).slice(2, 8).toUpperCase();

describe('discounts in the Studio', () => {
	let session: BrowserSession;
	let admin: Client;
	let token: string;
	let product: Row;
	let customer: Row;
	let tenOff: Row;
	let bulk: Row;

	beforeAll(async () => {
		session = await openBrowser();
		await loginToStudio(session.page, instance!, instance!.adminEmail, instance!.adminPassword);
		admin = await loginAsAdmin(instance!);
		token = (await admin.getToken())!;
		product = (await admin.request(createItem('crm_products', { sku: `BR-${uid()}`, name: 'Browser drill', kind: 'goods', unit: 'pcs', list_price: 12_000, cost_price: 7_000, vat_rate_bp: 1900, currency: 'EUR' }))) as Row;
		const base = ((await admin.request(readItems('crm_price_lists', { filter: { code: { _eq: 'BASE' } } }))) as Row[])[0]!;
		await admin.request(createItem('crm_price_list_items', { price_list: base['id'], product: product['id'], min_quantity_milli: 1000, unit_price: 12_000 }));
		customer = (await admin.request(createItem('crm_customers', { name: `Browser buyer ${uid()}`, currency: 'EUR', status: 'active', credit_limit: 100_000_000 }))) as Row;
		const rule = async (body: Row) => (await http(instance!, token, 'POST', '/items/crm_discount_rules', { code: `BR-${uid()}`, ...body })).json.data as Row;
		tenOff = await rule({ name: 'Drill week 10 %', effect_kind: 'percent', discount_bp: 1000, priority: 10, products: [{ crm_products_id: product['id'] }] });
		bulk = await rule({ name: 'Bulk drills 15 %', effect_kind: 'percent', discount_bp: 1500, priority: 20, min_quantity_milli: 50_000, products: [{ crm_products_id: product['id'] }] });
	});

	afterAll(async () => {
		await session?.close();
	});

	test('an order line explains its price in plain words: list price, the rule applied, the rule not applied and why', async () => {
		const created = await http(instance!, token, 'POST', '/crm/orders', { customer: customer['id'], order_date: new Date().toISOString().slice(0, 10), lines: [{ product: product['id'], quantity_milli: 2000 }] });
		expect(created.status, JSON.stringify(created.json)).toBe(201);
		const line = created.json.data.lines[0] as Row;
		expect(Number(line['discount_amount'])).toBe(2_400);

		const { page } = session;
		await page.goto(`${instance!.url}/admin/content/crm_order_lines/${line['id']}`);
		await page.waitForSelector('[data-test="price-trace"]', { timeout: 60_000 });
		const summary = await page.locator('[data-test="price-trace-summary"]').innerText();
		expect(summary).toContain('240.00 EUR');
		expect(summary).toContain('216.00 EUR');
		const applied = await page.locator('[data-test="price-trace-steps"]').innerText();
		expect(applied).toContain('Drill week 10 %');
		await page.click('[data-test="price-trace-toggle"]');
		const skipped = await page.locator('[data-test="price-trace-skipped"]').innerText();
		expect(skipped).toContain('Bulk drills 15 %');
		expect(skipped).toMatch(/50/);
		await page.locator('[data-test="price-trace"]').scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(ARTIFACTS, 'price-trace.png'), fullPage: true });
		expect([tenOff['code'], bulk['code']].every(Boolean)).toBe(true);
	});

	test('a manual discount below the margin floor shows that it needs a manager', async () => {
		const created = await http(instance!, token, 'POST', '/crm/orders', { customer: customer['id'], lines: [{ product: product['id'], quantity_milli: 1000, discount_bp: 5000 }] });
		expect(created.status, JSON.stringify(created.json)).toBe(201);
		expect(created.json.data.approval_status).toBe('pending');
		const { page } = session;
		await page.goto(`${instance!.url}/admin/content/crm_order_lines/${created.json.data.lines[0]['id']}`);
		await page.waitForSelector('[data-test="price-trace-approval"]', { timeout: 60_000 });
		expect(await page.locator('[data-test="price-trace-approval"]').innerText()).toMatch(/margin floor/i);
		await page.locator('[data-test="price-trace"]').scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(ARTIFACTS, 'price-trace-approval.png'), fullPage: true });

		// On the order page a manager approves with one click; then it can be confirmed.
		await page.goto(`${instance!.url}/admin/content/crm_orders/${created.json.data.id}`);
		await page.waitForSelector('[data-test="order-action-approve"]', { timeout: 60_000 });
		await page.screenshot({ path: join(ARTIFACTS, 'order-approve-discounts.png'), fullPage: true });
		await page.click('[data-test="order-action-approve"]');
		await expect.poll(async () => ((await admin.request(readItem('crm_orders', created.json.data.id, { fields: ['approval_status'] }))) as Row)['approval_status'], { timeout: 60_000 }).toBe('approved');
		await page.waitForSelector('[data-test="order-action-confirm"]', { timeout: 60_000 });
		expect(await page.locator('[data-test="order-action-approve"]').count()).toBe(0);
	});

	test('the rule editor shows only the fields of the chosen effect', async () => {
		const { page } = session;
		await page.goto(`${instance!.url}/admin/content/crm_discount_rules/+`);
		await page.waitForSelector('text=Percent off the price.', { timeout: 60_000 });
		expect(await page.locator('text=Buy this many').count()).toBe(0);
		await page.screenshot({ path: join(ARTIFACTS, 'discount-rule-editor.png'), fullPage: true });
		const existing = (await admin.request(readItem('crm_discount_rules', tenOff['id']))) as Row;
		expect(existing['effect_kind']).toBe('percent');
		// An existing rule shows its percent off as a percentage, typed and shown in percent.
		await page.goto(`${instance!.url}/admin/content/crm_discount_rules/${tenOff['id']}`);
		const percentOff = page.locator('[data-test="crm-percent"][data-field="discount_bp"]');
		await percentOff.waitFor({ timeout: 60_000 });
		// The field renders before the item has loaded; wait for its value, not just for the field.
		await expect.poll(() => percentOff.locator('input').inputValue(), { timeout: 60_000 }).toBe('10');
		expect((await percentOff.innerText()).trim()).toContain('%');
		await percentOff.locator('input').fill('12.345');
		await expect.poll(() => percentOff.locator('[data-test="crm-scaled-error"]').innerText()).toBe('Type a percentage with at most 2 decimals.');
		await percentOff.locator('input').fill('12.5');
		expect(await percentOff.locator('[data-test="crm-scaled-error"]').count()).toBe(0);
		expect(await page.locator('main').innerText()).not.toMatch(/basis points|milli|minor units/i);
		await page.screenshot({ path: join(ARTIFACTS, 'discount-rule-percent.png'), fullPage: true });
		// Quantity tiers list in units and percent too.
		// Inactive, so that it prices nothing in the other tests.
		const tiered = (await http(instance!, token, 'POST', '/items/crm_discount_rules', { code: `BR-${uid()}`, name: `Tiered drills ${uid()}`, active: false, effect_kind: 'percent', discount_bp: 500, priority: 30, tiers: [{ min_quantity_milli: 10_000, value: 1250 }] })).json.data as Row;
		await page.goto(`${instance!.url}/admin/content/crm_discount_rules/${tiered['id']}`);
		await page.waitForSelector('text=from 10: 12.5 %', { timeout: 60_000 });
		await page.screenshot({ path: join(ARTIFACTS, 'discount-rule-tiers.png'), fullPage: true });
	});

	test('the "discounts given" panel shows the discount cost against revenue by rule', async () => {
		const created = await http(instance!, token, 'POST', '/crm/orders', { customer: customer['id'], order_date: new Date().toISOString().slice(0, 10), lines: [{ product: product['id'], quantity_milli: 3000 }] });
		const [warehouse] = (await admin.request(readItems('crm_warehouses', { filter: { active: { _eq: true } }, sort: ['code'], fields: ['id'], limit: 1 }))) as Row[];
		await admin.request(createItem('crm_stock_levels', { product: product['id'], warehouse: warehouse!['id'], on_hand_milli: 100_000 }));
		const confirmed = await http(instance!, token, 'POST', `/crm/orders/${created.json.data.id}/confirm`, { override_reason: 'browser test' });
		expect(confirmed.status, JSON.stringify(confirmed.json)).toBe(200);

		const dashboard = (await admin.request(createDashboard({ name: `Discounts ${uid()}`, icon: 'percent' }))) as Row;
		// The size and options of the demo's discounts dashboard (scripts/access/define-access.ts): the demo's year of rules.
		await admin.request(createPanel({ dashboard: dashboard['id'], type: 'crm-discounts-given', name: 'Discounts given', icon: 'percent', show_header: true, position_x: 1, position_y: 1, width: 36, height: 26, options: { currency: 'EUR', days: 365 } }));
		const { page } = session;
		await page.goto(`${instance!.url}/admin/insights/${dashboard['id']}`);
		await page.waitForSelector('[data-test="discounts-total"]', { timeout: 60_000 });
		await page.waitForSelector('[data-test="discounts-chart"] svg', { timeout: 60_000 });
		await page.waitForTimeout(500);
		const chart = page.locator('[data-test="discounts-chart"]');
		expect(await chart.innerText()).toContain('Drill week 10 %');

		// Every rule by its whole name: on the axis (in one or two lines), or, when even two lines cannot hold it, in the tooltip of its bar.
		const report = await http(instance!, token, 'GET', `/crm/pricing/discounts-given?${new URLSearchParams(periodQuery(localDay(), 365, 'EUR'))}`);
		const expected = topWithOther(fromDiscountsResponse(report.json)!.byRule, 10).map((r) => r.label);
		const onAxis = await chart.locator('.apexcharts-yaxis-label').evaluateAll((labels) => labels.map((l) => [...l.querySelectorAll('tspan')].map((t) => t.textContent ?? '').join(' ')));
		expect(onAxis).toHaveLength(expected.length);
		const bars = chart.locator('.apexcharts-bar-area');
		for (const [i, name] of expected.entries()) {
			if (onAxis.includes(name)) continue;
			expect(onAxis[i], `${name} is shortened, not cut to a few letters`).toMatch(/^.{12,}…$/);
			await bars.nth(i).hover({ force: true });
			await expect.poll(() => chart.locator('.apexcharts-tooltip-title').innerText()).toBe(name);
		}

		// Each rate after its own bar: no two rates drawn over each other, none over a bar.
		const rates = (await boxesOf(chart.locator('.apexcharts-datalabel'))).filter((b) => b.text !== '');
		expect(rates).toHaveLength(expected.length);
		expect(overlappingPairs(rates)).toEqual([]);
		expect(overlappingPairs(rates, await boxesOf(bars))).toEqual([]);
		const [svg] = await boxesOf(chart.locator('svg.apexcharts-svg'));
		expect(rates.filter((r) => r.right > svg!.right + 0.5).map((r) => r.text)).toEqual([]);

		await page.screenshot({ path: join(ARTIFACTS, 'discounts-given-panel.png'), fullPage: true });
		await page.locator('[data-test="discounts-panel"]').screenshot({ path: join(ARTIFACTS, 'discounts-given-panel-36x26.png') });
	});
});

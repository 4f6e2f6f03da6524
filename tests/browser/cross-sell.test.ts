import { join } from 'node:path';
import { createItem, readItems } from '@directus/sdk';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ARTIFACTS, type BrowserSession, loginToStudio, openBrowser } from '../support/browser.ts';
import { loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;
const [instance] = inject('instances');

describe('cross-sell suggestions in the Studio (S6.10)', () => {
	let session: BrowserSession;

	beforeAll(async () => {
		session = await openBrowser();
	});

	afterAll(async () => {
		await session?.close();
	});

	test('a rep opens a draft proposal: what to offer with it and why, in words and percent; "Add" puts it on the proposal', async () => {
		const admin = await loginAsAdmin(instance!);
		const rita = ((await admin.request(readItems('crm_sales_reps', { filter: { email: { _eq: 'rita.rep@example.com' } } }))) as Row[])[0]!;
		const customer = ((await admin.request(readItems('crm_customers', { filter: { owner: { _eq: rita['id'] } }, limit: 1, fields: ['id'] }))) as Row[])[0]!;
		// A product of the demo's related products (accessories of the most ordered products).
		const relation = ((await admin.request(readItems('crm_product_relations', { filter: { kind: { _eq: 'accessory' } }, sort: ['sort'], limit: 1, fields: ['product.id', 'product.name', 'related_product.id', 'related_product.name'] }))) as Row[])[0]!;
		const quote = (await admin.request(createItem('crm_quotes', { customer: customer['id'], owner: rita['id'], lines: [{ product: relation['product']['id'], quantity_milli: 1000 }] }))) as Row;
		const { page } = session;

		await loginToStudio(page, instance!, 'rita.rep@example.com', instance!.demoPassword);
		await page.goto(`${instance!.url}/admin/content/crm_quotes/${quote['id']}`);
		const list = page.locator('[data-test="crm-cross-sell-list"]');
		await list.waitFor({ timeout: 60_000 });
		const first = list.locator('[data-test="crm-cross-sell-item"]').first();
		expect(await first.innerText()).toContain(relation['related_product']['name']);
		expect(await first.innerText()).toContain(`Accessory for ${relation['product']['name']}`);
		const text = await list.innerText();
		// Mined suggestions read in percent, never in basis points.
		for (const line of text.split('\n').filter((l) => l.includes('Bought together'))) expect(line).toMatch(/Bought together in \d+(\.\d)? % of orders with .+ \(lift \d+(\.\d{1,2})?×\)/);
		await list.scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(ARTIFACTS, 'cross-sell-proposal.png'), fullPage: false });
		expect(await page.locator('main').innerText()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/);
		expect(await page.locator('body').innerText()).not.toMatch(/Forbidden|permission/i);

		const added = page.waitForResponse((r) => r.url().includes('/items/crm_quote_lines') && r.request().method() === 'POST', { timeout: 60_000 });
		await first.locator('[data-test="crm-cross-sell-add"]').click();
		expect((await added).status()).toBe(200);
		await page.waitForLoadState('load');
		await list.waitFor({ timeout: 60_000 });
		const lines = (await admin.request(readItems('crm_quote_lines', { filter: { quote: { _eq: quote['id'] } }, fields: ['product', 'quantity_milli', 'unit_price'] }))) as Row[];
		expect(lines.map((l) => [l['product'], Number(l['quantity_milli'])]).sort()).toEqual([[relation['product']['id'], 1000], [relation['related_product']['id'], 1000]].sort());
		// Once on the proposal, it is no longer suggested.
		await page.waitForFunction((name) => !document.querySelector('[data-test="crm-cross-sell-list"] [data-test="crm-cross-sell-item"]')?.textContent?.includes(name), relation['related_product']['name'], { timeout: 60_000 });
		await page.screenshot({ path: join(ARTIFACTS, 'cross-sell-proposal-added.png'), fullPage: false });
	});

	test('an order page shows its suggestions too, without an "Add" button once it is confirmed', async () => {
		const admin = await loginAsAdmin(instance!);
		const rita = ((await admin.request(readItems('crm_sales_reps', { filter: { email: { _eq: 'rita.rep@example.com' } } }))) as Row[])[0]!;
		const order = ((await admin.request(readItems('crm_orders', { filter: { owner: { _eq: rita['id'] }, status: { _nin: ['draft', 'cancelled'] } }, limit: 1, fields: ['id'] }))) as Row[])[0]!;
		const { page } = session;
		await page.context().clearCookies();
		await loginToStudio(page, instance!, 'rita.rep@example.com', instance!.demoPassword);
		await page.goto(`${instance!.url}/admin/content/crm_orders/${order['id']}`);
		const field = page.locator('[data-test="crm-cross-sell"]');
		await field.waitFor({ timeout: 60_000 });
		await page.locator('[data-test="crm-cross-sell-list"], [data-test="crm-cross-sell-empty"]').first().waitFor({ timeout: 60_000 });
		expect(await field.locator('[data-test="crm-cross-sell-add"]').count()).toBe(0);
		expect(await field.locator('[data-test="crm-cross-sell-problem"]').count()).toBe(0);
		await field.scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(ARTIFACTS, 'cross-sell-order.png'), fullPage: false });
	});
});

import { join } from 'node:path';
import { readItems } from '@directus/sdk';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ARTIFACTS, type BrowserSession, loginToStudio, openBrowser } from '../support/browser.ts';
import { loginAs, loginAsAdmin } from '../support/clients.ts';

const [instance] = inject('instances');

describe('customer timeline in the Studio', () => {
	let session: BrowserSession;

	beforeAll(async () => {
		session = await openBrowser();
	});

	afterAll(async () => {
		await session?.close();
	});

	test('a rep opens an own customer, sees the timeline and logs a call in two clicks', async () => {
		const admin = await loginAsAdmin(instance!);
		const [rita] = (await admin.request(readItems('crm_sales_reps', { filter: { email: { _eq: 'rita.rep@example.com' } }, fields: ['id'] }))) as { id: string }[];
		const [customer] = (await admin.request(readItems('crm_customers', { filter: { owner: { _eq: rita!.id } }, sort: ['name'], limit: 1, fields: ['id', 'name'] }))) as { id: string; name: string }[];
		const { page } = session;

		await loginToStudio(page, instance!, 'rita.rep@example.com', instance!.demoPassword);
		await page.goto(`${instance!.url}/admin/content/crm_customers/${customer!.id}`);
		await page.waitForSelector('[data-test="timeline-entry"]', { timeout: 60_000 });
		const entriesBefore = await page.locator('[data-test="timeline-entry"]').count();
		expect(entriesBefore).toBeGreaterThan(0);
		await page.locator('[data-test="timeline"]').scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(ARTIFACTS, 'timeline-before.png'), fullPage: true });

		const subject = `Browser call ${Date.now()}`;
		await page.click('[data-test="log-call"]');
		await page.fill('[data-test="interaction-subject"]', subject);
		await page.click('[data-test="interaction-save"]');
		await page.waitForSelector(`[data-test="timeline-entry"]:has-text("${subject}")`, { timeout: 60_000 });
		await page.locator('[data-test="timeline"]').scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(ARTIFACTS, 'timeline-after-call.png'), fullPage: true });

		const rep = await loginAs(instance!, 'rita.rep@example.com');
		const stored = (await rep.request(readItems('crm_interactions', { filter: { subject: { _eq: subject } }, fields: ['type', 'customer', 'user_created'] }))) as Record<string, unknown>[];
		expect(stored).toEqual([expect.objectContaining({ type: 'call', customer: customer!.id })]);
	});

	test('a rep opens an own customer with sales and sees the overview card, each block she may read', async () => {
		const admin = await loginAsAdmin(instance!);
		const [rita] = (await admin.request(readItems('crm_sales_reps', { filter: { email: { _eq: 'rita.rep@example.com' } }, fields: ['id'] }))) as { id: string }[];
		const [recent] = (await admin.request(readItems('crm_orders', { filter: { customer: { owner: { _eq: rita!.id } }, status: { _nin: ['draft', 'cancelled'] } }, sort: ['-order_date'], limit: 1, fields: ['customer'] }))) as { customer: string }[];
		const { page } = session;

		// Signed in as Rita by the test before; on its own, this test signs in first.
		const customerPage = `${instance!.url}/admin/content/crm_customers/${recent!.customer}`;
		await page.goto(customerPage);
		const card = page.locator('[data-test="crm-customer-overview"]');
		await Promise.race([card.waitFor({ timeout: 60_000 }), page.locator('input[type=email]').waitFor({ timeout: 60_000 })]);
		if (await page.locator('input[type=email]').isVisible()) {
			await loginToStudio(page, instance!, 'rita.rep@example.com', instance!.demoPassword);
			await page.goto(customerPage);
		}
		await page.waitForSelector('[data-test="overview-sales"]', { timeout: 60_000 });
		// A viewport as tall as the page: the Studio scrolls its content pane, which an element screenshot would cut.
		await page.setViewportSize({ width: 1440, height: 2600 });
		await card.scrollIntoViewIfNeeded();
		await card.screenshot({ path: join(ARTIFACTS, 'customer-overview.png') });
		await page.setViewportSize({ width: 1440, height: 1000 });

		const blocks = ['customer', 'balance', 'classes', 'sales', 'open-orders', 'open-proposals', 'payments', 'contacts', 'service', 'campaigns', 'stock'];
		for (const block of blocks) expect([block, await card.locator(`[data-test="overview-${block}"]`).count()]).toEqual([block, 1]);
		expect(await card.locator('[data-test="overview-sales-month"]').count()).toBe(12);
		expect(await card.locator('[data-test="overview-credit-limit"]').innerText()).toMatch(/^(\d{1,3}(,\d{3})*\.\d{2} EUR|—)$/);
		expect(await card.locator('[data-test="overview-sales"] h3').innerText()).toMatch(/[\d,]+\.\d{2} EUR · \d+ orders?$/);
		expect(await card.locator('[data-test="overview-error"]').count()).toBe(0);
	});

	test('the rep sees only own customers in the Studio list', async () => {
		const { page } = session;
		await page.goto(`${instance!.url}/admin/content/crm_customers`);
		await page.waitForSelector('.v-table tbody tr, table tbody tr', { timeout: 60_000 });
		await page.screenshot({ path: join(ARTIFACTS, 'rep-customer-list.png') });
		const admin = await loginAsAdmin(instance!);
		const [rita] = (await admin.request(readItems('crm_sales_reps', { filter: { email: { _eq: 'rita.rep@example.com' } }, fields: ['id'] }))) as { id: string }[];
		const own = (await admin.request(readItems('crm_customers', { filter: { owner: { _eq: rita!.id } }, fields: ['name'], limit: -1 }))) as { name: string }[];
		const body = await page.locator('body').innerText();
		expect(body).toContain(`${own.length} Item`);
	});
});

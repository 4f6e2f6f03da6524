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
		await page.waitForSelector('[data-test="timeline-entry"]', { timeout: 30_000 });
		const entriesBefore = await page.locator('[data-test="timeline-entry"]').count();
		expect(entriesBefore).toBeGreaterThan(0);
		await page.locator('[data-test="timeline"]').scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(ARTIFACTS, 'timeline-before.png'), fullPage: true });

		const subject = `Browser call ${Date.now()}`;
		await page.click('[data-test="log-call"]');
		await page.fill('[data-test="interaction-subject"]', subject);
		await page.click('[data-test="interaction-save"]');
		await page.waitForSelector(`[data-test="timeline-entry"]:has-text("${subject}")`, { timeout: 15_000 });
		await page.locator('[data-test="timeline"]').scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(ARTIFACTS, 'timeline-after-call.png'), fullPage: true });

		const rep = await loginAs(instance!, 'rita.rep@example.com');
		const stored = (await rep.request(readItems('crm_interactions', { filter: { subject: { _eq: subject } }, fields: ['type', 'customer', 'user_created'] }))) as Record<string, unknown>[];
		expect(stored).toEqual([expect.objectContaining({ type: 'call', customer: customer!.id })]);
	});

	test('the rep sees only own customers in the Studio list', async () => {
		const { page } = session;
		await page.goto(`${instance!.url}/admin/content/crm_customers`);
		await page.waitForSelector('.v-table tbody tr, table tbody tr', { timeout: 30_000 });
		await page.screenshot({ path: join(ARTIFACTS, 'rep-customer-list.png') });
		const admin = await loginAsAdmin(instance!);
		const [rita] = (await admin.request(readItems('crm_sales_reps', { filter: { email: { _eq: 'rita.rep@example.com' } }, fields: ['id'] }))) as { id: string }[];
		const own = (await admin.request(readItems('crm_customers', { filter: { owner: { _eq: rita!.id } }, fields: ['name'], limit: -1 }))) as { name: string }[];
		const body = await page.locator('body').innerText();
		expect(body).toContain(`${own.length} Item`);
	});
});

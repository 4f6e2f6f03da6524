import { join } from 'node:path';
import { createItem, readItems, updateItem } from '@directus/sdk';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ARTIFACTS, type BrowserSession, loginToStudio, openBrowser } from '../support/browser.ts';
import { loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;
const [instance] = inject('instances');

describe('the assignment history on the customer page (S6.2)', () => {
	let session: BrowserSession;

	beforeAll(async () => {
		session = await openBrowser();
	});

	afterAll(async () => {
		await session?.close();
	});

	test('a manager sees who owned the customer before, who changed it and why, in names', async () => {
		const admin = await loginAsAdmin(instance!);
		const rita = ((await admin.request(readItems('crm_sales_reps', { filter: { email: { _eq: 'rita.rep@example.com' } }, fields: ['id', 'name', 'team'] }))) as Row[])[0]!;
		const teammate = ((await admin.request(readItems('crm_sales_reps', { filter: { team: { _eq: rita['team'] }, id: { _neq: rita['id'] }, active: { _eq: true } }, sort: ['name'], limit: 1, fields: ['id', 'name'] }))) as Row[])[0]!;
		const customer = (await admin.request(createItem('crm_customers', { name: `Handed over ${Math.random().toString(36).slice(2, 7)}`, owner: teammate['id'] }))) as Row;
		await admin.request(updateItem('crm_customers', customer['id'], { owner: rita['id'], owner_change_reason: 'Rita knows the buyer' }));
		await admin.request(createItem('crm_contacts', { customer: customer['id'], first_name: 'Petra', last_name: 'Einkauf' }));
		const { page } = session;

		await loginToStudio(page, instance!, 'manager@example.com', instance!.demoPassword);
		await page.goto(`${instance!.url}/admin/content/crm_customers/${customer['id']}`);
		const reason = page.getByText('Rita knows the buyer').first();
		await reason.waitFor({ timeout: 60_000 });
		const row = reason.locator('xpath=ancestor::tr[1]');
		const text = await row.innerText();
		expect(text).toContain(teammate['name']);
		expect(text).toContain(rita['name']);
		// The timeline loads beside the history: its entries name the records they link to, never a table and key.
		await page.locator('[data-test="timeline"] .subject', { hasText: 'owner' }).first().waitFor({ timeout: 30_000 });
		const link = page.locator('[data-test="timeline-entry-link"]');
		expect(await link.allInnerTexts()).toEqual(['Open contact']);
		const main = await page.locator('main').innerText();
		expect(main).toContain('Owner chosen when the customer was created.');
		expect(main).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/);
		expect(await page.locator('body').innerText()).not.toMatch(/Forbidden|permission/i);
		await reason.scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(ARTIFACTS, 'customer-assignment-history.png'), fullPage: false });
	});
});

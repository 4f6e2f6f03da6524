import { join } from 'node:path';
import { readItems } from '@directus/sdk';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { formatMoneyLabel } from '../../packages/crm-studio/src/index.ts';
import { ARTIFACTS, type BrowserSession, loginToStudio, openBrowser } from '../support/browser.ts';
import { http, loginAsAdmin } from '../support/clients.ts';

const [instance] = inject('instances');

describe('a campaign page in the Studio', () => {
	let session: BrowserSession;

	beforeAll(async () => {
		session = await openBrowser();
	});

	afterAll(async () => {
		await session?.close();
	});

	test('a marketer sees the plan against the spend by cost item, in amounts, with the forecast', async () => {
		const admin = await loginAsAdmin(instance!);
		const [spring] = (await admin.request(readItems('crm_campaigns', { filter: { code: { _starts_with: 'SPRING-' } }, fields: ['id', 'name'], limit: 1 }))) as { id: string; name: string }[];
		const budget = (await http(instance!, (await admin.getToken())!, 'GET', `/crm/campaigns/${spring!.id}/budget`)).json.data;
		const { page } = session;

		await loginToStudio(page, instance!, 'marketing@example.com', instance!.demoPassword);
		await page.goto(`${instance!.url}/admin/content/crm_campaigns/${spring!.id}`);
		const panel = page.locator('[data-test="crm-campaign-budget"]');
		await page.locator('[data-test="crm-campaign-budget-planned"]').waitFor({ timeout: 30_000 });
		await panel.scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(ARTIFACTS, 'campaign-budget.png'), fullPage: true });

		expect(await page.locator('[data-test="crm-campaign-budget-planned"]').innerText()).toBe(formatMoneyLabel(budget.planned, 'EUR'));
		expect(await page.locator('[data-test="crm-campaign-budget-actual"]').innerText()).toBe(formatMoneyLabel(budget.actual, 'EUR'));
		const rows = await page.locator('[data-test="crm-campaign-budget-item"]').allInnerTexts();
		expect(rows.length).toBe(budget.by_item.length);
		expect(rows.join('\n')).toContain('Print and mailing');
		expect(rows.join('\n')).not.toMatch(/\b(print|agency)\b|\d{5,}/);
	});
});

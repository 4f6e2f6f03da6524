import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Locator, Page } from 'playwright-core';
import { createItem, readItems } from '@directus/sdk';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { formatMoneyLabel, formatPercent } from '../../packages/crm-studio/src/index.ts';
import { ARTIFACTS, type BrowserSession, loginToStudio, openBrowser } from '../support/browser.ts';
import { http, loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;
const [instance] = inject('instances');

/** Clicks until the button hands over a file: a button that is still busy takes no click, and says nothing. */
async function downloadFrom(page: Page, button: Locator): Promise<Download> {
	for (let attempt = 0; attempt < 12; attempt++) {
		const download = await Promise.all([page.waitForEvent('download', { timeout: 5_000 }), button.click()]).then(([d]) => d, () => null);
		if (download) return download;
	}
	throw new Error('the button handed over no file in a minute');
}

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
		await page.locator('[data-test="crm-campaign-budget-planned"]').waitFor({ timeout: 60_000 });
		await panel.scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(ARTIFACTS, 'campaign-budget.png'), fullPage: true });

		expect(await page.locator('[data-test="crm-campaign-budget-planned"]').innerText()).toBe(formatMoneyLabel(budget.planned, 'EUR'));
		expect(await page.locator('[data-test="crm-campaign-budget-actual"]').innerText()).toBe(formatMoneyLabel(budget.actual, 'EUR'));
		const rows = await page.locator('[data-test="crm-campaign-budget-item"]').allInnerTexts();
		expect(rows.length).toBe(budget.by_item.length);
		expect(rows.join('\n')).toContain('Print and mailing');
		expect(rows.join('\n')).not.toMatch(/\b(print|agency)\b|\d{5,}/);
	});

	test('the campaign page shows the funnel of the demo mailing', async () => {
		const admin = await loginAsAdmin(instance!);
		const token = (await admin.getToken())!;
		const [spring] = (await admin.request(readItems('crm_campaigns', { filter: { code: { _starts_with: 'SPRING-' } }, fields: ['id'], limit: 1 }))) as { id: string }[];
		const funnel = (await http(instance!, token, 'GET', `/crm/campaigns/${spring!.id}/funnel`)).json.data;
		const { page } = session;

		await page.goto(`${instance!.url}/admin/content/crm_campaigns/${spring!.id}`);
		const results = page.locator('[data-test="crm-campaign-results"]');
		await page.locator('[data-test="crm-campaign-return-linear"]').waitFor({ timeout: 60_000 });
		await results.scrollIntoViewIfNeeded();
		expect(await page.locator('[data-test="crm-campaign-member-count"]').innerText()).toBe(`${funnel.members} members`);
		expect(await page.locator('[data-test="crm-campaign-funnel-sent"]').innerText()).toContain(String(funnel.by_touch.sent));
		expect(await page.locator('[data-test="crm-campaign-funnel-opened"]').innerText()).toContain(String(funnel.by_touch.opened));
		expect(await results.innerText()).not.toMatch(/basis points|minor units|_bp\b|undefined|NaN/);
		// A finished mailing offers to send to members added since, not to pause.
		expect(await page.locator('[data-test="crm-campaign-send"]').innerText()).toBe('Send to members added since');
		expect(await page.locator('[data-test="crm-campaign-pause"]').count()).toBe(0);
	});

	test('a call campaign\'s page shows the return of its won orders under every attribution model', async () => {
		const admin = await loginAsAdmin(instance!);
		const token = (await admin.getToken())!;
		const uid = Math.random().toString(36).slice(2, 8).toUpperCase();
		const product = (await admin.request(createItem('crm_products', { sku: `BR-ROI-${uid}`, name: 'Safety audit day', kind: 'service', unit: 'day', list_price: 80_000, cost_price: 30_000, vat_rate_bp: 1900, currency: 'EUR' }))) as Row;
		const base = ((await admin.request(readItems('crm_price_lists', { filter: { code: { _eq: 'BASE' } } }))) as Row[])[0]!;
		await admin.request(createItem('crm_price_list_items', { price_list: base['id'], product: product['id'], min_quantity_milli: 1000, unit_price: 80_000 }));
		const customer = (await admin.request(createItem('crm_customers', { name: `Audit buyer ${uid}`, currency: 'EUR', status: 'active' }))) as Row;
		await admin.request(createItem('crm_contacts', { customer: customer['id'], first_name: 'Hanna', last_name: 'Audit', phone: '+49 30 555', marketing_consent: true }));
		const segment = (await admin.request(createItem('crm_market_segments', { code: `BR-${uid}`, name: 'Audit prospects', applies_to: 'customers' }))) as Row;
		await admin.request(createItem('crm_customers_market_segments', { crm_customers_id: customer['id'], crm_market_segments_id: segment['id'] }));
		const campaign = (await http(instance!, token, 'POST', '/items/crm_campaigns', { code: `AUDIT-${uid}`, name: 'Safety audit calls', channel: 'call', status: 'running', segments: { create: [{ crm_market_segments_id: segment['id'] }] } })).json.data as Row;
		await http(instance!, token, 'POST', '/items/crm_campaign_spend', { campaign: campaign['id'], cost_item: 'agency', amount_base: 40_000, spent_on: new Date().toISOString().slice(0, 10), description: 'Call centre' });
		await http(instance!, token, 'POST', `/crm/campaigns/${campaign['id']}/members`);
		const [member] = (await admin.request(readItems('crm_campaign_members', { filter: { campaign: { _eq: campaign['id'] } } }))) as Row[];
		await http(instance!, token, 'POST', `/crm/campaign-members/${member!['id']}/touches`, { kind: 'responded', at: new Date(Date.now() - 3 * 86_400_000).toISOString(), outcome: 'Wants an audit in January' });
		const order = await http(instance!, token, 'POST', '/crm/orders', { customer: customer['id'], lines: [{ product: product['id'], quantity_milli: 2000 }] });
		expect((await http(instance!, token, 'POST', `/crm/orders/${order.json.data.id}/confirm`, {})).status).toBe(200);
		const linear = (await http(instance!, token, 'GET', `/crm/campaigns/${campaign['id']}/attribution?model=linear`)).json.data;
		const { page } = session;

		await page.goto(`${instance!.url}/admin/content/crm_campaigns/${campaign['id']}`);
		const results = page.locator('[data-test="crm-campaign-results"]');
		await page.locator('[data-test="crm-campaign-return-linear"]').waitFor({ timeout: 60_000 });
		await results.scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(ARTIFACTS, 'campaign-results.png'), fullPage: true });
		const row = await page.locator('[data-test="crm-campaign-return-linear"]').innerText();
		expect(row).toContain('Linear');
		expect(linear.orders).toBe(1);
		expect(row).toContain(formatMoneyLabel(linear.revenue, 'EUR'));
		expect(row).toContain(formatPercent(linear.roi_bp));
		expect(await page.locator('[data-test="crm-campaign-returns"] tbody tr').count()).toBe(5);
		expect(await page.locator('[data-test="crm-campaign-funnel-responded"]').innerText()).toContain('1');
		// A call campaign sends nothing: its page adds members, makes tasks for reps and gives the call list.
		expect(await page.locator('[data-test="crm-campaign-send"]').count()).toBe(0);
		// The page reloads the funnel after the notice, and its buttons take no click until then.
		const funnelReloaded = page.waitForResponse((r) => r.url().includes(`/crm/campaigns/${campaign['id']}/funnel`) && r.request().method() === 'GET', { timeout: 60_000 });
		await page.locator('[data-test="crm-campaign-tasks"]').click();
		await expect.poll(() => page.locator('[data-test="crm-campaign-notice"]').innerText()).toBe('No new tasks; left out: 1 already reached.');
		await funnelReloaded;
		const download = await downloadFrom(page, page.locator('[data-test="crm-campaign-call-list"]'));
		expect(download.suggestedFilename()).toBe(`call-list-audit-${uid.toLowerCase()}.csv`);
		const csv = readFileSync(await download.path(), 'utf8').split('\r\n');
		expect(csv[0]).toBe('Customer,Contact,Phone,Mobile,E-mail,Rep,Due,Task,Last outcome,Offer');
		expect(csv[1]).toBe(`Audit buyer ${uid},Hanna Audit,+49 30 555,,,,,,Responded,`);
	});
});

import { join } from 'node:path';
import { createItem, readItems } from '@directus/sdk';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { DASHBOARDS } from '../../scripts/access/define-access.ts';
import { ARTIFACTS, type BrowserSession, loginToStudio, openBrowser } from '../support/browser.ts';
import { http, loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;
const [instance] = inject('instances');
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/;
/** An amount as the Studio shows it: "12,345.67 EUR", a clawback "−12.34 EUR". */
const MONEY = /^−?\d{1,3}(,\d{3})*\.\d{2} EUR$/;
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** No ids, no raw minor units or basis points: long numbers are amounts with their currency or days. */
function readsAsPeople(text: string): void {
	expect(text).not.toMatch(UUID);
	expect(text).not.toMatch(/undefined|NaN|null|\d+ bp/);
	expect(text.replace(/−?\d{1,3}(,\d{3})*\.\d{2} EUR/g, '').replace(/\d{4}-\d{2}-\d{2}/g, '').replace(/INV-[\w-]+|CN-[\w-]+/g, '')).not.toMatch(/\d{5,}/);
}

describe('a commission statement in the Studio (S6.3)', () => {
	let session: BrowserSession;
	let statement: Row;
	let managerEmail: string;

	beforeAll(async () => {
		session = await openBrowser();
		const admin = await loginAsAdmin(instance!);
		const rita = ((await admin.request(readItems('crm_sales_reps', { filter: { email: { _eq: 'rita.rep@example.com' } }, fields: ['id', 'name', 'team.manager.email'] }))) as Row[])[0]!;
		managerEmail = rita['team']['manager']['email'];
		// The small test demo may have no invoice of Rita's paid: she gets half of the latest paid order of another rep
		// (a split of the test's own), and a period of the test's own (the demo's statements are monthly, one approved):
		// the four months up to the day it was paid.
		const latest = ((await admin.request(readItems('crm_payment_allocations', { filter: { invoice: { status: { _eq: 'paid' }, kind: { _eq: 'invoice' }, order: { owner: { _nnull: true, _neq: rita['id'] } } } }, sort: ['-allocated_on'], limit: 1, fields: ['allocated_on', 'invoice.order.id', 'invoice.order.owner'] }))) as Row[])[0]!;
		const order = latest['invoice']['order'];
		await admin.request(createItem('crm_commission_splits', { order: order['id'], rep: order['owner'], share_bp: 5000 }));
		await admin.request(createItem('crm_commission_splits', { order: order['id'], rep: rita['id'], share_bp: 5000 }));
		const end = new Date(`${String(latest['allocated_on']).slice(0, 10)}T00:00:00Z`);
		const answer = await http(instance!, (await admin.getToken())!, 'POST', '/crm/commissions/statements', { rep: rita['id'], period_start: iso(new Date(end.getTime() - 120 * 86_400_000)), period_end: iso(end) });
		expect(answer.status, JSON.stringify(answer.json)).toBe(201);
		statement = answer.json.data;
		expect(statement['lines'].length).toBeGreaterThan(0);
	}, 120_000);

	afterAll(async () => {
		await session?.close();
	});

	test('the rep reads every line with its customer, rate and explanation, and totals that add up; no Approve', async () => {
		const { page } = session;
		await loginToStudio(page, instance!, 'rita.rep@example.com', instance!.demoPassword);
		await page.goto(`${instance!.url}/admin/content/crm_commission_statements/${statement['id']}`);
		const view = page.locator('[data-test="crm-commission-statement"]');
		const lines = view.locator('[data-test="crm-commission-line"]');
		await lines.first().waitFor({ timeout: 60_000 });
		expect(await lines.count()).toBe(statement['lines'].length);
		expect(await view.locator('[data-test="crm-commission-rep"]').innerText()).toBe(statement['rep']['name']);
		expect(await view.locator('[data-test="crm-commission-status"]').innerText()).toContain('Draft');
		const first = await lines.first().locator('td').allInnerTexts();
		expect(first[0]).toContain(statement['lines'][0]['document_number']);
		expect(first[1]).not.toBe('–');
		expect(first[4]).toMatch(/^\d+(\.\d+)? %( – \d+(\.\d+)? %)?$/);
		expect(first[5]).toMatch(MONEY);
		expect(await view.innerText()).toContain(statement['lines'][0]['explanation']);
		const total = async (key: string) => (await view.locator(`[data-test="crm-commission-total-${key}"] dd`).innerText()).trim();
		const cents = (text: string) => Math.round(Number(text.replace(/[^\d.−]/g, '').replace('−', '-')) * 100);
		for (const key of ['earned', 'clawed_back', 'capped', 'payable']) expect(await total(key)).toMatch(MONEY);
		// Earned − clawed back − above the cap = payable (the two are shown with their minus sign), and the payable is the statement's.
		expect(cents(await total('earned')) + cents(await total('clawed_back')) + cents(await total('capped'))).toBe(cents(await total('payable')));
		expect(cents(await total('payable'))).toBe(Number(statement['commission']));
		expect(await view.locator('[data-test="crm-commission-approve"]').count()).toBe(0);
		readsAsPeople(await view.innerText());
		// No column is cut: the table fits its box or scrolls inside it, never past the form.
		const fits = await view.locator('.table-wrap').evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
		expect(fits).toBe(true);
		await view.scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(ARTIFACTS, 'commission-statement-rep.png'), fullPage: true });
	});

	test('the rep\'s manager approves it; it then shows locked, by whom, without the button', async () => {
		const { page } = session;
		await page.context().clearCookies();
		await loginToStudio(page, instance!, managerEmail, instance!.demoPassword);
		await page.goto(`${instance!.url}/admin/content/crm_commission_statements/${statement['id']}`);
		const view = page.locator('[data-test="crm-commission-statement"]');
		const approve = view.locator('[data-test="crm-commission-approve"]');
		await approve.waitFor({ timeout: 60_000 });
		await page.screenshot({ path: join(ARTIFACTS, 'commission-statement-manager.png'), fullPage: true });
		const approved = page.waitForResponse((r) => r.url().includes(`/crm/commissions/statements/${statement['id']}/approve`), { timeout: 60_000 });
		await approve.click();
		expect((await approved).status()).toBe(200);
		await page.waitForFunction(() => document.querySelector('[data-test="crm-commission-status"]')?.textContent?.includes('locked'), undefined, { timeout: 60_000 });
		expect(await view.locator('[data-test="crm-commission-status"]').innerText()).toMatch(/^Approved · locked by .+ on \d{4}-\d{2}-\d{2}$/);
		expect(await approve.count()).toBe(0);
		readsAsPeople(await view.innerText());
		await page.screenshot({ path: join(ARTIFACTS, 'commission-statement-approved.png'), fullPage: true });
	});

	test('the Sales management dashboard shows the manager\'s reps\' commissions of last month and this month', async () => {
		const { page } = session;
		const dashboard = DASHBOARDS.find((d) => d.name === 'Sales management')!;
		await page.goto(`${instance!.url}/admin/insights/${dashboard.id}`);
		const section = page.locator('[data-test="sales-commissions"]');
		await section.locator('[data-test="sales-commission-row"]').first().waitFor({ timeout: 60_000 });
		const rita = section.locator('[data-test="sales-commission-row"]', { hasText: statement['rep']['name'] });
		// The demo computed every rep's statement of last month.
		expect(await rita.locator('td').first().innerText()).toMatch(/−?\d{1,3}(,\d{3})*\.\d{2} EUR (draft|approved)/);
		readsAsPeople(await section.innerText());
		await section.scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(ARTIFACTS, 'commission-totals-dashboard.png'), fullPage: false });
	});
});

import { join } from 'node:path';
import { createItem, readItem, readItems } from '@directus/sdk';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ARTIFACTS, type BrowserSession, loginToStudio, openBrowser } from '../support/browser.ts';
import { loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;

/** The board's cards move by SortableJS, which follows the pointer: press, move in steps, release. */
async function dragWithMouse(page: Page, from: Locator, to: Locator): Promise<void> {
	const a = (await from.boundingBox())!;
	const b = (await to.boundingBox())!;
	await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
	await page.mouse.down();
	await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 10, { steps: 5 });
	await page.mouse.move(b.x + b.width / 2, b.y + 40, { steps: 25 });
	await page.mouse.up();
}
const [instance] = inject('instances');

describe('the sales pipeline board in the Studio', () => {
	let session: BrowserSession;

	beforeAll(async () => {
		session = await openBrowser();
	});

	afterAll(async () => {
		await session?.close();
	});

	test('a rep opens the pipeline as a board of stages in order, each card with its amount, probability and closing day, and a card dropped on Won stays where it was', async () => {
		const admin = await loginAsAdmin(instance!);
		// A demo deal that went through the pipeline (the test above opens one straight in Negotiate).
		const rita = ((await admin.request(readItems('crm_sales_reps', { filter: { email: { _eq: 'rita.rep@example.com' } } }))) as Row[])[0]!;
		const stages = Object.fromEntries(((await admin.request(readItems('crm_pipeline_stages', { limit: -1 }))) as Row[]).map((s) => [s['code'], s]));
		const customer = (await admin.request(createItem('crm_customers', { name: `Board customer ${Date.now()}`, currency: 'EUR', status: 'active', owner: rita['id'] }))) as Row;
		const name = `Board deal ${Date.now()}`;
		const deal = (await admin.request(createItem('crm_opportunities', { name, customer: customer['id'], amount: 4_250_000, currency: 'EUR', expected_close: '2027-03-31', stage: stages['NEGOTIATE']!['id'], next_step: 'Sign', next_step_due: '2027-03-01' }))) as Row;
		const { page } = session;

		await loginToStudio(page, instance!, 'rita.rep@example.com', instance!.demoPassword);
		await page.goto(`${instance!.url}/admin/content/crm_opportunities`);
		const card = page.locator('.kanban .item', { hasText: name });
		await card.waitFor({ timeout: 60_000 });
		const titles = await page.locator('.kanban .group .header .title-content').allInnerTexts();
		expect(titles.map((t) => t.trim())).toEqual(['Qualify', 'Develop', 'Propose', 'Negotiate', 'Won', 'Lost']);
		expect(await card.innerText()).toContain('42,500.00 EUR · 80 %');
		expect(await card.innerText()).toContain('March 31st, 2027');
		await card.scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(ARTIFACTS, 'pipeline-board.png'), fullPage: false });
		expect(await page.locator('body').innerText()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);

		// Dropping the card on "Won" is refused (a deal is won by its confirmed order) and the deal stays where it was.
		const wonColumn = page.locator('.kanban .group', { has: page.locator('.header .title-content', { hasText: /^\s*Won\s*$/ }) }).locator('.items');
		const moved = page.waitForResponse((r) => r.url().includes(`/items/crm_opportunities/${deal['id']}`) && r.request().method() === 'PATCH', { timeout: 60_000 });
		await dragWithMouse(page, card, wonColumn);
		expect((await moved).status()).toBe(409);
		await page.screenshot({ path: join(ARTIFACTS, 'pipeline-board-won-refused.png'), fullPage: false });
		expect(((await admin.request(readItem('crm_opportunities', deal['id'], { fields: ['stage'] }))) as Row)['stage']).toBe(stages['NEGOTIATE']!['id']);
	});

	test('a rep opens a deal: the time in each stage, no ids; "Make a proposal" opens its draft proposal', async () => {
		const admin = await loginAsAdmin(instance!);
		const rita = ((await admin.request(readItems('crm_sales_reps', { filter: { email: { _eq: 'rita.rep@example.com' } } }))) as Row[])[0]!;
		const deal = ((await admin.request(readItems('crm_opportunities', { filter: { owner: { _eq: rita['id'] }, status: { _eq: 'open' }, quote: { _null: true }, stage_history: { _some: { stage: { code: { _eq: 'QUALIFY' } } } } }, limit: 1, fields: ['id', 'name', 'customer'] }))) as Row[])[0]!;
		const { page } = session;
		await page.context().clearCookies();
		await loginToStudio(page, instance!, 'rita.rep@example.com', instance!.demoPassword);
		await page.goto(`${instance!.url}/admin/content/crm_opportunities/${deal['id']}`);
		const stages = page.locator('[data-test="crm-opportunity-stages"]');
		await stages.waitFor({ timeout: 60_000 });
		expect(await stages.innerText()).toMatch(/Qualify[\s\S]*(day|h|hour)/);
		expect(await stages.innerText()).toContain('so far');
		await page.screenshot({ path: join(ARTIFACTS, 'pipeline-deal.png'), fullPage: true });
		const text = await page.locator('main').innerText();
		expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/);
		expect(await page.locator('body').innerText()).not.toMatch(/Forbidden|permission/i);

		await page.click('[data-test="crm-opportunity-make-proposal"]');
		await page.waitForURL(/\/admin\/content\/crm_quotes\/[0-9a-f-]{36}/, { timeout: 60_000 });
		const quoteId = page.url().split('/').pop()!;
		const quote = (await admin.request(readItem('crm_quotes', quoteId, { fields: ['opportunity', 'customer', 'status'] }))) as Row;
		expect(quote).toEqual({ opportunity: deal['id'], customer: deal['customer'], status: 'draft' });
		await page.screenshot({ path: join(ARTIFACTS, 'pipeline-deal-proposal.png'), fullPage: false });
	});
});

import { join } from 'node:path';
import { createItem, readItem } from '@directus/sdk';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { describeMatchCount } from '../../packages/crm-studio/src/index.ts';
import { ARTIFACTS, type BrowserSession, loginToStudio, openBrowser } from '../support/browser.ts';
import { http, loginAsAdmin } from '../support/clients.ts';

const [instance] = inject('instances');
const statusRule = { match: 'all', conditions: [{ kind: 'attribute', attribute: 'status', values: ['active', 'key'] }] };
const lapsedRule = { match: 'all', conditions: [...statusRule.conditions, { kind: 'no_order_for', days: 180 }] };

describe('the segment editor in the Studio', () => {
	let session: BrowserSession;

	beforeAll(async () => {
		session = await openBrowser();
	});

	afterAll(async () => {
		await session?.close();
	});

	test('a marketer builds a rule from lists, sees the live count, and saves it', async () => {
		const admin = await loginAsAdmin(instance!);
		const token = (await admin.getToken())!;
		const count = async (rule: unknown) => (await http(instance!, token, 'POST', '/crm/segments/preview', { applies_to: 'customers', rule })).json.data.count as number;
		const segment = (await admin.request(createItem('crm_market_segments', { code: `B-${Date.now()}`, name: 'Lapsed active accounts', applies_to: 'customers', definition: 'rule', rule: statusRule }))) as { id: string };
		const { page } = session;

		await loginToStudio(page, instance!, 'marketing@example.com', instance!.demoPassword);
		await page.goto(`${instance!.url}/admin/content/crm_market_segments/${segment.id}`);
		const shown = page.locator('[data-test="crm-segment-rule-count"]');
		await shown.waitFor({ timeout: 60_000 });
		const expectedCount = describeMatchCount(await count(statusRule), 'customers');
		await expect.poll(() => shown.innerText(), { timeout: 60_000 }).toBe(expectedCount);
		await page.locator('[data-test="crm-segment-rule"]').scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(ARTIFACTS, 'segment-editor-opened.png'), fullPage: true });
		await expect.poll(() => page.locator('[data-test="crm-segment-rule-condition"] input').first().inputValue()).toBe('Active, Key account');

		await page.click('[data-test="crm-segment-rule-add"]');
		await page.locator('.v-list-item:has-text("No order for a while")').click();
		const expected = describeMatchCount(await count(lapsedRule), 'customers');
		await page.waitForFunction((text) => document.querySelector('[data-test="crm-segment-rule-count"]')?.textContent === text, expected, { timeout: 60_000 });
		await page.locator('[data-test="crm-segment-rule"]').scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(ARTIFACTS, 'segment-editor.png'), fullPage: true });
		expect(await page.locator('body').innerText()).not.toMatch(/"kind"|"conditions"/);

		const saved = page.waitForResponse((r) => r.url().includes(`/items/crm_market_segments/${segment.id}`) && r.request().method() === 'PATCH', { timeout: 60_000 });
		await page.keyboard.press('Control+s');
		expect((await saved).status()).toBe(200);
		const stored = (await admin.request(readItem('crm_market_segments', segment.id, { fields: ['rule'] }))) as { rule: unknown };
		expect(stored.rule).toEqual({ match: 'all', conditions: [statusRule.conditions[0], { kind: 'no_order_for', days: 180 }] });

		// Saved (and still on the page): the marketer applies the rule at once instead of waiting for the schedule.
		await page.click('[data-test="crm-segment-rule-refresh"]');
		const note = page.locator('[data-test="crm-segment-rule-refresh-note"]');
		await note.waitFor({ timeout: 60_000 });
		expect(await note.innerText()).toContain(`${expected} now`);
		await page.screenshot({ path: join(ARTIFACTS, 'segment-refreshed.png'), fullPage: true });
	});
});

import { join } from 'node:path';
import { createItem, readItems } from '@directus/sdk';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { DASHBOARDS } from '../../scripts/access/define-access.ts';
import { ARTIFACTS, type BrowserSession, loginToStudio, openBrowser } from '../support/browser.ts';
import { http, loginAs, loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;
const [instance] = inject('instances');
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const dashboard = DASHBOARDS.find((d) => d.name === 'Sales management')!;

describe('visit plans and activity targets (S6.2) in the Studio', () => {
	let session: BrowserSession;

	beforeAll(async () => {
		session = await openBrowser();
	});

	afterAll(async () => {
		await session?.close();
	});

	test('a manager sees the week\'s calls, visits and proposals against target per rep and team as bars', async () => {
		const { page } = session;
		const mona = await loginAs(instance!, 'manager@example.com');
		const expected = (await http(instance!, (await mona.getToken())!, 'GET', '/crm/activity-targets')).json.data;
		expect(expected.reps.length).toBeGreaterThan(0);
		await loginToStudio(page, instance!, 'manager@example.com', instance!.demoPassword);
		await page.goto(`${instance!.url}/admin/insights/${dashboard.id}`);
		const panel = page.locator('[data-test="activity-targets"]');
		await panel.locator('[data-test="activity-rep-row"]').first().waitFor({ timeout: 60_000 });
		expect(await panel.locator('[data-test="activity-rep-row"]').count()).toBe(expected.reps.length);
		expect(await panel.locator('[data-test="activity-team-row"]').count()).toBe(expected.teams.length);
		const first = expected.reps[0];
		const row = panel.locator('[data-test="activity-rep-row"]').first();
		expect(await row.innerText()).toContain(first.name);
		expect(await row.locator('[data-test="activity-calls"]').innerText()).toBe(first.calls.target === null ? `${first.calls.actual} (no target)` : `${first.calls.actual} of ${first.calls.target} (${Math.floor(first.calls.attainment_bp / 100)} %)`);
		expect(await panel.locator('[data-test="activity-week"]').innerText()).toMatch(/^Week \d{2} · \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}$/);
		const text = await panel.innerText();
		expect(text).not.toMatch(UUID);
		expect(text).not.toMatch(/undefined|NaN|null/);
		await panel.scrollIntoViewIfNeeded();
		await panel.screenshot({ path: join(ARTIFACTS, 'activity-targets.png') });
		// The previous week answers too.
		const previous = page.waitForResponse((r) => r.url().includes('/crm/activity-targets') && r.status() === 200, { timeout: 60_000 });
		await panel.locator('[data-test="activity-previous"]').click();
		await previous;
	});

	test('a rep opens a visit plan: stops in order with distances, "Order by distance" stores the shortest route', async () => {
		const admin = await loginAsAdmin(instance!);
		const rita = ((await admin.request(readItems('crm_sales_reps', { filter: { email: { _eq: 'rita.rep@example.com' } } }))) as Row[])[0]!;
		const located = (await admin.request(readItems('crm_customers', { filter: { owner: { _eq: rita['id'] }, latitude_e6: { _nnull: true } }, sort: ['name'], limit: 4, fields: ['id', 'name'] }))) as Row[];
		expect(located.length).toBeGreaterThan(1);
		const day = `2031-0${1 + Math.floor(Math.random() * 9)}-${10 + Math.floor(Math.random() * 18)}`;
		const plan = (await admin.request(createItem('crm_visit_plans', { rep: rita['id'], day, status: 'planned', stops: located.map((c, i) => ({ customer: c['id'], sort: located.length - i })) }))) as Row;
		const { page } = session;
		await page.context().clearCookies();
		await loginToStudio(page, instance!, 'rita.rep@example.com', instance!.demoPassword);
		await page.goto(`${instance!.url}/admin/content/crm_visit_plans/${plan['id']}`);
		const route = page.locator('[data-test="crm-visit-route"]');
		await route.locator('[data-test="crm-visit-route-stop"]').first().waitFor({ timeout: 60_000 });
		expect(await route.locator('[data-test="crm-visit-route-stop"]').count()).toBe(located.length);
		expect(await route.locator('[data-test="crm-visit-route-total"]').innerText()).toBe('Not ordered yet');
		const ordered = page.waitForResponse((r) => r.url().includes(`/crm/visit-plans/${plan['id']}/order`), { timeout: 60_000 });
		await route.locator('[data-test="crm-visit-route-order"]').click();
		const answer = (await (await ordered).json()).data;
		await route.locator('[data-test="crm-visit-route-explanation"]').waitFor({ timeout: 60_000 });
		await page.waitForFunction(() => document.querySelector('[data-test="crm-visit-route-total"]')?.textContent?.startsWith('Total'), null, { timeout: 60_000 });
		expect(await route.locator('[data-test="crm-visit-route-explanation"]').innerText()).toBe(answer.explanation);
		expect(await route.locator('[data-test="crm-visit-route-total"]').innerText()).toMatch(/^Total [\d,]+(\.\d)? k?m \(straight line\)$/);
		const names = await route.locator('[data-test="crm-visit-route-stop"] .name').allInnerTexts();
		expect(names.map((n) => n.split(' · ')[0])).toEqual(answer.after.stops.map((s: Row) => s.customer.name));
		const legs = await route.locator('[data-test="crm-visit-route-leg"]').allInnerTexts();
		for (const leg of legs) expect(leg).toMatch(/^↓ [\d,]+(\.\d)? k?m$|^no coordinates$/);
		const text = await page.locator('main').innerText();
		expect(text).not.toMatch(UUID);
		expect(await page.locator('body').innerText()).not.toMatch(/Forbidden/);
		await route.scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(ARTIFACTS, 'visit-plan-route.png'), fullPage: false });
	});

	test('a rep sees a customer\'s place in degrees and types one with at most 6 decimals; the field stores millionths', async () => {
		const admin = await loginAsAdmin(instance!);
		const rita = ((await admin.request(readItems('crm_sales_reps', { filter: { email: { _eq: 'rita.rep@example.com' } } }))) as Row[])[0]!;
		const customer = (await admin.request(createItem('crm_customers', { name: `Munich place ${Date.now()}`, status: 'active', owner: rita['id'], latitude_e6: 48137154, longitude_e6: 11576124 }))) as Row;
		const { page } = session;
		await page.context().clearCookies();
		await loginToStudio(page, instance!, 'rita.rep@example.com', instance!.demoPassword);
		await page.goto(`${instance!.url}/admin/content/crm_customers/${customer['id']}`);
		const latitude = page.locator('[data-test="crm-quantity"][data-field="latitude_e6"]');
		await latitude.waitFor({ timeout: 60_000 });
		await expect.poll(() => latitude.locator('input').inputValue(), { timeout: 60_000 }).toBe('48.137154');
		expect((await latitude.innerText()).trim()).toContain('°');
		await latitude.locator('input').fill('48.1371545');
		await expect.poll(() => latitude.locator('[data-test="crm-scaled-error"]').innerText()).toBe('Type degrees with at most 6 decimals.');
		await latitude.locator('input').fill('48.5');
		expect(await latitude.locator('[data-test="crm-scaled-error"]').count()).toBe(0);
		await latitude.scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(ARTIFACTS, 'customer-coordinates.png'), fullPage: false });
		const saved = page.waitForResponse((r) => r.url().includes(`/items/crm_customers/${customer['id']}`) && r.request().method() === 'PATCH', { timeout: 60_000 });
		await page.keyboard.press('Control+s');
		expect((await saved).status()).toBe(200);
		const stored = (await admin.request(readItems('crm_customers', { filter: { id: { _eq: customer['id'] } }, fields: ['latitude_e6', 'longitude_e6'] })))[0] as Row;
		expect([stored['latitude_e6'], stored['longitude_e6']]).toEqual([48500000, 11576124]);
	});
});

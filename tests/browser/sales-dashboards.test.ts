import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { localDay } from '../../packages/crm-studio/src/local-day.ts';
import { periodRange } from '../../packages/crm-studio/src/sales-period.ts';
import { DASHBOARDS } from '../../scripts/access/define-access.ts';
import { ARTIFACTS, type BrowserSession, loginToStudio, openBrowser } from '../support/browser.ts';
import { boxesOf } from '../support/chart-boxes.ts';
import { http, loginAs, loginAsAdmin } from '../support/clients.ts';

const [instance] = inject('instances');

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
/** An amount as the Studio shows it: "12,345.67 EUR". */
const MONEY = /-?\d{1,3}(,\d{3})*\.\d{2} EUR/;
const salesDashboard = DASHBOARDS.find((d) => d.name === 'Sales overview')!;
const repsDashboard = DASHBOARDS.find((d) => d.name === 'Rep leaderboard')!;

/** No raw minor units or basis points, no ids, nothing undefined: every long number is an amount with its currency (or an order's number). */
function readsAsPeople(text: string): void {
	expect(text).not.toMatch(UUID);
	expect(text).not.toMatch(/undefined|NaN|null/);
	expect(text.replace(new RegExp(MONEY, 'g'), '').replace(/SO-\d{4}-\d{6}/g, '')).not.toMatch(/\d{5,}/);
}

describe('the Sales overview and Rep leaderboard dashboards in Insights', () => {
	let session: BrowserSession;
	const { from, to } = periodRange('thisYear', localDay());

	beforeAll(async () => {
		session = await openBrowser();
	});

	afterAll(async () => {
		await session?.close();
	});

	test('an administrator sees revenue and margin by month against last year, the groups, the orders behind a figure and the movers', async () => {
		const { page } = session;
		await loginToStudio(page, instance!, instance!.adminEmail, instance!.adminPassword);
		const token = (await (await loginAsAdmin(instance!)).getToken())!;
		const expected = (await http(instance!, token, 'GET', `/crm/analytics/sales?${new URLSearchParams({ by: 'product_group', from, to, compare: 'last_year' })}`)).json.data;
		expect(expected.totals.orders).toBeGreaterThan(0);

		await page.goto(`${instance!.url}/admin/insights/${salesDashboard.id}`);
		const overview = page.locator('[data-test="sales-overview"]');
		await overview.locator('[data-test="sales-month-chart"] svg.apexcharts-svg').waitFor({ timeout: 60_000 });
		await overview.locator('[data-test="sales-breakdown-table"]').waitFor({ timeout: 60_000 });
		await page.waitForLoadState('networkidle');
		// The totals are the API's, as amounts.
		expect(await overview.locator('[data-test="sales-total-revenue"]').innerText()).toContain(new Intl.NumberFormat('en-US', { minimumFractionDigits: 2 }).format(expected.totals.revenue / 100));
		expect(await overview.locator('[data-test="sales-months"]').innerText()).toContain('Against the same days last year');
		// A column per month for this year and last, a line each for the margins.
		expect(await overview.locator('[data-test="sales-month-chart"] .apexcharts-legend').innerText()).toMatch(/Revenue[\s\S]*Revenue, compared[\s\S]*Margin[\s\S]*Margin, compared/);
		readsAsPeople(await overview.locator('[data-test="sales-breakdown"]').innerText());
		const [panel] = await boxesOf(overview);
		const [svg] = await boxesOf(overview.locator('[data-test="sales-month-chart"] svg.apexcharts-svg'));
		expect(svg!.right).toBeLessThanOrEqual(panel!.right + 0.5);
		await page.screenshot({ path: join(ARTIFACTS, 'sales-overview.png'), fullPage: true });
		await overview.screenshot({ path: join(ARTIFACTS, 'sales-overview-panel.png') });

		// The largest product group's orders: numbers that open the order in the Studio.
		const top = expected.rows.find((r: Record<string, unknown>) => r['key'] !== null);
		await overview.locator(`[data-test="sales-drill-${top.key}"]`).click();
		const orders = overview.locator('[data-test="sales-orders"]');
		await orders.locator('a').first().waitFor({ timeout: 60_000 });
		await expect.poll(() => orders.innerText()).toMatch(MONEY);
		expect(await orders.locator('a').first().getAttribute('href')).toMatch(/^\/admin\/content\/crm_orders\/[0-9a-f-]{36}$/);
		readsAsPeople(await orders.innerText());
		await orders.scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(ARTIFACTS, 'sales-overview-orders.png') });

		// Regions, then the movers by product.
		await overview.locator('[data-test="sales-by-region"]').click();
		await expect.poll(() => overview.locator('[data-test="sales-by-region"]').getAttribute('aria-selected')).toBe('true');
		await overview.locator('[data-test="sales-breakdown-table"]').waitFor({ timeout: 60_000 });
		readsAsPeople(await overview.locator('[data-test="sales-breakdown"]').innerText());
		const movers = overview.locator('[data-test="sales-movers"]');
		await movers.locator('[data-test="sales-movers-gains"], [data-test="sales-movers-error"]').first().waitFor({ timeout: 60_000 });
		expect(await movers.locator('[data-test="sales-movers-error"]').count()).toBe(0);
		readsAsPeople(await movers.innerText());
		await movers.scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(ARTIFACTS, 'sales-overview-regions-movers.png') });

		// The table as a CSV file.
		const [download] = await Promise.all([page.waitForEvent('download'), overview.locator('[data-test="sales-breakdown-csv"]').click()]);
		expect(download.suggestedFilename()).toBe(`sales-by-region-${from}-${to}.csv`);
		expect(readFileSync((await download.path())!, 'utf8')).toMatch(/^name,revenue,cost,margin,margin_pct,orders,customers,avg_order,previous_revenue,/);
	});

	test('the leaderboard: an administrator sees every rep, Rita herself only', async () => {
		const { page } = session;
		await page.goto(`${instance!.url}/admin/insights/${repsDashboard.id}`);
		const board = page.locator('[data-test="rep-leaderboard"]');
		await board.locator('[data-test="rep-leaderboard-chart"] svg.apexcharts-svg').waitFor({ timeout: 60_000 });
		const adminRows = await board.locator('[data-test="rep-leaderboard-table"] tbody tr').count();
		expect(adminRows).toBeGreaterThan(1);
		readsAsPeople(await board.innerText());
		expect(await board.locator('[data-test="rep-leaderboard-table"]').evaluate((el) => el.parentElement!.scrollWidth - el.parentElement!.clientWidth)).toBeLessThanOrEqual(0);
		await page.screenshot({ path: join(ARTIFACTS, 'rep-leaderboard.png'), fullPage: true });

		const rita = await loginAs(instance!, 'rita.rep@example.com');
		const mine = (await http(instance!, (await rita.getToken())!, 'GET', `/crm/analytics/reps?${new URLSearchParams({ from, to, compare: 'last_year' })}`)).json.data.rows;
		await page.context().clearCookies();
		await loginToStudio(page, instance!, 'rita.rep@example.com', instance!.demoPassword);
		const refused: string[] = [];
		page.on('response', (r) => void (r.status() === 403 && r.url().includes('/crm/') && refused.push(r.url())));
		await page.goto(`${instance!.url}/admin/insights/${repsDashboard.id}`);
		await board.locator('[data-test="rep-leaderboard-table"], [data-test="rep-leaderboard-empty"]').first().waitFor({ timeout: 60_000 });
		const names = await board.locator('[data-test="rep-leaderboard-table"] tbody th').allInnerTexts();
		expect(names).toEqual(mine.map((r: Record<string, unknown>) => r['name']));
		expect(names).toContain('Rita Rep');
		expect(names.length).toBeLessThan(adminRows);
		expect(refused).toEqual([]);
		readsAsPeople(await board.innerText());
		await page.screenshot({ path: join(ARTIFACTS, 'rep-leaderboard-rita.png'), fullPage: true });
	});
});

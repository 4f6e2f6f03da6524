import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { normalizeRows, periodRange } from '../../extensions/panels/crm-customer-profitability/src/profitability-period.ts';
import { fromProfitabilityResponse } from '../../extensions/panels/crm-customer-profitability/src/profitability-view.ts';
import { localDay } from '../../packages/crm-studio/src/local-day.ts';
import { DASHBOARDS } from '../../scripts/access/define-access.ts';
import { ARTIFACTS, type BrowserSession, loginToStudio, openBrowser } from '../support/browser.ts';
import { boxesOf } from '../support/chart-boxes.ts';
import { http, loginAsAdmin } from '../support/clients.ts';

const [instance] = inject('instances');

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
/** An amount as the Studio shows it: "12,345.67 EUR". */
const MONEY = /-?\d{1,3}(,\d{3})*\.\d{2} EUR/;
const PANEL = '[data-test="customer-profitability"]';
const LOADED = '[data-test="profitability-whale-chart"] svg.apexcharts-svg, [data-test="profitability-empty"], [data-test="profitability-error"]';
const dashboard = DASHBOARDS.find((d) => d.name === 'Customer profitability')!;

describe('the Customer profitability dashboard in Insights', () => {
	let session: BrowserSession;

	beforeAll(async () => {
		session = await openBrowser();
		await loginToStudio(session.page, instance!, instance!.adminEmail, instance!.adminPassword);
	});

	afterAll(async () => {
		await session?.close();
	});

	test('draws the whale curve of the demo customers, the drivers of loss and both ends of the P&L table, in amounts and names', async () => {
		expect(dashboard, 'scripts/access/define-access.ts has a "Customer profitability" dashboard').toBeDefined();
		const options = dashboard.panels[0]!.options;
		const range = periodRange(options['period'], localDay());
		const token = (await (await loginAsAdmin(instance!)).getToken())!;
		const answer = await http(instance!, token, 'GET', `/crm/profitability?${new URLSearchParams({ ...range, limit: String(normalizeRows(options['rows'])) })}`);
		expect(answer.status, JSON.stringify(answer.json)).toBe(200);
		const expected = fromProfitabilityResponse(answer.json)!;
		// The demo data has customers that make money and customers that lose it.
		expect([expected.customers > 10, expected.whale.profitable > 0, expected.whale.unprofitable > 0], `${expected.customers} customers, ${expected.whale.profitable} profitable, ${expected.whale.unprofitable} not`).toEqual([true, true, true]);

		const { page } = session;
		const refused: string[] = [];
		page.on('response', (r) => void (r.status() === 403 && refused.push(r.url())));
		await page.goto(`${instance!.url}/admin/insights/${dashboard.id}`);
		const panel = page.locator(PANEL);
		await panel.locator(LOADED).first().waitFor({ timeout: 60_000 });
		await page.waitForLoadState('networkidle');
		await page.screenshot({ path: join(ARTIFACTS, 'profitability-dashboard.png'), fullPage: true });
		expect(refused).toEqual([]);
		expect(await panel.locator('[data-test="profitability-error"]').count(), await panel.innerText()).toBe(0);

		// The curve: an area from the first to the last customer, the peak marked.
		const chart = panel.locator('[data-test="profitability-whale-chart"]');
		expect(await chart.locator('.apexcharts-area-series path').count()).toBeGreaterThan(0);
		expect(await chart.locator('.apexcharts-point-annotations text').allTextContents()).toEqual(expect.arrayContaining(['Peak', 'All customers']));
		expect(await panel.locator('[data-test="profitability-peak"]').innerText()).toMatch(/^The [\d,]+ customers who make money \([\d.]+ % of all\) earn [\d,.]+ EUR/);

		const top = panel.locator('[data-test="profitability-top"] tbody tr');
		const bottom = panel.locator('[data-test="profitability-bottom"] tbody tr');
		expect([await top.count(), await bottom.count()]).toEqual([expected.top.length, expected.bottom.length]);
		expect(await top.first().locator('.customer').innerText()).toBe(expected.top[0]!.name);
		const loser = expected.bottom[0]!;
		expect([loser.profit < 0, await bottom.first().locator('.driver').innerText()]).toEqual([true, `loses money on ${loser.driver!.label.toLowerCase()}`]);
		// Every column readable without scrolling sideways.
		for (const table of await panel.locator('.table-box').all()) expect(await table.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
		expect(await panel.locator('[data-test="profitability-drivers"] tbody tr').count()).toBe(expected.drivers.length);

		const text = await panel.innerText();
		expect(text).toMatch(MONEY);
		expect(text).not.toMatch(UUID);
		expect(text).not.toMatch(/undefined|NaN|null/);
		// No raw minor units: every long number is an amount with its currency.
		expect(text.replace(new RegExp(MONEY, 'g'), '')).not.toMatch(/\d{6,}/);
		// Nothing drawn past the panel's edge.
		const [box] = await boxesOf(panel);
		const [svg] = await boxesOf(chart.locator('svg.apexcharts-svg'));
		expect(svg!.right).toBeLessThanOrEqual(box!.right + 0.5);

		await panel.screenshot({ path: join(ARTIFACTS, 'profitability-dashboard-panel.png') });
		await panel.evaluate((el) => el.scrollTo(0, el.scrollHeight));
		await panel.screenshot({ path: join(ARTIFACTS, 'profitability-dashboard-tables.png') });

		// The tooltip tells how many customers the point counts and their profit.
		await panel.evaluate((el) => el.scrollTo(0, 0));
		const plot = chart.locator('.apexcharts-grid');
		const [grid] = await boxesOf(plot);
		await plot.hover({ force: true, position: { x: (grid!.right - grid!.left) * 0.3, y: (grid!.bottom - grid!.top) / 2 } });
		await expect.poll(() => chart.locator('.apexcharts-tooltip').innerText(), { timeout: 5_000 }).toMatch(/Top [\d,]+ customers \([\d.]+ %\)[\s\S]*EUR/);
		await page.screenshot({ path: join(ARTIFACTS, 'profitability-dashboard-tooltip.png') });
	});
});

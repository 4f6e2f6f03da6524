import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { periodRange } from '../../extensions/panels/crm-marketing-insights/src/marketing-period.ts';
import { fromAttributionResponse, roiMatrix } from '../../extensions/panels/crm-marketing-insights/src/roi-matrix.ts';
import { ATTRIBUTION_MODELS } from '../../packages/crm-core/src/index.ts';
import { localDay } from '../../packages/crm-studio/src/local-day.ts';
import { DASHBOARDS } from '../../scripts/access/define-access.ts';
import { ARTIFACTS, type BrowserSession, loginToStudio, openBrowser } from '../support/browser.ts';
import { boxesOf, overlappingPairs } from '../support/chart-boxes.ts';
import { http, loginAsAdmin } from '../support/clients.ts';

const [instance] = inject('instances');

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
/** An amount as the Studio shows it: "12,345.67 EUR". */
const MONEY = /-?\d{1,3}(,\d{3})*\.\d{2} EUR/;
const marketingDashboard = DASHBOARDS.find((d) => d.name === 'Marketing')!;

describe('the Marketing dashboard in Insights', () => {
	let session: BrowserSession;

	beforeAll(async () => {
		session = await openBrowser();
		await loginToStudio(session.page, instance!, 'marketing@example.com', instance!.demoPassword);
	});

	afterAll(async () => {
		await session?.close();
	});

	test('a marketer sees the return on spend of the demo campaigns, a bar per attribution model, named by code and name', async () => {
		const token = (await (await loginAsAdmin(instance!)).getToken())!;
		// The dashboard's own period (scripts/access/define-access.ts): the last 365 days.
		const { from, to } = periodRange(marketingDashboard.panels[0]!.options['period'], localDay());
		const answers = await Promise.all(ATTRIBUTION_MODELS.map(async (model) => fromAttributionResponse((await http(instance!, token, 'GET', `/crm/campaigns/attribution?${new URLSearchParams({ model, from, to })}`)).json, model)!));
		const expected = roiMatrix(answers);
		expect(expected.campaigns.map((c) => c.label)).toEqual(expect.arrayContaining(['SAFETY-WEEKS', expect.stringMatching(/^SPRING-\d{4}$/)]));

		const { page } = session;
		const refused: string[] = [];
		page.on('response', (r) => void (r.status() === 403 && refused.push(r.url())));
		await page.goto(`${instance!.url}/admin/insights/${marketingDashboard.id}`);
		const chart = page.locator('[data-test="marketing-roi-chart"]');
		await chart.locator('svg.apexcharts-svg').waitFor({ timeout: 60_000 });
		await page.waitForLoadState('networkidle');
		// The dashboard and everything its panel reads are the marketer's to read.
		expect(refused).toEqual([]);

		// A group per campaign, its code on the axis with its name below; five models in the legend.
		const groups = await chart.locator('.apexcharts-xaxis-label').evaluateAll((labels) => labels.map((l) => [...l.querySelectorAll('tspan')].map((t) => t.textContent ?? '')));
		expect(groups.map((lines) => lines[0])).toEqual(expected.campaigns.map((c) => c.label));
		expect(await chart.locator('.apexcharts-legend').innerText()).toMatch(/First touch[\s\S]*Last touch[\s\S]*Linear[\s\S]*U-shaped \(40\/20\/40\)[\s\S]*Time decay/);
		// A drawn bar for every model of every campaign with spend (none without spend; an ROI of exactly 0 % has no height).
		const expectedBars = expected.series.flatMap((s) => s.data).filter((v) => v !== null && v !== 0).length;
		expect(expectedBars).toBeGreaterThanOrEqual(2 * 5 - 2);
		const bars = (await boxesOf(chart.locator('.apexcharts-bar-area'))).filter((b) => b.bottom - b.top > 0.5);
		expect(bars.length).toBe(expectedBars);
		expect(overlappingPairs(await boxesOf(chart.locator('.apexcharts-xaxis-label')))).toEqual([]);
		const text = await page.locator('[data-test="marketing-roi"]').innerText();
		expect(text).not.toMatch(UUID);
		expect(text).toContain('ROI = (attributed gross margin − spend) ÷ spend.');

		// The chart fits its panel: nothing drawn under the Studio's sidebar or past the panel's edge.
		const [panel] = await boxesOf(page.locator('[data-test="marketing-insights"]'));
		const [svg] = await boxesOf(chart.locator('svg.apexcharts-svg'));
		expect(svg!.right).toBeLessThanOrEqual(panel!.right + 0.5);

		await page.screenshot({ path: join(ARTIFACTS, 'marketing-dashboard.png'), fullPage: true });
		await page.locator('[data-test="marketing-insights"]').screenshot({ path: join(ARTIFACTS, 'marketing-dashboard-panel.png') });

		// The tooltip names the campaign and gives every model's ROI in %.
		await chart.locator('.apexcharts-bar-area').first().hover({ force: true });
		await expect.poll(() => chart.locator('.apexcharts-tooltip-title').innerText()).toContain(expected.campaigns[0]!.title);
		expect(await chart.locator('.apexcharts-tooltip').innerText()).toMatch(/Linear: -?[\d,.]+ % · margin /);
		// The tooltip fades in.
		await page.waitForTimeout(400);
		await page.screenshot({ path: join(ARTIFACTS, 'marketing-dashboard-tooltip.png') });
	});

	test('the channel part compares sales and campaign channels with the previous period, in amounts and %', async () => {
		const { page } = session;
		await page.goto(`${instance!.url}/admin/insights/${marketingDashboard.id}`);
		const channels = page.locator('[data-test="marketing-channels"]');
		await channels.locator('[data-test="marketing-channel-table"], [data-test="marketing-channels-error"], [data-test="marketing-channels-empty"]').first().waitFor({ timeout: 60_000 });
		expect(await channels.locator('[data-test="marketing-channels-error"]').count(), await channels.innerText()).toBe(0);

		await channels.locator('[data-test="marketing-sales-chart"] svg.apexcharts-svg').waitFor({ timeout: 60_000 });
		const table = channels.locator('[data-test="marketing-channel-table"]');
		const text = await table.innerText();
		expect(text).toMatch(MONEY);
		expect(text).toMatch(/\d %/);
		expect(text).toMatch(/E-mail|Visits/);
		expect(text).not.toMatch(UUID);
		// No raw minor units or basis points: every long number is an amount with its currency.
		expect(text.replace(new RegExp(MONEY, 'g'), '')).not.toMatch(/\d{5,}/);
		expect(await channels.innerText()).not.toMatch(/undefined|NaN|null/);

		// Every column readable without scrolling sideways.
		expect(await table.evaluate((el) => el.parentElement!.scrollWidth - el.parentElement!.clientWidth)).toBeLessThanOrEqual(0);

		// Another model re-reads the figures.
		await channels.locator('[data-test="marketing-model-first_touch"]').click();
		await expect.poll(() => channels.locator('[data-test="marketing-model-first_touch"]').getAttribute('aria-selected')).toBe('true');
		await table.waitFor({ timeout: 60_000 });

		await page.locator('[data-test="marketing-insights"]').evaluate((el) => el.scrollTo(0, el.scrollHeight));
		await page.screenshot({ path: join(ARTIFACTS, 'marketing-dashboard-channels.png'), fullPage: true });
		await channels.screenshot({ path: join(ARTIFACTS, 'marketing-dashboard-channels-panel.png') });
	});
});

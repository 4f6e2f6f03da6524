import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { DASHBOARDS } from '../../scripts/access/define-access.ts';
import { ARTIFACTS, type BrowserSession, loginToStudio, openBrowser } from '../support/browser.ts';
import { boxesOf } from '../support/chart-boxes.ts';
import { http, loginAs } from '../support/clients.ts';

const [instance] = inject('instances');

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
/** An amount as the Studio shows it: "12,345.67 EUR". */
const MONEY = /-?\d{1,3}(,\d{3})*\.\d{2} EUR/;
const dashboard = DASHBOARDS.find((d) => d.name === 'Sales management')!;

/** No raw minor units or basis points, no ids, nothing undefined: every long number is an amount with its currency. */
function readsAsPeople(text: string): void {
	expect(text).not.toMatch(UUID);
	expect(text).not.toMatch(/undefined|NaN|null/);
	expect(text.replace(new RegExp(MONEY, 'g'), '').replace(/\d{4}-\d{2}-\d{2}/g, '')).not.toMatch(/\d{5,}/);
}

describe('the Sales management dashboard in Insights', () => {
	let session: BrowserSession;

	beforeAll(async () => {
		session = await openBrowser();
	});

	afterAll(async () => {
		await session?.close();
	});

	test('a manager sees her team\'s plans against actual, drills into one by month, and the forecast with its accuracy', async () => {
		const { page } = session;
		const mona = await loginAs(instance!, 'manager@example.com');
		const expected = (await http(instance!, (await mona.getToken())!, 'GET', '/crm/sales-plans')).json.data.plans;
		expect(expected.length).toBeGreaterThan(0);
		await loginToStudio(page, instance!, 'manager@example.com', instance!.demoPassword);
		await page.goto(`${instance!.url}/admin/insights/${dashboard.id}`);

		const plans = page.locator('[data-test="sales-plans"]');
		await plans.locator('[data-test="sales-plan-row"]').first().waitFor({ timeout: 60_000 });
		expect(await plans.locator('[data-test="sales-plan-row"]').count()).toBe(expected.length);
		const first = plans.locator('[data-test="sales-plan-row"]').first();
		expect(await first.innerText()).toContain(expected[0].name);
		expect(await first.innerText()).toMatch(MONEY);
		expect(await plans.locator('[data-test="sales-plan-status"]').first().innerText()).toMatch(/Ahead|On track|Behind|Met|Missed|Upcoming/);
		readsAsPeople(await plans.innerText());

		await first.click();
		const months = plans.locator('[data-test="sales-plan-months"]');
		await months.locator('[data-test="sales-plan-chart"] svg.apexcharts-svg').waitFor({ timeout: 60_000 });
		expect(await months.innerText()).toContain(expected[0].explanation);
		readsAsPeople(await months.innerText());
		const [panel] = await boxesOf(plans);
		const [chart] = await boxesOf(months.locator('svg.apexcharts-svg'));
		expect(chart!.right).toBeLessThanOrEqual(panel!.right + 0.5);
		await page.screenshot({ path: join(ARTIFACTS, 'sales-plans.png'), fullPage: true });

		// The KPIs of her reps and team under the plans: win rate, average deal, cycle, coverage; conversion by stage.
		const kpis = plans.locator('[data-test="sales-kpis"]');
		await kpis.locator('[data-test="sales-kpi-row"]').first().waitFor({ timeout: 60_000 });
		expect(await kpis.locator('[data-test="sales-kpi-row"]').last().innerText()).toContain('All you can see');
		expect(await kpis.locator('[data-test="sales-kpi-conversion"]').innerText()).toMatch(/Qualify [\d.]+ %|Qualify –/);
		readsAsPeople(await kpis.innerText());
		await kpis.scrollIntoViewIfNeeded();
		await kpis.screenshot({ path: join(ARTIFACTS, 'sales-kpis.png') });

		const forecast = page.locator('[data-test="sales-forecast"]');
		await forecast.locator('[data-test="forecast-card"]').first().waitFor({ timeout: 60_000 });
		await forecast.locator('[data-test="forecast-chart"] svg.apexcharts-svg').waitFor({ timeout: 60_000 });
		expect(await forecast.locator('[data-test="forecast-card"]').count()).toBe(3);
		expect(await forecast.locator('[data-test="forecast-accuracy"]').innerText()).toMatch(/Forecasts made in the month were off by [\d.]+ % on average/);
		expect(await forecast.locator('[data-test="forecast-pipeline"]').innerText()).toContain('Negotiate');
		readsAsPeople(await forecast.innerText());
		await forecast.scrollIntoViewIfNeeded();
		await forecast.screenshot({ path: join(ARTIFACTS, 'sales-forecast.png') });

		// Her team's rep: the selector reloads the panel with his forecasts.
		const select = forecast.locator('[data-test="forecast-scope"]');
		const rita = await select.locator('option', { hasText: 'Rita Rep' }).getAttribute('value');
		await select.selectOption(rita!);
		await expect.poll(() => forecast.locator('[data-test="forecast-card"]').first().getAttribute('title')).toBeTruthy();
		await page.waitForLoadState('networkidle');
		readsAsPeople(await forecast.innerText());
		await forecast.screenshot({ path: join(ARTIFACTS, 'sales-forecast-rita.png') });
	});

	test('a rep sees only her own plans and forecast', async () => {
		const { page } = session;
		const rita = await loginAs(instance!, 'rita.rep@example.com');
		const token = (await rita.getToken())!;
		const expected = (await http(instance!, token, 'GET', '/crm/sales-plans')).json.data.plans;
		const forecast = (await http(instance!, token, 'GET', '/crm/forecasts')).json.data;
		expect(forecast.scope.name).toBe('Rita Rep');
		await page.context().clearCookies();
		await loginToStudio(page, instance!, 'rita.rep@example.com', instance!.demoPassword);
		const refused: string[] = [];
		page.on('response', (r) => void (r.status() === 403 && r.url().includes('/crm/') && refused.push(r.url())));
		await page.goto(`${instance!.url}/admin/insights/${dashboard.id}`);
		const plans = page.locator('[data-test="sales-plans"]');
		await plans.locator('[data-test="sales-plan-row"], [data-test="sales-plans-empty"]').first().waitFor({ timeout: 60_000 });
		expect(await plans.locator('[data-test="sales-plan-row"]').allInnerTexts()).toEqual(expected.map((p: { name: string }) => expect.stringContaining(p.name)));
		expect(expected.every((p: { rep: { name: string } | null }) => p.rep?.name === 'Rita Rep')).toBe(true);
		const panel = page.locator('[data-test="sales-forecast"]');
		await panel.locator('[data-test="forecast-card"], [data-test="forecast-empty"]').first().waitFor({ timeout: 60_000 });
		expect(await panel.locator('[data-test="forecast-scope"] option').allInnerTexts()).toEqual(['Rita Rep']);
		expect(refused).toEqual([]);
		readsAsPeople(await page.locator('main').innerText());
		await page.screenshot({ path: join(ARTIFACTS, 'sales-management-rita.png'), fullPage: true });
	});
});

import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { classMatrix } from '../../extensions/panels/crm-customer-classes/src/class-matrix.ts';
import { type ClassesOverview, fromOverviewResponse } from '../../extensions/panels/crm-customer-classes/src/classes-overview.ts';
import { DASHBOARDS } from '../../scripts/access/define-access.ts';
import { ARTIFACTS, type BrowserSession, loginToStudio, openBrowser } from '../support/browser.ts';
import { boxesOf } from '../support/chart-boxes.ts';
import { http, loginAs, loginAsAdmin } from '../support/clients.ts';

const [instance] = inject('instances');

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const classesDashboard = DASHBOARDS.find((d) => d.name === 'Customer classes')!;
const PANEL = '[data-test="classes-panel"]';
/** What the panel shows once it has read the overview: the matrix, the empty state or an error. */
const LOADED = '[data-test="classes-matrix"], [data-test="classes-empty"], [data-test="classes-error"]';

/** The overview as `email` (the administrator when null) reads it through the API. */
async function overviewAs(email: string | null): Promise<ClassesOverview> {
	const client = email === null ? await loginAsAdmin(instance!) : await loginAs(instance!, email);
	const answer = await http(instance!, (await client.getToken())!, 'GET', '/crm/classification/overview');
	expect(answer.status, JSON.stringify(answer.json)).toBe(200);
	return fromOverviewResponse(answer.json)!;
}

/** Opens the dashboard and waits for the panel to have read its figures; the URLs of reads refused on the way. */
async function openDashboard(page: Page): Promise<string[]> {
	const refused: string[] = [];
	const onResponse = (r: { status: () => number; url: () => string }) => void (r.status() === 403 && refused.push(r.url()));
	page.on('response', onResponse);
	try {
		await page.goto(`${instance!.url}/admin/insights/${classesDashboard.id}`);
		await page.locator(PANEL).locator(LOADED).first().waitFor({ timeout: 60_000 });
		await page.waitForLoadState('networkidle');
		return refused;
	} finally {
		page.off('response', onResponse);
	}
}

/** Each shown cell's count, row by row: what the matrix of `overview` says. */
async function expectMatrixOf(page: Page, overview: ClassesOverview): Promise<void> {
	const expected = classMatrix(overview.matrix, overview.currency);
	const matrix = page.locator('[data-test="classes-matrix"]');
	const rows = await matrix.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td .count')].map((c) => c.textContent?.trim())));
	expect(rows).toEqual(expected.rows.map((r) => [...r.cells, r.total].map((c) => String(c.customers))));
	expect(await matrix.locator('[data-test="classes-total-all"] .count').innerText()).toBe(String(expected.total.customers));
	expect(await matrix.locator('[data-test="classes-total-all"]').getAttribute('title')).toBe(expected.total.title);
}

/** The panel's own text: names and amounts, no ids, nothing unfilled; and nothing wider than the panel. */
async function expectReadablePanel(page: Page): Promise<void> {
	const panel = page.locator(PANEL);
	const text = await panel.innerText();
	expect(text).not.toMatch(UUID);
	expect(text).not.toMatch(/undefined|NaN|null/);
	expect(await panel.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
	const [box] = await boxesOf(panel);
	const [table] = await boxesOf(panel.locator('[data-test="classes-matrix"] table'));
	expect(table!.right).toBeLessThanOrEqual(box!.right + 0.5);
}

/** Clicks "Classify now" and checks the header, the matrix and the moves against what the API then says. */
async function classifyAndCheck(page: Page): Promise<void> {
	await page.locator('[data-test="classes-run"] button').click();
	const outcome = page.locator('[data-test="classes-run-outcome"]');
	await outcome.waitFor({ timeout: 60_000 });
	expect(await outcome.innerText()).toMatch(/^Classified [\d,]+ customers?; [1-9][\d,]* changed\.$/);
	await expect.poll(() => page.locator('[data-test="classes-last-run"]').innerText()).toMatch(/^Finished just now \(\d{4}-\d{2}-\d{2} \d{2}:\d{2}\) · started by hand · revenue of \d{4}-\d{2}-\d{2} – \d{4}-\d{2}-\d{2} · [\d,]+ customers? classified · [1-9][\d,]* changed$/);

	const overview = await overviewAs(null);
	expect(overview.lastRun?.trigger).toBe('manual');
	// The demo customers with revenue are classified: someone is in A, and the A row shows them.
	expect(overview.matrix.filter((c) => c.abc !== null).reduce((sum, c) => sum + c.customers, 0)).toBeGreaterThan(0);
	expect(Number(await page.locator('[data-test="classes-row-total-A"] .count').innerText())).toBeGreaterThan(0);
	await expectMatrixOf(page, overview);
	await expectReadablePanel(page);

	// The moves of the run ("A → B  3"), and the customers who moved by name, each linking to their page.
	expect(overview.movements.length).toBeGreaterThan(0);
	const moves = await page.locator('[data-test="classes-moves"] tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
	expect(moves).toEqual(expect.arrayContaining(overview.movements.map((m) => `${m.from ?? '—'} → ${m.to ?? '—'} ${m.customers}`)));
	expect(moves).toHaveLength(overview.movements.length);
	const moved = page.locator('[data-test="classes-moved-customer"]');
	expect(overview.moved.length).toBeGreaterThan(0);
	expect(await moved.count()).toBe(overview.moved.length);
	expect(await moved.first().locator('a').innerText()).toBe(overview.moved[0]!.name);
	expect(await moved.first().locator('a').getAttribute('href')).toBe(`/admin/content/crm_customers/${overview.moved[0]!.id}`);
	expect(await moved.first().innerText()).toMatch(/\d{1,3}(,\d{3})*\.\d{2} EUR$/);

	await page.screenshot({ path: join(ARTIFACTS, 'classes-dashboard.png'), fullPage: true });
	await page.locator(PANEL).screenshot({ path: join(ARTIFACTS, 'classes-dashboard-panel.png') });
	await page.locator(PANEL).evaluate((el) => el.scrollTo(0, el.scrollHeight));
	await page.locator(PANEL).screenshot({ path: join(ARTIFACTS, 'classes-dashboard-panel-moves.png') });
}

describe('the Customer classes dashboard in Insights', () => {
	let admin: BrowserSession;

	beforeAll(async () => {
		admin = await openBrowser();
		await loginToStudio(admin.page, instance!, instance!.adminEmail, instance!.adminPassword);
	});

	afterAll(async () => {
		await admin?.close();
	});

	test('an administrator tightens the A cut-off, classifies now and sees the customers per ABC × XYZ cell, and who moved', async () => {
		const { page } = admin;
		expect(await openDashboard(page)).toEqual([]);
		expect(await page.locator(PANEL).locator('[data-test="classes-error"]').count(), await page.locator(PANEL).innerText()).toBe(0);
		if ((await page.locator('[data-test="classes-empty"]').count()) > 0) {
			expect(await page.locator('[data-test="classes-empty"]').innerText()).toBe('No classification yet — run it now or wait for the nightly run.');
			await page.locator(PANEL).screenshot({ path: join(ARTIFACTS, 'classes-dashboard-empty.png') });
		}

		// A = the first half of revenue instead of 80 %, and an XYZ class after one month: the run moves customers.
		const token = (await (await loginAsAdmin(instance!)).getToken())!;
		const settings = (await http(instance!, token, 'GET', '/items/crm_classification_settings')).json.data;
		expect((await http(instance!, token, 'PATCH', '/items/crm_classification_settings', { abc_a_share_bp: 5000, xyz_min_months: 1 })).status).toBe(200);
		try {
			await classifyAndCheck(page);
		} finally {
			// The classes as the other browser tests expect them.
			await http(instance!, token, 'PATCH', '/items/crm_classification_settings', { abc_a_share_bp: settings.abc_a_share_bp, xyz_min_months: settings.xyz_min_months });
			expect((await http(instance!, token, 'POST', '/crm/classification/runs')).status).toBe(200);
		}
	});

	test('a sales manager sees the dashboard with the customers of their teams', async () => {
		const manager = await openBrowser();
		try {
			const { page } = manager;
			await loginToStudio(page, instance!, 'manager@example.com', instance!.demoPassword);
			// The dashboard and everything its panel reads are the manager's to read.
			expect(await openDashboard(page)).toEqual([]);
			await page.locator('[data-test="classes-matrix"]').waitFor({ timeout: 60_000 });
			await expectMatrixOf(page, await overviewAs('manager@example.com'));
			await expectReadablePanel(page);
			await page.screenshot({ path: join(ARTIFACTS, 'classes-dashboard-manager.png'), fullPage: true });
		} finally {
			await manager.close();
		}
	});

	test('marketing sees the classes but may not run them: the panel says why', async () => {
		const marketing = await openBrowser();
		try {
			const { page } = marketing;
			await loginToStudio(page, instance!, 'marketing@example.com', instance!.demoPassword);
			expect(await openDashboard(page)).toEqual([]);
			await page.locator('[data-test="classes-matrix"]').waitFor({ timeout: 60_000 });
			const refusal = await http(instance!, (await (await loginAs(instance!, 'marketing@example.com')).getToken())!, 'POST', '/crm/classification/runs');
			expect(refusal.status).toBe(403);
			expect(refusal.json.errors[0].extensions.code).toBe('CRM_NOT_PERMITTED');

			await page.locator('[data-test="classes-run"] button').click();
			const outcome = page.locator('[data-test="classes-run-outcome"]');
			await outcome.waitFor({ timeout: 60_000 });
			expect(await outcome.innerText()).toBe(refusal.json.errors[0].message);
			// The figures stay.
			expect(await page.locator('[data-test="classes-matrix"]').count()).toBe(1);
			await page.locator(PANEL).screenshot({ path: join(ARTIFACTS, 'classes-dashboard-refused.png') });
		} finally {
			await marketing.close();
		}
	});
});

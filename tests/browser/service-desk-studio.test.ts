import { join } from 'node:path';
import { createDashboard, createItem, createPanel, readItems, updateItem } from '@directus/sdk';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { TIMES_MIN_HEIGHT } from '../../extensions/panels/crm-sla-compliance/src/chart-options.ts';
import { ARTIFACTS, type BrowserSession, loginToStudio, openBrowser } from '../support/browser.ts';
import { boxesOf, overlappingPairs } from '../support/chart-boxes.ts';
import { type Client, http, loginAsAdmin } from '../support/clients.ts';

const [instance] = inject('instances');

type Row = Record<string, any>;
const uid = () => Math.random().toString(36).slice(2, 8).toUpperCase();
const ALL_DAY = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [String(d), [{ from: '00:00', to: '24:00' }]]));

describe('the service desk in the Studio', () => {
	let session: BrowserSession;
	let admin: Client;
	let token: string;
	let request: Row;
	let late: Row;
	let petra: Row;

	beforeAll(async () => {
		session = await openBrowser();
		await loginToStudio(session.page, instance!, instance!.adminEmail, instance!.adminPassword);
		admin = await loginAsAdmin(instance!);
		token = (await admin.getToken())!;
		const skill = `BR${uid()}`;
		const skillRow = (await admin.request(createItem('crm_service_skills', { code: skill, name: 'Printers' }))) as Row;
		const calendar = (await admin.request(createItem('crm_service_calendars', { name: `Browser ${uid()}`, time_zone: 'UTC', weekly_hours: ALL_DAY, holidays: [] }))) as Row;
		const team = (await admin.request(createItem('crm_service_teams', { code: `BR${uid()}`, name: 'Browser desk', calendar: calendar['id'] }))) as Row;
		for (const [name, level] of [['Petra Printer', 4], ['Paul Paper', 1]] as const) {
			const row = (await admin.request(createItem('crm_service_specialists', { name: `${name} ${uid()}`, team: team['id'], capacity: 50, cost_rate: 5_000, currency: 'EUR', calendar: calendar['id'], skills: [{ skill: skillRow['id'], level }] }))) as Row;
			if (name === 'Petra Printer') petra = row;
		}
		const customer = (await admin.request(createItem('crm_customers', { name: `Browser key account ${uid()}`, status: 'key', currency: 'EUR' }))) as Row;
		const created = await http(instance!, token, 'POST', '/crm/service/requests', { customer: customer['id'], subject: 'Printer jams on every page', priority: 'high', team: team['id'], required_skills: [{ skill, min_level: 3 }] });
		expect(created.status, JSON.stringify(created.json)).toBe(201);
		request = created.json.data as Row;
		await admin.request(updateItem('crm_service_requests', request['id'], { status: 'in_progress' }));
		const contractCustomer = (await admin.request(createItem('crm_customers', { name: `Browser late ${uid()}`, status: 'active', currency: 'EUR' }))) as Row;
		await admin.request(createItem('crm_service_contracts', { code: `SC-${uid()}`, customer: contractCustomer['id'], level: 'basic', calendar: calendar['id'], currency: 'EUR', targets: [{ priority: 'urgent', response_minutes: 0, resolution_minutes: 5 }] }));
		late = (await http(instance!, token, 'POST', '/crm/service/requests', { customer: contractCustomer['id'], subject: 'Everything is down', priority: 'urgent', team: team['id'] })).json.data as Row;
	});

	afterAll(async () => {
		await session?.close();
	});

	test('the request page shows its SLA state, the service steps of the key-customer map and the routing explanation', async () => {
		const { page } = session;
		await page.goto(`${instance!.url}/admin/content/crm_service_requests/${request['id']}`);
		await page.waitForSelector('[data-test="service-request"] [data-test="sla-overall"]', { timeout: 60_000 });
		expect(await page.locator('[data-test="sla-overall"]').innerText()).toMatch(/within sla|on track|met/i);
		expect(await page.locator('[data-test="sla-resolution"]').innerText()).toMatch(/due|in /i);
		const steps = await page.locator('[data-test="service-steps"]').innerText();
		const map = ((await admin.request(readItems('crm_service_maps', { filter: { customer_status: { _eq: 'key' } }, fields: ['steps.name'] }))) as Row[])[0]!;
		for (const step of map['steps'] as Row[]) expect(steps).toContain(step['name']);
		await page.locator('[data-test="service-request"]').screenshot({ path: join(ARTIFACTS, 'service-request-sla.png') });
		const routing = await page.locator('[data-test="routing-decisions"]').innerText();
		expect(routing).toContain('Petra Printer');
		// The decision keeps the chosen one and the runners-up; every other specialist is explained on request.
		await page.locator('[data-test="routing-explain-all"]').first().click();
		await page.waitForSelector('[data-test="routing-basis"]', { timeout: 60_000 });
		expect(await page.locator('[data-test="routing-basis"]').first().innerText()).toMatch(/as at the decision/);
		const candidates = await page.locator('[data-test="routing-candidates"]').first().innerText();
		expect(candidates).toMatch(/Paul Paper/);
		expect(candidates).toMatch(/too low|needs level 3/i);
		await page.locator('[data-test="routing-decisions"]').screenshot({ path: join(ARTIFACTS, 'service-request-routing.png') });
		await page.locator('[data-test="service-request"]').scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(ARTIFACTS, 'service-request.png'), fullPage: true });
	});

	test('a specialist starts and stops a timer on the request page, and the time is booked', async () => {
		// The administrator works as Petra for this test.
		const me = (await http(instance!, token, 'GET', '/users/me')).json.data.id as string;
		await admin.request(updateItem('crm_service_specialists', petra['id'], { user: me }));
		const { page } = session;
		await page.goto(`${instance!.url}/admin/content/crm_service_requests/${request['id']}`);
		await page.waitForSelector('[data-test="service-timer"]', { timeout: 60_000 });
		expect(await page.locator('[data-test="service-timer"]').innerText()).toContain('Start timer');
		await page.click('[data-test="service-timer"]');
		await page.waitForSelector('[data-test="service-timer"]:has-text("Stop timer")', { timeout: 60_000 });
		expect(await page.locator('[data-test="service-timer-note"]').innerText()).toMatch(/Timer started just now|Timer running for/);
		const runningEntries = (await admin.request(readItems('crm_service_time_entries', { filter: { request: { _eq: request['id'] }, ended_at: { _null: true } } }))) as Row[];
		expect(runningEntries).toHaveLength(1);
		expect(runningEntries[0]!['specialist']).toBe(petra['id']);
		await page.locator('[data-test="service-time"]').screenshot({ path: join(ARTIFACTS, 'service-request-timer.png') });
		await page.click('[data-test="service-timer"]');
		await page.waitForSelector('[data-test="service-timer"]:has-text("Start timer")', { timeout: 60_000 });
		expect(await page.locator('[data-test="service-time-logged"]').innerText()).toBe('1 min logged');
		const booked = (await admin.request(readItems('crm_service_time_entries', { filter: { request: { _eq: request['id'] } }, fields: ['duration_minutes', 'ended_at'] }))) as Row[];
		expect(booked).toEqual([expect.objectContaining({ duration_minutes: 1 })]);
	});

	test('the request list shows SLA countdown colours', async () => {
		const { page } = session;
		await page.goto(`${instance!.url}/admin/content/crm_service_requests`);
		await page.waitForSelector('[data-test="sla-countdown"]', { timeout: 60_000 });
		const tones = await page.locator('[data-test="sla-countdown"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-tone')));
		expect(tones.length).toBeGreaterThan(1);
		expect(tones).toContain('breached');
		await page.screenshot({ path: join(ARTIFACTS, 'service-request-list.png') });
		// Due the moment it came in: the list shows it overdue a moment later.
		expect(Math.abs(Date.parse(late['response_due_at']) - Date.parse(late['date_created']))).toBeLessThan(2_000);
	});

	test('the "SLA compliance and backlog" panel shows open requests by priority, the breached share and readable weekly times, also in its smallest size', async () => {
		const dashboard = (await admin.request(createDashboard({ name: `Service ${uid()}`, icon: 'support_agent' }))) as Row;
		// The demo's size (scripts/access/define-access.ts), and below it the smallest the panel allows (minWidth and minHeight in its index.ts).
		const panel = { dashboard: dashboard['id'], type: 'crm-sla-compliance', name: 'SLA compliance and backlog', icon: 'timer', show_header: true, position_x: 1, options: { weeks: 8 } };
		await admin.request(createPanel({ ...panel, position_y: 1, width: 36, height: 26 }));
		await admin.request(createPanel({ ...panel, position_y: 28, width: 20, height: 18 }));
		const { page } = session;
		await page.goto(`${instance!.url}/admin/insights/${dashboard['id']}`);
		await page.waitForSelector('[data-test="sla-headline"]', { timeout: 60_000 });
		await page.waitForSelector('[data-test="sla-backlog-chart"] svg', { timeout: 60_000 });
		await expect.poll(() => page.locator('[data-test="sla-times-chart"] svg.apexcharts-svg').count(), { timeout: 60_000 }).toBe(2);
		await page.waitForTimeout(500);
		expect(await page.locator('[data-test="sla-headline"]').first().innerText()).toMatch(/open/i);
		expect(await page.locator('[data-test="sla-headline"]').first().innerText()).toMatch(/%/);

		for (const [i, size] of ['36x26', 'smallest'].entries()) {
			// Every priority named under its bar, the names apart.
			const priorities = await boxesOf(page.locator('[data-test="sla-backlog-chart"]').nth(i).locator('.apexcharts-xaxis-label'));
			expect(priorities.map((p) => p.text), `priorities at ${size}`).toEqual(['Urgent', 'High', 'Normal', 'Low']);
			expect(overlappingPairs(priorities)).toEqual([]);
			const times = page.locator('[data-test="sla-times-chart"]').nth(i);
			// Never squeezed below its minimum height: the panel scrolls instead.
			const [svg] = await boxesOf(times.locator('svg.apexcharts-svg'));
			expect(svg!.bottom - svg!.top, `line chart height at ${size}`).toBeGreaterThanOrEqual(TIMES_MIN_HEIGHT);
			// Week labels side by side, none over another; a legend entry per team, not per team and metric.
			const weeks = (await boxesOf(times.locator('.apexcharts-xaxis-label'))).filter((b) => b.text !== '');
			expect(weeks.length, `week labels at ${size}`).toBeGreaterThan(1);
			expect(overlappingPairs(weeks)).toEqual([]);
			const legend = await times.locator('.apexcharts-legend-text').allInnerTexts();
			expect(legend.some((entry) => /first response|resolution/.test(entry))).toBe(false);
		}

		await page.screenshot({ path: join(ARTIFACTS, 'sla-compliance-panel.png'), fullPage: true });
		await page.locator('[data-test="sla-compliance"]').nth(0).screenshot({ path: join(ARTIFACTS, 'sla-compliance-panel-36x26.png') });
		await page.locator('[data-test="sla-compliance"]').nth(1).screenshot({ path: join(ARTIFACTS, 'sla-compliance-panel-smallest.png') });
		// In the smallest panel the line chart is below the bars: scrolled to, it keeps its height.
		await page.locator('[data-test="sla-times-box"]').nth(1).scrollIntoViewIfNeeded();
		await page.locator('[data-test="sla-compliance"]').nth(1).screenshot({ path: join(ARTIFACTS, 'sla-compliance-panel-smallest-scrolled.png') });
	});
});

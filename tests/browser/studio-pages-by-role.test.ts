import { join } from 'node:path';
import { createItem, readItems, updateItem } from '@directus/sdk';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ARTIFACTS, type BrowserSession, loginToStudio, openBrowser } from '../support/browser.ts';
import { type Client, http, loginAsAdmin } from '../support/clients.ts';

const [instance] = inject('instances');

type Row = Record<string, any>;
const uid = () => Math.random().toString(36).slice(2, 8).toUpperCase();
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const ALL_DAY = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [String(d), [{ from: '00:00', to: '24:00' }]]));
/** What the Studio shows when a read it made was refused: an error dialog or notification. */
const ERROR_UI = '.notification-dialogs .v-card, .notifications .v-notification, .v-dialog .v-card';

/** Opens a Studio page as the logged-in user and records every API read the server refused on the way. */
async function openPage(page: Page, path: string, ready: string): Promise<string[]> {
	const refused: string[] = [];
	const onResponse = (r: { status: () => number; url: () => string }) => {
		if (r.status() === 403) refused.push(r.url());
	};
	page.on('response', onResponse);
	try {
		await page.goto(`${instance!.url}/admin/content/${path}`);
		await page.waitForSelector(ready, { timeout: 60_000 });
		// Relational fields load their linked rows after the form: give them time to ask.
		await page.waitForLoadState('networkidle');
		return refused;
	} finally {
		page.off('response', onResponse);
	}
}

describe('Studio pages as the roles that use them', () => {
	let rep: BrowserSession;
	let specialist: BrowserSession;
	let admin: Client;
	let request: Row;
	let ritaCustomer: Row;
	let otherCode: Row;
	let calendar: Row;
	const names = { type: `Printer outage ${uid()}`, category: `Office hardware ${uid()}`, skill: `Laser printers ${uid()}` };

	beforeAll(async () => {
		admin = await loginAsAdmin(instance!);
		const token = (await admin.getToken())!;
		const [rita] = (await admin.request(readItems('crm_sales_reps', { filter: { email: { _eq: 'rita.rep@example.com' } }, fields: ['id'] }))) as Row[];
		ritaCustomer = ((await admin.request(readItems('crm_customers', { filter: { owner: { _eq: rita!['id'] } }, fields: ['id', 'name'], limit: 1 }))) as Row[])[0]!;
		const [otherCustomer] = (await admin.request(readItems('crm_customers', { filter: { owner: { _neq: rita!['id'] } }, fields: ['id'], limit: 1 }))) as Row[];
		const [offer] = (await admin.request(readItems('crm_special_offers', { fields: ['id'], limit: 1 }))) as Row[];
		otherCode = (await admin.request(createItem('crm_promo_codes', { code: `OTHER-${uid()}`, offer: offer!['id'], kind: 'per_customer', customer: otherCustomer!['id'] }))) as Row;

		// A request routed on arrival, classified by a rule that sets a type, a category and a skill.
		const skill = `BR${uid()}`;
		const skillRow = (await admin.request(createItem('crm_service_skills', { code: skill, name: names.skill }))) as Row;
		const type = (await admin.request(createItem('crm_service_request_types', { code: `T${uid()}`, name: names.type }))) as Row;
		const category = (await admin.request(createItem('crm_service_categories', { code: `C${uid()}`, name: names.category }))) as Row;
		const keyword = `toner${uid().toLowerCase()}`;
		await admin.request(createItem('crm_service_classification_rules', { code: `R${uid()}`, name: 'Printer trouble', priority: 1, keywords: [keyword], set_type: type['id'], set_category: category['id'], set_required_skills: [{ skill, min_level: 2 }] }));
		calendar = (await admin.request(createItem('crm_service_calendars', { name: `Browser ${uid()}`, time_zone: 'UTC', weekly_hours: ALL_DAY, holidays: [] }))) as Row;
		const team = (await admin.request(createItem('crm_service_teams', { code: `BR${uid()}`, name: `Printer desk ${uid()}`, calendar: calendar['id'] }))) as Row;
		const specialistRow = (await admin.request(createItem('crm_service_specialists', { name: `Lena Laser ${uid()}`, team: team['id'], capacity: 50, cost_rate: 5_000, currency: 'EUR', calendar: calendar['id'], skills: [{ skill: skillRow['id'], level: 4 }] }))) as Row;
		await admin.request(updateItem('crm_customers', ritaCustomer['id'], { dedicated_specialist: specialistRow['id'] }));
		const created = await http(instance!, token, 'POST', '/crm/service/requests', { customer: ritaCustomer['id'], subject: `The ${keyword} is empty again`, priority: 'high', team: team['id'] });
		expect(created.status, JSON.stringify(created.json)).toBe(201);
		request = created.json.data as Row;
		expect(request['assignee']).toBe(specialistRow['id']);

		rep = await openBrowser();
		await loginToStudio(rep.page, instance!, 'rita.rep@example.com', instance!.demoPassword);
		specialist = await openBrowser();
		await loginToStudio(specialist.page, instance!, 'service@example.com', instance!.demoPassword);
	});

	afterAll(async () => {
		await rep?.close();
		await specialist?.close();
	});

	test('a specialist reads the classification by name: request type, category and skill, no ids', async () => {
		const { page } = specialist;
		const refused = await openPage(page, `crm_service_requests/${request['id']}`, '[data-test="routing-decision"]');
		const overview = page.locator('[data-test="service-request"]');
		const classification = await page.locator('[data-test="routing-classification"]').first().innerText();
		await overview.screenshot({ path: join(ARTIFACTS, 'service-request-specialist.png') });
		expect(classification).toContain(names.type);
		expect(classification).toContain(names.category);
		expect(classification).toContain(names.skill);
		expect(await overview.innerText()).not.toMatch(UUID);
		expect(refused).toEqual([]);
		expect(await page.locator(ERROR_UI).count()).toBe(0);
	});

	test('a sales rep opening a routed request of her customer is not told it was not routed, sees no ids and no JSON editor', async () => {
		const { page } = rep;
		const refused = await openPage(page, `crm_service_requests/${request['id']}`, '[data-test="sla-overall"]');
		const overview = page.locator('[data-test="service-request"]');
		await page.screenshot({ path: join(ARTIFACTS, 'service-request-rep.png'), fullPage: true });
		await overview.screenshot({ path: join(ARTIFACTS, 'service-request-rep-overview.png') });
		const text = await overview.innerText();
		expect(text).not.toContain('Not routed yet.');
		expect(text).toMatch(/visible to the service desk/i);
		expect(text).not.toMatch(UUID);
		expect(await page.locator('.cm-editor, .CodeMirror').count()).toBe(0);
		expect(refused).toEqual([]);
		expect(await page.locator(ERROR_UI).count()).toBe(0);
	});

	test('a sales rep lists her customers\' requests without a permission error', async () => {
		const { page } = rep;
		const refused = await openPage(page, 'crm_service_requests', 'text=' + String(request['number']));
		await page.screenshot({ path: join(ARTIFACTS, 'service-request-list-rep.png') });
		expect(refused).toEqual([]);
		expect(await page.locator(ERROR_UI).count()).toBe(0);
	});

	test('a sales rep opens a promo code reserved for another rep\'s customer without a permission error', async () => {
		const { page } = rep;
		const refused = await openPage(page, `crm_promo_codes/${otherCode['id']}`, 'text=' + otherCode['code']);
		await page.screenshot({ path: join(ARTIFACTS, 'promo-code-rep.png'), fullPage: true });
		expect(refused).toEqual([]);
		expect(await page.locator(ERROR_UI).count()).toBe(0);
	});

	test('a sales rep opens a campaign without a permission error, and without its budget', async () => {
		const { page } = rep;
		const [campaign] = (await admin.request(readItems('crm_campaigns', { fields: ['id', 'name'], sort: ['code'], limit: 1 }))) as Row[];
		const refused = await openPage(page, `crm_campaigns/${campaign!['id']}`, 'text=' + campaign!['name']);
		await page.screenshot({ path: join(ARTIFACTS, 'campaign-rep.png'), fullPage: true });
		expect(refused).toEqual([]);
		expect(await page.locator(ERROR_UI).count()).toBe(0);
		expect(await page.locator('[data-test="crm-campaign-budget"]').count()).toBe(0);
		// Her customers' members, by touch; the return (read from campaign spend) is not hers to see.
		await page.locator('[data-test="crm-campaign-funnel"]').waitFor({ timeout: 60_000 });
		expect(await page.locator('[data-test="crm-campaign-returns"], [data-test="crm-campaign-returns-error"]').count()).toBe(0);
	});

	test('a sales rep opens her customer and sees its dedicated specialist by name, without a permission error', async () => {
		const { page } = rep;
		const refused = await openPage(page, `crm_customers/${ritaCustomer['id']}`, 'text=' + ritaCustomer['name']);
		await page.screenshot({ path: join(ARTIFACTS, 'customer-rep.png'), fullPage: true });
		expect(refused).toEqual([]);
		expect(await page.locator(ERROR_UI).count()).toBe(0);
	});

	test('a service manager edits a calendar\'s working hours as times per weekday, not as JSON', async () => {
		const manager = await openBrowser();
		try {
			await loginToStudio(manager.page, instance!, 'servicedesk@example.com', instance!.demoPassword);
			const { page } = manager;
			const refused = await openPage(page, `crm_service_calendars/${calendar['id']}`, '[data-test="crm-weekly-hours"]');
			const week = page.locator('[data-test="crm-weekly-hours"]');
			// The interface fills the inputs once the calendar has loaded, which a busy machine can show after the field itself.
			await expect.poll(() => week.locator('[data-day] input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)), { timeout: 30_000 }).toEqual(Array.from({ length: 7 }, () => '00:00–24:00'));
			expect(await page.locator('main .cm-editor, main .CodeMirror').count()).toBe(0);
			const monday = week.locator('[data-day="1"] input');
			await monday.fill('9 to 5');
			await expect.poll(() => week.locator('[data-test="crm-weekly-hours-error"]').innerText()).toContain('is not a time span');
			await monday.fill('09:00–12:00, 13:00-17:00');
			await week.locator('[data-day="7"] input').fill('');
			expect(await week.locator('[data-test="crm-weekly-hours-error"]').count()).toBe(0);
			await week.screenshot({ path: join(ARTIFACTS, 'calendar-weekly-hours.png') });
			await page.keyboard.press('Control+s');
			await expect
				.poll(async () => {
					const [stored] = (await admin.request(readItems('crm_service_calendars', { filter: { id: { _eq: calendar['id'] } }, fields: ['weekly_hours'] }))) as Row[];
					const hours = typeof stored!['weekly_hours'] === 'string' ? JSON.parse(stored!['weekly_hours']) : stored!['weekly_hours'];
					return [hours['1'], hours['7'] ?? null];
				}, { timeout: 60_000 })
				.toEqual([[{ from: '09:00', to: '12:00' }, { from: '13:00', to: '17:00' }], null]);
			expect(refused).toEqual([]);
		} finally {
			await manager.close();
		}
	});
});

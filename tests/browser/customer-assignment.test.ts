import { join } from 'node:path';
import { createItem, createUser, readItem, readItems } from '@directus/sdk';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { DASHBOARDS, SALES_MANAGER } from '../../scripts/access/define-access.ts';
import { ARTIFACTS, type BrowserSession, loginToStudio, openBrowser } from '../support/browser.ts';
import { type Client, http, loginAs, loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;
const [instance] = inject('instances');
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const dashboard = DASHBOARDS.find((d) => d.name === 'Customer assignment')!;
const uid = () => Math.random().toString(36).slice(2, 8).toUpperCase();
/** The text box of a Studio input: Directus puts the attributes on the input or on its wrapper. */
const inputOf = (within: Locator, test: string) => within.locator(`[data-test="${test}"]`).locator('xpath=descendant-or-self::input').first();

/*
 * Pat manages a team of the test's own: Ben is leaving, Ann stays. Ben has two customers, one of them in a region
 * whose rule (tried first) gives its customers to Ann. Pat previews the rules in the Studio, applies them with a
 * reason, then moves Ben's remaining customer to Ann.
 */
describe('the Customer assignment dashboard (S6.2)', () => {
	let session: BrowserSession;
	let admin: Client;
	let pat: string;
	let ben: Row;
	let ann: Row;
	let docks: Row;
	let pier: Row;
	const ownerOf = async (c: Row) => ((await admin.request(readItem('crm_customers', c['id'], { fields: ['owner'] }))) as Row)['owner'];
	const lastHistoryOf = async (c: Row) => ((await admin.request(readItems('crm_customer_assignments', { filter: { customer: { _eq: c['id'] } }, fields: ['from_rep', 'to_rep', 'kind', 'reason'], sort: ['-at'], limit: 1 }))) as Row[])[0]!;

	beforeAll(async () => {
		admin = await loginAsAdmin(instance!);
		const u = uid();
		pat = `pat.a${u.toLowerCase()}@example.com`;
		const manager = (await admin.request(createUser({ email: pat, password: instance!.demoPassword, role: SALES_MANAGER.id, first_name: 'Pat', last_name: u }))) as Row;
		const team = (await admin.request(createItem('crm_teams', { name: `Harbour ${u}`, manager: manager['id'] }))) as Row;
		ben = (await admin.request(createItem('crm_sales_reps', { name: `Ben ${u}`, team: team['id'] }))) as Row;
		ann = (await admin.request(createItem('crm_sales_reps', { name: `Ann ${u}`, team: team['id'] }))) as Row;
		const region = (await admin.request(createItem('crm_regions', { code: `H-${u}`, name: `Harbour ${u}` }))) as Row;
		await admin.request(createItem('crm_assignment_rules', { name: `Harbour ${u} → Ann`, sort: 0, region: region['id'], target_rep: ann['id'] }));
		docks = (await admin.request(createItem('crm_customers', { name: `Docks ${u}`, status: 'active', region: region['id'], owner: ben['id'] }))) as Row;
		pier = (await admin.request(createItem('crm_customers', { name: `Pier ${u}`, status: 'active', owner: ben['id'] }))) as Row;
		session = await openBrowser();
		await loginToStudio(session.page, instance!, pat, instance!.demoPassword);
	}, 240_000);

	afterAll(async () => {
		await session?.close();
	});

	test('a manager previews what the rules change, from whom to whom and why, and applies them with a reason', async () => {
		const expected = (await http(instance!, (await (await loginAs(instance!, pat)).getToken())!, 'POST', '/crm/assignment/preview', {})).json.data;
		const moves = expected.rows.filter((r: Row) => r.outcome === 'change' || r.outcome === 'refused');
		expect(moves.find((r: Row) => r.customer === docks['id'])).toMatchObject({ outcome: 'change', from_name: ben['name'], to_name: ann['name'] });
		const { page } = session;
		await page.goto(`${instance!.url}/admin/insights/${dashboard.id}`);
		const panel = page.locator('[data-test="customer-assignment"]');
		await panel.locator('[data-test="assignment-preview"]').click({ timeout: 60_000 });
		await panel.locator('[data-test="assignment-row"]').first().waitFor({ timeout: 60_000 });
		expect(await panel.locator('[data-test="assignment-row"]').count()).toBe(moves.length);
		expect(await panel.locator('[data-test="assignment-changes"]').innerText()).toBe(`${expected.changes} ${expected.changes === 1 ? 'customer' : 'customers'} would move.`);
		const docksRow = panel.locator('[data-test="assignment-row"]', { hasText: docks['name'] });
		expect(await docksRow.innerText()).toContain(ben['name']);
		expect(await docksRow.innerText()).toContain(ann['name']);
		expect(await docksRow.innerText()).toContain('matched');
		const text = await panel.innerText();
		expect(text).not.toMatch(UUID);
		expect(text).not.toMatch(/undefined|NaN|null/);
		await panel.screenshot({ path: join(ARTIFACTS, 'customer-assignment-preview.png') });

		await inputOf(panel, 'assignment-rule-reason').fill('Harbour customers go to Ann');
		await panel.locator('[data-test="assignment-apply"]').click();
		await expect.poll(() => panel.locator('[data-test="assignment-done"]').innerText(), { timeout: 60_000 }).toBe(`Applied the rules: ${expected.changes} ${expected.changes === 1 ? 'customer' : 'customers'} moved.`);
		expect(await ownerOf(docks)).toBe(ann['id']);
		const history = await lastHistoryOf(docks);
		expect([history['from_rep'], history['to_rep'], history['kind']]).toEqual([ben['id'], ann['id'], 'rule']);
		expect(history['reason']).toMatch(/^Harbour customers go to Ann — Rule "/);
	});

	test('a manager moves every customer of a rep who leaves to another rep of the team, with why', async () => {
		const { page } = session;
		const panel = page.locator('[data-test="customer-assignment"]');
		await panel.locator('[data-test="assignment-from"]').selectOption(ben['id']);
		await panel.locator('[data-test="assignment-to"]').selectOption(ann['id']);
		expect(await panel.locator('[data-test="assignment-move"]').locator('xpath=descendant-or-self::button').isDisabled()).toBe(true);
		await inputOf(panel, 'assignment-move-reason').fill('Ben left the company');
		await panel.locator('[data-test="assignment-move"]').click();
		await expect.poll(() => panel.locator('[data-test="assignment-done"]').innerText(), { timeout: 60_000 }).toBe(`Moved 1 customer of ${ben['name']} to ${ann['name']}.`);
		expect(await ownerOf(pier)).toBe(ann['id']);
		const history = await lastHistoryOf(pier);
		expect([history['from_rep'], history['to_rep'], history['kind'], history['reason']]).toEqual([ben['id'], ann['id'], 'bulk', 'Ben left the company']);
		await panel.screenshot({ path: join(ARTIFACTS, 'customer-assignment-moved.png') });
	});
});

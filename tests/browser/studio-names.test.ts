import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { collections as MODEL } from '../../scripts/schema/define-model.ts';
import { type BrowserSession, loginToStudio, openBrowser } from '../support/browser.ts';
import { loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;
const [instance] = inject('instances');
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const AROUND_UUID = new RegExp(`.{0,60}${UUID.source}.{0,20}`, 'is');

/**
 * Collections whose rows are keys by nature: the idempotency store keeps each request's scope, key and the answer
 * it replays exactly as the API sent them (hidden from the navigation; an administrator deletes a row, never reads it).
 */
const KEYS_BY_NATURE = new Set(['crm_idempotency_keys']);

/**
 * What a person reads on the open page: its text and the values in its inputs, each shown where an id appears in it.
 * Related names load after the page has drawn: it waits until the Studio has stopped asking.
 */
async function idsOnPage(page: Page): Promise<string[]> {
	await page.waitForLoadState('networkidle');
	const text = await page.locator('main').innerText();
	const values = await page.$$eval('main input, main textarea', (els) => els.map((e) => `${e.closest('[data-field]')?.getAttribute('data-field') ?? 'input'}: ${(e as HTMLInputElement).value}`));
	return [text, ...values].map((t) => t.match(AROUND_UUID)?.[0]).filter((m): m is string => Boolean(m));
}

describe('names, not ids, on every CRM page of the Studio', () => {
	let session: BrowserSession;
	let firstKeys: Map<string, string | null>;

	beforeAll(async () => {
		const admin = await loginAsAdmin(instance!);
		const token = (await admin.getToken())!;
		firstKeys = new Map(
			await Promise.all(
				MODEL.map(async ({ collection, fields }) => {
					const pk = fields.find((f) => f.schema?.['is_primary_key'])?.field ?? 'id';
					const res = await fetch(`${instance!.url}/items/${collection}?limit=1&fields=${pk}`, { headers: { authorization: `Bearer ${token}` } });
					const data = ((await res.json()) as { data: Row[] | Row | null }).data;
					const first = Array.isArray(data) ? data[0] : null;
					return [collection, first ? String(first[pk]) : null] as const;
				}),
			),
		);
		session = await openBrowser();
		await loginToStudio(session.page, instance!, instance!.adminEmail, instance!.adminPassword);
	});

	afterAll(async () => {
		await session?.close();
	});

	test.each(MODEL.filter((c) => !KEYS_BY_NATURE.has(c.collection)).map((c) => [c.collection, Boolean(c.meta['singleton'])] as const))(
		'%s: its list and an item show what people read, no ids',
		async (collection, singleton) => {
			const { page } = session;
			await page.goto(`${instance!.url}/admin/content/${collection}`);
			// Rows of the table or the board, the empty state, or the singleton's form: the page has drawn what it holds.
			await page.locator('main table tbody tr, main .kanban .group, main .v-info, main .v-form').first().waitFor({ timeout: 30_000 });
			const seen = (await idsOnPage(page)).map((m) => `list: ${m}`);
			const key = firstKeys.get(collection);
			if (key && !singleton) {
				await page.goto(`${instance!.url}/admin/content/${collection}/${encodeURIComponent(key)}`);
				await page.locator('main .v-form').first().waitFor({ timeout: 30_000 });
				seen.push(...(await idsOnPage(page)).map((m) => `item: ${m}`));
			}
			expect(seen).toEqual([]);
		},
	);
});

import { join } from 'node:path';
import { createDashboard, createItem, createPanel, readItem, readItems, updateItem } from '@directus/sdk';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { formatMoney } from '../../extensions/interfaces/crm-money/src/money-format.ts';
import { formatQuantity } from '../../packages/crm-studio/src/format-quantity.ts';
import { ARTIFACTS, type BrowserSession, loginToStudio, openBrowser } from '../support/browser.ts';
import { http, loginAsAdmin } from '../support/clients.ts';

const [instance] = inject('instances');

interface OrderRow {
	id: string;
	number: string | null;
	currency: string;
	gross_total: number | string | null;
	warehouse: string | null;
	lines: { id: string; quantity_milli: number | string; product: { id: string; sku: string; name: string; kind: string } | null }[];
}

interface StockRow {
	id: string;
	on_hand_milli: number | string;
	reserved_milli: number | string;
}

describe('orders to cash in the Studio', () => {
	let session: BrowserSession;

	beforeAll(async () => {
		session = await openBrowser();
		await loginToStudio(session.page, instance!, instance!.adminEmail, instance!.adminPassword);
	});

	afterAll(async () => {
		await session?.close();
	});

	test('a draft order shows its lines, money in its currency and the status steps, and is confirmed from the button', async () => {
		const admin = await loginAsAdmin(instance!);
		const drafts = (await admin.request(
			readItems('crm_orders', {
				filter: { status: { _eq: 'draft' } },
				fields: ['id', 'number', 'currency', 'gross_total', 'warehouse', 'lines.id', 'lines.quantity_milli', 'lines.product.id', 'lines.product.sku', 'lines.product.name', 'lines.product.kind'],
				sort: ['order_date'],
				limit: -1,
			}),
		)) as OrderRow[];
		const order = drafts.find((o) => o.lines.length > 0 && Number(o.gross_total) > 0);
		expect(order, 'the demo data has a draft order with lines').toBeDefined();

		// Put its goods on hand, so that confirming can succeed (the credit check may still block it).
		const [warehouse] = (await admin.request(readItems('crm_warehouses', { filter: { active: { _eq: true } }, sort: ['code'], fields: ['id'], limit: 1 }))) as { id: string }[];
		const warehouseId = order!.warehouse ?? warehouse!.id;
		for (const line of order!.lines) {
			if (!line.product || line.product.kind === 'service') continue;
			const [level] = (await admin.request(
				readItems('crm_stock_levels', { filter: { product: { _eq: line.product.id }, warehouse: { _eq: warehouseId } }, fields: ['id', 'on_hand_milli', 'reserved_milli'], limit: 1 }),
			)) as StockRow[];
			const needed = Number(line.quantity_milli);
			if (!level) await admin.request(createItem('crm_stock_levels', { product: line.product.id, warehouse: warehouseId, on_hand_milli: needed }));
			else if (Number(level.on_hand_milli) - Number(level.reserved_milli) < needed) await admin.request(updateItem('crm_stock_levels', level.id, { on_hand_milli: Number(level.reserved_milli) + needed * 2 }));
		}
		const { page } = session;

		await page.goto(`${instance!.url}/admin/content/crm_orders/${order!.id}`);
		await page.waitForSelector('[data-test="order-status"]', { timeout: 60_000 });
		await expect.poll(() => page.getAttribute('[data-test="order-step-draft"]', 'data-state')).toBe('current');
		expect(await page.locator('[data-test^="order-step-"]').count()).toBe(8);
		expect(await page.locator('[data-test="order-action-confirm"]').isVisible()).toBe(true);
		expect(await page.locator('[data-test="order-action-cancel"]').isVisible()).toBe(true);
		expect(await page.locator('[data-test="order-action-ship"]').count()).toBe(0);

		// Money: the gross total in the order's currency, e.g. "1,234.56" + "EUR".
		const gross = page.locator('[data-test="crm-money"][data-field="gross_total"]');
		await gross.waitFor({ timeout: 60_000 });
		expect(await gross.getAttribute('data-currency')).toBe(order!.currency);
		const expected = formatMoney(order!.gross_total, order!.currency)!;
		const shown = `${await gross.locator('input').inputValue()} ${(await gross.locator('.code').innerText()).trim()}`;
		expect(shown).toBe(expected);
		// A base-currency amount in the server's base currency (GET /crm/settings), whatever the order's.
		const base = page.locator('[data-test="crm-money"][data-field="net_total_base"]');
		await expect.poll(async () => (await base.locator('.code').innerText()).trim(), { timeout: 30_000 }).toBe('EUR');
		expect(await page.locator('main').innerText()).not.toContain('No currency on this record yet');

		// The lines read as a table: product, quantity in units, unit price, discount in percent, amount.
		await page.screenshot({ path: join(ARTIFACTS, 'order-draft.png'), fullPage: true });
		const linesTable = page.locator('table').filter({ hasText: 'Quantity' }).first();
		await linesTable.waitFor({ timeout: 60_000 });
		await linesTable.scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(ARTIFACTS, 'order-draft-lines.png') });
		const headers = (await linesTable.locator('thead').innerText()).replace(/\s+/g, ' ');
		for (const header of ['quantity', 'unit price', 'manual discount', 'net amount']) expect(headers.toLowerCase()).toContain(header);
		const rows = linesTable.locator('tbody tr');
		expect(await rows.count()).toBe(order!.lines.length);
		const first = order!.lines[0]!;
		const firstRow = rows.filter({ hasText: first.product!.name }).first();
		expect(await firstRow.innerText()).toContain(formatQuantity(Number(first.quantity_milli), null));
		// Nothing on the page shows a storage unit.
		const text = await page.locator('main').innerText();
		expect(text).not.toMatch(/milli|basis points|minor units|\bBp\b/i);
		// A draft's lines can still be added to (the table's "+").
		expect(await page.locator('main [data-icon="add"]').count()).toBeGreaterThan(0);
		expect(await linesTable.locator('button:not([disabled]):has([data-icon="delete"])').count()).toBe(order!.lines.length);
		await page.locator('[data-test="order-status"]').scrollIntoViewIfNeeded();

		await page.click('[data-test="order-action-confirm"]');
		const outcome = await Promise.race([
			page.waitForSelector('[data-test="order-step-confirmed"][data-state="current"]', { timeout: 60_000 }).then(() => 'confirmed' as const),
			page.waitForSelector('[data-test="order-action-error"]', { timeout: 60_000 }).then(() => 'error' as const),
		]);

		if (outcome === 'error') {
			const error = page.locator('[data-test="order-action-error"]');
			const code = await error.getAttribute('data-error-code');
			await page.screenshot({ path: join(ARTIFACTS, 'order-confirm-error.png'), fullPage: true });
			expect(code, await error.innerText()).toBe('CRM_CREDIT_BLOCKED');
			expect(await page.locator('[data-test="order-credit-reasons"] li').count()).toBeGreaterThan(0);
			// The administrator counts as a manager: override with a reason.
			await page.fill('[data-test="order-override-reason"]', 'Prepayment received (browser test)');
			await page.click('[data-test="order-action-override"]');
			try {
				await page.waitForSelector('[data-test="order-step-confirmed"][data-state="current"]', { timeout: 60_000 });
			} catch (e) {
				await page.screenshot({ path: join(ARTIFACTS, 'order-override-failed.png'), fullPage: true });
				const error = await page.locator('[data-test="order-action-error"]').innerText().catch(() => '');
				throw new Error(`the override did not confirm the order: ${error || String(e)}`);
			}
		}

		await page.waitForSelector('[data-test="order-action-ship"]', { timeout: 60_000 });
		await page.screenshot({ path: join(ARTIFACTS, 'order-confirmed.png'), fullPage: true });
		// A confirmed order's lines are fixed: the table offers no create, add or remove.
		await expect.poll(() => page.locator('main [data-icon="add"]').count()).toBe(0);
		const lines = page.locator('table').filter({ hasText: 'Quantity' }).first();
		await lines.scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(ARTIFACTS, 'order-confirmed-lines.png') });
		// Directus still draws each line's remove icon, as a disabled button (once it has drawn the lines again after the confirmation).
		await expect.poll(() => lines.locator('[data-icon="delete"]').count(), { timeout: 30_000 }).toBe(order!.lines.length);
		expect(await lines.locator('button:not([disabled]):has([data-icon="delete"])').count()).toBe(0);
		const stored = (await admin.request(readItem('crm_orders', order!.id, { fields: ['status', 'confirmed_at'] }))) as { status: string; confirmed_at: string | null };
		expect(stored.status).toBe('confirmed');
		expect(stored.confirmed_at).not.toBeNull();
	});

	test('the receivables panel draws the aging chart and the top debtors, each by their full name, on a dashboard of the demo\'s size', async () => {
		const admin = await loginAsAdmin(instance!);
		const dashboard = (await admin.request(createDashboard({ name: `Receivables ${Date.now()}`, icon: 'account_balance_wallet' }))) as { id: string };
		// The size and options of the demo's receivables dashboard (scripts/access/define-access.ts).
		await admin.request(
			createPanel({ dashboard: dashboard.id, type: 'crm-receivables', name: 'Receivables aging', icon: 'account_balance_wallet', show_header: true, position_x: 1, position_y: 1, width: 30, height: 16, options: { topDebtors: 10 } }),
		);
		const { page } = session;

		await page.goto(`${instance!.url}/admin/insights/${dashboard.id}`);
		await page.waitForSelector('[data-test="receivables-panel"]', { timeout: 60_000 });
		await page.waitForSelector('[data-test="receivables-panel"] .apexcharts-canvas', { timeout: 60_000 });
		expect(await page.locator('[data-test="receivables-panel"] .apexcharts-bar-area').count()).toBeGreaterThan(0);
		expect(await page.locator('[data-test="receivables-total"]').innerText()).toMatch(/^[\d,]+\.\d{2} [A-Z]{3}$/);

		const aging = await http(instance!, (await admin.getToken())!, 'GET', '/crm/receivables/aging?top=10');
		const expected = (aging.json.data.top_debtors as { customer: { name?: string } | string; name?: string }[]).map((d) => (typeof d.customer === 'object' ? d.customer.name : d.name));
		expect(expected.length).toBeGreaterThan(0);
		await page.waitForTimeout(500);
		const shown = await page.locator('[data-test="receivables-debtor-name"]').evaluateAll((names) =>
			names.map((e) => ({ text: e.textContent?.trim(), cut: e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1, title: e.closest('li')?.getAttribute('title') })),
		);
		// Each debtor by the whole name, none cut off (two lines at most), and the name and amount in the row's title.
		expect(shown.map((d) => d.text)).toEqual(expected);
		expect(shown.filter((d) => d.cut).map((d) => d.text)).toEqual([]);
		for (const d of shown) {
			expect(d.title?.startsWith(`${d.text} · `), `title of ${d.text}: ${d.title}`).toBe(true);
			expect(d.title).toMatch(/ · [\d,]+\.\d{2} [A-Z]{3}$/);
		}

		await page.screenshot({ path: join(ARTIFACTS, 'receivables-panel.png'), fullPage: true });
		await page.locator('[data-test="receivables-panel"]').screenshot({ path: join(ARTIFACTS, 'receivables-panel-30x16.png') });
	});
});

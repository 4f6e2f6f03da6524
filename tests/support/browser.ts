import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { ROOT } from '../../scripts/lib/paths.ts';
import type { TestInstance } from './test-instance.ts';

export const ARTIFACTS = join(ROOT, 'tests', '.artifacts', 'browser');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export interface BrowserSession {
	browser: Browser;
	page: Page;
	close: () => Promise<void>;
}

/** Headless Debian Chromium with a throw-away profile; no network beyond this machine. */
export async function openBrowser(): Promise<BrowserSession> {
	mkdirSync(ARTIFACTS, { recursive: true });
	const profile = mkdtempSync(join(tmpdir(), 'crm-chromium-'));
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`],
	});
	const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
	return {
		browser,
		page,
		close: async () => {
			await browser.close();
			rmSync(profile, { recursive: true, force: true });
		},
	};
}

export async function loginToStudio(page: Page, instance: TestInstance, email: string, password: string): Promise<void> {
	await page.goto(`${instance.url}/admin/login`);
	await page.fill('input[type=email]', email);
	await page.fill('input[type=password]', password);
	await page.click('button[type=submit]');
	await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 });
}

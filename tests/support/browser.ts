import { mkdirSync } from 'node:fs';
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

/** Headless Debian Chromium; Playwright gives each launch a fresh throw-away profile. */
export async function openBrowser(): Promise<BrowserSession> {
	mkdirSync(ARTIFACTS, { recursive: true });
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
	const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
	// The Studio's first load is heavy, and npm test runs the browser tests beside the integration tests.
	page.setDefaultTimeout(60_000);
	return {
		browser,
		page,
		close: () => browser.close(),
	};
}

export async function loginToStudio(page: Page, instance: TestInstance, email: string, password: string): Promise<void> {
	await page.goto(`${instance.url}/admin/login`);
	await page.fill('input[type=email]', email);
	await page.fill('input[type=password]', password);
	await page.click('button[type=submit]');
	await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 });
}

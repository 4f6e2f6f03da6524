import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { SCHEMA_VERSION } from '../../packages/crm-core/src/index.ts';
import { cli } from '../support/crm-module-cli.ts';
import { BUNDLE } from '../support/pack-bundle.ts';
import { orderToCashScenario } from '../support/order-to-cash-scenario.ts';
import { type PlainProject, startPlainProject } from '../support/plain-project.ts';
import type { TestInstance } from '../support/test-instance.ts';

type Row = Record<string, any>;

const packed = inject('bundleTarball');

// The package is the same files whatever the database: it is installed once, on the production database
// (PostgreSQL when the run has it). The install CLI and the orders-to-cash scenario run on both databases in
// install.test.ts and order-to-cash-cycle.test.ts.
const PACKAGED_ON = inject('instances').map((i) => i.name).sort((a, b) => Number(b === 'postgres') - Number(a === 'postgres')).slice(0, 1);

describe.each(PACKAGED_ON)('a plain Directus 11.17.4 project on %s that gets the packaged module', (name) => {
	let project: PlainProject;
	let installed: { code: number | null; out: string };

	beforeAll(async () => {
		project = await startPlainProject(name, { install: { [BUNDLE.name]: `file:${packed}` } });
		installed = await cli(project, 'install');
	}, 300_000);

	afterAll(async () => {
		await project?.stop();
	});

	test('npm install loads every extension of the bundle, and the CLI installs the current schema version on it', async () => {
		const extensions = await project.api.request<Row[]>('GET', '/extensions');
		const bundle = extensions.find((e) => e['schema']?.['name'] === BUNDLE.name)!;
		expect([bundle['schema']['type'], bundle['schema']['version'], bundle['meta']['enabled']]).toEqual(['bundle', BUNDLE.version, true]);
		const entries = extensions.filter((e) => e['bundle'] === bundle['id']).map((e) => [e['schema']['name'], e['schema']['type'], e['meta']['enabled']]);
		expect(entries.sort()).toEqual(BUNDLE['directus:extension'].entries.map((e: Row) => [e['name'], e['type'], true]).sort());

		expect([installed.code, installed.out]).toEqual([0, expect.stringContaining('installed')]);
		const status = await cli(project, 'status');
		expect([status.code, status.out.includes(`installed: CRM schema version ${SCHEMA_VERSION}\n`), status.out.includes('pending:')]).toEqual([0, true, false]);
	});

	describe('the orders-to-cash scenario', () => {
		const target: { instance?: TestInstance } = {};
		beforeAll(async () => {
			// A fresh install holds no catalogue: the administrator's first step is a base price list.
			await project.api.request('POST', '/items/crm_price_lists', { code: 'BASE', name: 'Base prices', kind: 'base', currency: 'EUR' });
			target.instance = { name, url: project.url, adminEmail: project.adminEmail, adminPassword: project.adminPassword, demoPassword: '' };
		});
		orderToCashScenario(() => target.instance!);
	});

	test('uninstall switches the whole bundle off and keeps the data', async () => {
		const customers = (await project.api.request<Row[]>('GET', '/items/crm_customers?aggregate[count]=*'))[0]!['count'];
		const run = await cli(project, 'uninstall');
		expect([run.code, run.out]).toEqual([0, expect.stringContaining(`switched off ${BUNDLE['directus:extension'].entries.length + 1} extension(s)`)]);
		const ours = (await project.api.request<Row[]>('GET', '/extensions')).filter((e) => e['schema']?.['name'] === BUNDLE.name || e['bundle']);
		expect(ours.map((e) => e['meta']['enabled'])).toEqual(ours.map(() => false));
		// The bundle and each of its entries.
		expect(ours.length).toBe(BUNDLE['directus:extension'].entries.length + 1);
		expect((await project.api.request<Row[]>('GET', '/items/crm_customers?aggregate[count]=*'))[0]!['count']).toBe(customers);
	});
});

import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { SCHEMA_VERSION } from '../../packages/crm-core/src/index.ts';
import { loadModuleFiles } from '../../packages/crm-install/src/apply/load-module-files.ts';
import { seedModuleAccess } from '../../packages/crm-install/src/apply/seed-module-access.ts';
import { ROOT } from '../../scripts/lib/paths.ts';
import { type CliRun, cli, startCli } from '../support/crm-module-cli.ts';
import { BUNDLE } from '../support/pack-bundle.ts';
import { type PlainProject, startPlainProject } from '../support/plain-project.ts';

type Row = Record<string, any>;

const NEXT = SCHEMA_VERSION + 1;
/** The module's migrations and one more, a test migration with a data step: what an upgrade to a next release brings. */
function nextRelease(): string {
	// Inside the repository, so that the data step (TypeScript) loads as a module like the real ones.
	mkdirSync(join(ROOT, 'tests', '.artifacts'), { recursive: true });
	const dir = mkdtempSync(join(ROOT, 'tests', '.artifacts', 'next-release-'));
	const released = join(ROOT, 'schema', 'migrations');
	for (const file of readdirSync(released)) copyFileSync(join(released, file), join(dir, file));
	const fixture = join(ROOT, 'tests', 'fixtures', 'next-migration');
	const name = `${String(NEXT).padStart(4, '0')}-loyalty-tier`;
	const migration = JSON.parse(readFileSync(join(fixture, 'loyalty-tier.json'), 'utf8')) as { version: number; steps: { kind: string; script?: string }[] };
	migration.version = NEXT;
	for (const step of migration.steps) if (step.kind === 'data') step.script = `${name}.data.ts`;
	writeFileSync(join(dir, `${name}.json`), JSON.stringify(migration));
	copyFileSync(join(fixture, 'loyalty-tier.data.ts'), join(dir, `${name}.data.ts`));
	return dir;
}
const FIXTURE_NEXT = nextRelease();
const BUNDLED = BUNDLE['directus:extension'].entries.length;
const FILES = loadModuleFiles(join(ROOT, 'schema'));
const MODEL = FILES.model;
const OURS = MODEL.collections.map((c) => c.collection).sort();

/** An administrator's own work: a collection with data and an extra field, a role named like one of ours with its policy, a user. */
async function seedTheirs(project: PlainProject): Promise<string> {
	const { api } = project;
	await api.request('POST', '/collections', {
		collection: 'shop_orders',
		meta: { note: 'Their orders' },
		schema: {},
		fields: [
			{ field: 'id', type: 'integer', meta: { hidden: true }, schema: { is_primary_key: true, has_auto_increment: true } },
			{ field: 'title', type: 'string', meta: { interface: 'input' }, schema: {} },
		],
	});
	await api.request('POST', '/fields/shop_orders', { field: 'crm_note', type: 'text', meta: { interface: 'input-multiline', note: 'Their own note' }, schema: {} });
	await api.request('POST', '/items/shop_orders', [{ title: 'First', crm_note: 'keep me' }, { title: 'Second' }]);
	const policy = await api.request<{ id: string }>('POST', '/policies', { name: 'Shop staff', icon: 'store', admin_access: false, app_access: true });
	await api.request('POST', '/permissions', { policy: policy.id, collection: 'shop_orders', action: 'read', fields: ['*'] });
	const role = await api.request<{ id: string }>('POST', '/roles', { name: 'Sales rep', icon: 'badge' });
	await api.request('POST', '/access', { role: role.id, policy: policy.id });
	await api.request('POST', '/users', { email: 'their.user@example.com', password: 'their-password-1', role: role.id });
	return role.id;
}

/** Everything of theirs the install must leave as it was. */
async function theirs(project: PlainProject, roleId: string): Promise<unknown> {
	const { api } = project;
	const strip = (rows: Row[]) => rows.map(({ date_created: _c, date_updated: _u, last_access: _a, last_page: _p, ...rest }) => rest);
	return {
		collection: await api.request('GET', '/collections/shop_orders'),
		fields: await api.request('GET', '/fields/shop_orders'),
		items: await api.request('GET', '/items/shop_orders?sort=id'),
		role: await api.request('GET', `/roles/${roleId}?fields=id,name,icon,policies.policy.name`),
		policies: await api.request('GET', '/policies?filter[name][_eq]=Shop staff&fields=*,permissions.collection,permissions.action,permissions.fields'),
		users: strip(await api.request<Row[]>('GET', '/users?filter[email][_eq]=their.user@example.com&fields=id,email,role,status')),
	};
}

const crmCollections = async (project: PlainProject) => (await project.api.request<Row[]>('GET', '/collections?limit=-1')).map((c) => c['collection'] as string).filter((c) => c.startsWith('crm_')).sort();

// The databases at once: each has its own Directus projects and CLI runs, and one alone leaves a core idle.
// Inside each, the two stories run one after the other, and their steps in order.
describe.concurrent.each(inject('instances').map((i) => i.name))('installing into an existing project on %s', (name) => {
	const projects: PlainProject[] = [];
	const project = async (withExtensions: boolean) => {
		// The module as administrators get it: the packed bundle, installed with npm.
		const p = await startPlainProject(name, withExtensions ? { install: { [BUNDLE.name]: `file:${inject('bundleTarball')}` } } : null);
		projects.push(p);
		return p;
	};

	afterAll(async () => {
		await Promise.all(projects.map((p) => p.stop()));
	});

	describe.sequential('a project with its own collections, roles and users', () => {
		let p: PlainProject;
		let before: unknown;
		let run: CliRun;
		let roleId: string;

		beforeAll(async () => {
			p = await project(true);
			roleId = await seedTheirs(p);
			before = await theirs(p, roleId);
			run = await cli(p, 'install');
		}, 360_000);

		test('gets every collection of the module and keeps everything of its own as it was', async () => {
			expect(run.code, run.out).toBe(0);
			expect(await crmCollections(p)).toEqual(OURS);
			expect(await theirs(p, roleId)).toEqual(before);
		});

		test('gets the module\'s own roles beside its role of the same name, and its dashboards', async () => {
			const roles = await p.api.request<Row[]>('GET', '/roles?filter[name][_eq]=Sales rep&fields=id,policies.policy.name');
			expect(roles.map((r) => r['policies'].map((x: Row) => x['policy']['name'])).sort()).toEqual([['CRM · Sales rep'], ['Shop staff']]);
			expect((await p.api.request<Row[]>('GET', '/dashboards?fields=name&sort=name')).map((d) => d['name'])).toEqual(['Customer assignment', 'Customer classes', 'Customer profitability', 'Discounts', 'Marketing', 'Receivables', 'Rep leaderboard', 'Sales management', 'Sales overview', 'Service desk']);
		});

		test('status reports the installed schema version; a second install changes nothing', async () => {
			expect((await cli(p, 'status')).out).toContain(`installed: CRM schema version ${SCHEMA_VERSION}`);
			const again = await cli(p, 'install');
			expect([again.code, again.out]).toEqual([0, expect.stringContaining('0 schema step(s)')]);
			expect(await theirs(p, roleId)).toEqual(before);
		});

		test('the CRM works at once, and refuses to write on a schema version its extensions were not built for', async () => {
			const bad = await fetch(`${p.url}/items/crm_regions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${p.token}` }, body: JSON.stringify({ code: 'N', name: 42 }) });
			expect([bad.status, ((await bad.json()) as Row)['errors'][0].extensions.code]).toEqual([400, 'CRM_INVALID_TYPE']);
			await p.api.request('POST', '/items/crm_schema_migrations', { id: NEXT, name: 'from-the-future', status: 'running' });
			await new Promise((r) => setTimeout(r, 1_500));
			const refused = await fetch(`${p.url}/items/crm_regions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${p.token}` }, body: JSON.stringify({ code: 'N', name: 'North' }) });
			const body = (await refused.json()) as Row;
			expect([refused.status, body['errors'][0].extensions.code, body['errors'][0].message]).toEqual([503, 'CRM_SCHEMA_UNSUPPORTED', expect.stringContaining('newer than these extensions support')]);
			await p.api.request('DELETE', `/items/crm_schema_migrations/${NEXT}`);
			await new Promise((r) => setTimeout(r, 1_500));
			expect(await p.api.request<Row>('POST', '/items/crm_regions', { code: 'N', name: 'North' })).toMatchObject({ code: 'N' });
		});

		// Last: it takes the module away from this project.
		test('uninstall switches the extensions off, removes the module\'s roles, policies and dashboards, keeps the data unless told, and --drop-data needs a yes', async () => {
			const regions = await p.api.request<Row[]>('GET', '/items/crm_regions?fields=code&sort=code');
			expect(regions.length).toBeGreaterThan(0);
			const kept = await cli(p, 'uninstall');
			expect(kept.code, kept.out).toBe(0);
			// The bundle and each of its entries.
			expect(kept.out).toContain(`switched off ${BUNDLED + 1} extension(s)`);
			const extensions = await p.api.request<Row[]>('GET', '/extensions');
			expect(extensions.filter((e) => String(e['schema']?.['name']).startsWith('crm-')).map((e) => e['meta']['enabled'])).toEqual(Array(BUNDLED).fill(false));
			expect(await p.api.request<Row[]>('GET', '/policies?filter[name][_starts_with]=CRM&fields=id')).toEqual([]);
			expect(await p.api.request<Row[]>('GET', '/dashboards?fields=id')).toEqual([]);
			expect(await p.api.request<Row[]>('GET', '/items/crm_regions?fields=code&sort=code')).toEqual(regions);
			const unconfirmed = await cli(p, 'uninstall', '--drop-data');
			expect([unconfirmed.code, await crmCollections(p)]).toEqual([2, OURS]);
			const dropped = await cli(p, 'uninstall', '--drop-data', '--yes');
			expect(dropped.code, dropped.out).toBe(0);
			expect(await crmCollections(p)).toEqual([]);
			expect(await theirs(p, roleId)).toEqual(before);
			// Directus drops the module's collections one request at a time, each a schema change: minutes on a busy machine.
		}, 300_000);
	});

	describe.sequential('an upgrade after the administrator shaped the module', () => {
		let p: PlainProject;

		beforeAll(async () => {
			// No CRM extensions here: the next release's version is newer than they are built for.
			p = await project(false);
		}, 360_000);

		test('a name of ours the project already uses stops the install before anything is written', async () => {
			await p.api.request('POST', '/collections', { collection: 'crm_regions', meta: { note: 'Their regions' }, schema: {}, fields: [{ field: 'id', type: 'integer', schema: { is_primary_key: true, has_auto_increment: true } }] });
			const policies = await p.api.request<Row[]>('GET', '/policies?fields=id');
			const run = await cli(p, 'install');
			expect([run.code, run.out]).toEqual([2, expect.stringContaining('collection crm_regions')]);
			expect(await crmCollections(p)).toEqual(['crm_regions']);
			expect(await p.api.request<Row[]>('GET', '/policies?fields=id')).toEqual(policies);
			// With their collection gone, the same project installs (below).
			await p.api.request('DELETE', '/collections/crm_regions');
		});

		test('once the clash is gone the module installs, and the administrator shapes it', async () => {
			const run = await cli(p, 'install');
			expect(run.code, run.out).toBe(0);
			const { api } = p;
			await api.request('POST', '/fields/crm_customers', { field: 'vip_level', type: 'integer', meta: { interface: 'input', note: 'Their VIP level' }, schema: {} });
			await api.request('PATCH', '/fields/crm_customers/name', { meta: { display: 'formatted-value', display_options: { bold: true } } });
			const [layout] = await api.request<Row[]>('GET', '/presets?filter[collection][_eq]=crm_customers&filter[user][_null]=true&filter[role][_null]=true&fields=id');
			await api.request('PATCH', `/presets/${layout!['id']}`, { layout_query: { tabular: { fields: ['name', 'vip_level'], sort: ['-vip_level'], page: 1 } } });
			const policy = await api.request<{ id: string }>('POST', '/policies', { name: 'Auditors', icon: 'visibility', admin_access: false, app_access: true });
			await api.request('POST', '/permissions', { policy: policy.id, collection: 'crm_customers', action: 'read', fields: ['name', 'vip_level'] });
			await api.request('POST', '/items/crm_customers', Array.from({ length: 7 }, (_, i) => ({ name: `Customer ${i}`, vip_level: i })));
			expect(await crmCollections(p)).toEqual(OURS);
		}, 360_000);

		const customization = async () => ({
			vip: await p.api.request<Row>('GET', '/fields/crm_customers/vip_level?fields=field,type,meta.note'),
			display: (await p.api.request<Row>('GET', '/fields/crm_customers/name'))['meta'],
			layout: await p.api.request('GET', '/presets?filter[collection][_eq]=crm_customers&filter[user][_null]=true&filter[role][_null]=true&fields=layout_query'),
			permission: await p.api.request('GET', '/permissions?filter[collection][_eq]=crm_customers&filter[policy][name][_eq]=Auditors&fields=action,fields'),
			customers: await p.api.request('GET', '/items/crm_customers?sort=name&fields=name,vip_level'),
		});

		test('--dry-run lists the steps and changes nothing', async () => {
			const run = await cli(p, 'upgrade', '--dry-run', '--migrations', FIXTURE_NEXT);
			expect([run.code, run.out]).toEqual([0, expect.stringContaining(`${NEXT} loyalty-tier: create field crm_customers.loyalty_tier (string)`)]);
			expect((await cli(p, 'status', '--migrations', FIXTURE_NEXT)).out).toContain(`pending: ${NEXT} loyalty-tier`);
		});

		test('a killed upgrade goes on from its last batch; the administrator\'s field, display, layout, permission and data stay', async () => {
			const before = await customization();
			const first = startCli(p, ['upgrade', '--migrations', FIXTURE_NEXT], { CRM_TEST_BATCH_DELAY_MS: '1500' });
			for (let i = 0; i < 100; i++) {
				const [record] = await p.api.request<Row[]>('GET', `/items/crm_schema_migrations?filter[id][_eq]=${NEXT}&fields=progress`);
				if (record?.['progress']?.['checkpoint']) break;
				await new Promise((r) => setTimeout(r, 200));
			}
			first.child.kill('SIGKILL');
			await first.done;
			expect((await cli(p, 'status', '--migrations', FIXTURE_NEXT)).out).toContain(`interrupted: ${NEXT} loyalty-tier at step 2`);

			const second = await cli(p, 'upgrade', '--migrations', FIXTURE_NEXT);
			expect(second.code, second.out).toBe(0);
			// It went on after the batch the killed run had saved, not from the start.
			expect(second.out).toContain('batch after 3');
			expect(second.out).not.toContain('batch after null');
			const after = await customization();
			expect({ ...after, display: { display: after.display['display'], display_options: after.display['display_options'] } }).toEqual({
				...before,
				display: { display: 'formatted-value', display_options: { bold: true } },
			});
			expect(after.display['note']).toBe('Trading name used in lists and documents.');
			const tiers = await p.api.request<Row[]>('GET', '/items/crm_customers?fields=loyalty_tier&limit=-1');
			expect(tiers.map((t) => t['loyalty_tier'])).toEqual(Array(7).fill('standard'));
			const records = await p.api.request<Row[]>('GET', '/items/crm_schema_migrations?sort=id&fields=id,status');
			expect(records.map((r) => [Number(r['id']), r['status']])).toEqual(Array.from({ length: NEXT }, (_, i) => [i + 1, 'done']));
			expect((await cli(p, 'status', '--migrations', FIXTURE_NEXT)).out).toContain(`installed: CRM schema version ${NEXT}`);
		});

		test('an upgrade narrows a permission an earlier release granted too widely, keeps one the administrator changed, and leaves a panel they removed removed', async () => {
			const rep = FILES.access.roles.find((r) => r.name === 'Sales rep')!.policy;
			const earlier = FILES.access.superseded!.find((s) => s.policy === rep.id && s.collection === 'crm_promo_codes' && s.action === 'read')!;
			const today = rep.permissions.find((d) => d.collection === 'crm_promo_codes' && d.action === 'read')!;
			const row = async (collection: string) => (await p.api.request<Row[]>('GET', `/permissions?filter[policy][_eq]=${rep.id}&filter[collection][_eq]=${collection}&filter[action][_eq]=read&fields=id,fields`))[0]!;
			// As the earlier release wrote it (every field, a promo code's customer included), and one of ours the administrator narrowed.
			await p.api.request('PATCH', `/permissions/${(await row('crm_promo_codes'))['id']}`, { fields: earlier.fields });
			await p.api.request('PATCH', `/permissions/${(await row('crm_products'))['id']}`, { fields: ['id', 'name', 'sku'] });
			// The administrator took a panel off the sales management dashboard: an upgrade from this release does not put it back.
			const sales = FILES.access.dashboards.find((d) => d.name === 'Sales management')!;
			const panels = async () => (await p.api.request<Row[]>('GET', `/panels?filter[dashboard][_eq]=${sales.id}&fields=type&sort=type`)).map((r) => r['type']);
			const [reorder] = await p.api.request<Row[]>('GET', `/panels?filter[dashboard][_eq]=${sales.id}&filter[type][_eq]=crm-reorder-list&fields=id`);
			await p.api.request('DELETE', `/panels/${reorder!['id']}`);
			const kept = await panels();

			const run = await cli(p, 'upgrade', '--migrations', FIXTURE_NEXT);
			expect(run.code, run.out).toBe(0);
			expect(await panels()).toEqual(kept);
			expect(kept).not.toContain('crm-reorder-list');
			expect(run.out).not.toContain('added to the dashboard');
			expect(run.out).toContain(`kept ${rep.name}: read crm_products as the project set it`);
			expect([...(await row('crm_promo_codes'))['fields']].sort()).toEqual([...today.fields!].sort());
			expect((await row('crm_products'))['fields']).toEqual(['id', 'name', 'sku']);
		});

		test('an upgrade from a version before a panel came adds it to the dashboard the project has, beside the administrator\'s own', async () => {
			const sales = FILES.access.dashboards.find((d) => d.name === 'Sales management')!;
			const panels = async () => (await p.api.request<Row[]>('GET', `/panels?filter[dashboard][_eq]=${sales.id}&fields=type,name&sort=type`)).map((r) => r['type']);
			// As a project of version 10 from before the two panels: without them, and with a panel of the administrator's.
			const later = await p.api.request<Row[]>('GET', `/panels?filter[dashboard][_eq]=${sales.id}&filter[type][_in]=crm-activity-targets,crm-reorder-list&fields=id`);
			for (const panel of later) await p.api.request('DELETE', `/panels/${panel['id']}`);
			await p.api.request('POST', '/panels', { dashboard: sales.id, type: 'label', name: 'Our note', icon: 'notes', position_x: 41, position_y: 1, width: 10, height: 6, options: { text: 'Ours' } });
			// An upgrade whose access step failed after version 10 is run again from there.
			const run = await cli(p, 'upgrade', '--migrations', FIXTURE_NEXT, '--panels-from', '10');
			expect(run.code, run.out).toBe(0);
			expect(run.out).toContain('added to the dashboard Sales management: Due for reorder, Activity against target');
			expect(await panels()).toEqual(['crm-activity-targets', 'crm-reorder-list', 'crm-sales-forecast', 'crm-sales-plans', 'label']);
			// Run again, nothing is added twice.
			await seedModuleAccess(p.api, FILES.access, { upgradedFrom: 10 });
			expect(await panels()).toEqual(['crm-activity-targets', 'crm-reorder-list', 'crm-sales-forecast', 'crm-sales-plans', 'label']);
			expect((await cli(p, 'upgrade', '--panels-from', 'ten')).code).toBe(2);
		});
	});

});

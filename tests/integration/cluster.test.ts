import { createItem, readItem, readItems, updateItem } from '@directus/sdk';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isPgReachable, pgTargetFromEnv } from '../../scripts/lib/pg-database.ts';
import { type BootedCluster, bootCluster, redisKeys } from '../support/boot-cluster.ts';
import { http, loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;
const uid = () => Math.random().toString(36).slice(2, 8).toUpperCase();
const ALL_DAY = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [String(d), [{ from: '00:00', to: '24:00' }]]));
const REQUESTS = 8;

// As the global setup decides: PostgreSQL is required in CI and whenever TEST_PG_HOST is set
// (unreachable = failed run); otherwise these tests are skipped, loudly, when it does not answer.
// Redis is required whenever PostgreSQL is there: bootCluster throws when it does not answer.
const pg = pgTargetFromEnv();
const pgRequired = process.env['CI'] === 'true' || Boolean(process.env['TEST_PG_HOST']);
const pgReachable = await isPgReachable(pg);
if (!pgReachable && !pgRequired) console.warn(`\n!!! PostgreSQL at ${pg.host}:${pg.port} is not reachable: the two-instance cluster tests are SKIPPED.\n`);

/** Requests posted at the same time through both instances, each overdue at once: the escalation job must act on each exactly once. */
async function expectEachBreachEscalatedOnce(cluster: BootedCluster): Promise<void> {
	const [a, b] = cluster.instances as [BootedCluster['instances'][number], BootedCluster['instances'][number]];
	const admin = await loginAsAdmin(a);
	const token = (await admin.getToken())!;
	const adminId = (await http(a, token, 'GET', '/users/me')).json.data.id as string;
	const calendar = (await admin.request(createItem('crm_service_calendars', { name: `Always ${uid()}`, time_zone: 'UTC', weekly_hours: ALL_DAY, holidays: [] }))) as Row;
	const team = (await admin.request(createItem('crm_service_teams', { code: `CL${uid()}`, name: 'Cluster desk', calendar: calendar['id'], manager: adminId }))) as Row;
	const customer = (await admin.request(createItem('crm_customers', { name: `Cluster customer ${uid()}`, status: 'active', currency: 'EUR' }))) as Row;
	// A response target of zero minutes: every request is overdue the moment it arrives.
	await admin.request(createItem('crm_service_contracts', { code: `SC-${uid()}`, customer: customer['id'], level: 'basic', calendar: calendar['id'], currency: 'EUR', targets: [{ priority: 'urgent', response_minutes: 0, resolution_minutes: 6000 }] }));

	// Posted at the same time through both instances.
	const tokenB = (await (await loginAsAdmin(b)).getToken())!;
	const created = await Promise.all(
		Array.from({ length: REQUESTS }, (_, i) => http(i % 2 === 0 ? a : b, i % 2 === 0 ? token : tokenB, 'POST', '/crm/service/requests', { customer: customer['id'], subject: `Outage ${i}`, priority: 'urgent', team: team['id'] })),
	);
	for (const res of created) expect(res.status, JSON.stringify(res.json)).toBe(201);
	const ids = created.map((res) => res.json.data.id as string);
	expect(new Set(created.map((res) => res.json.data.number)).size).toBe(REQUESTS);

	const escalations = async () => (await admin.request(readItems('crm_service_escalations', { filter: { request: { _in: ids } }, limit: -1 }))) as Row[];
	await expect.poll(async () => (await escalations()).length, { timeout: 30_000, interval: 500 }).toBeGreaterThanOrEqual(REQUESTS);
	// Several more ticks on both instances change nothing.
	await new Promise((r) => setTimeout(r, 4_000));
	const rows = await escalations();
	expect(rows).toHaveLength(REQUESTS);
	expect(new Set(rows.map((r) => r['request'])).size).toBe(REQUESTS);
	expect(rows.every((r) => r['target'] === 'response' && r['level'] === 'breach')).toBe(true);

	const notes = await http(a, token, 'GET', `/notifications?filter[collection][_eq]=crm_service_requests&filter[recipient][_eq]=${adminId}&limit=-1`);
	const mine = (notes.json.data as Row[]).filter((n) => ids.includes(n['item']));
	expect(mine).toHaveLength(REQUESTS);
	const requests = (await admin.request(readItems('crm_service_requests', { filter: { id: { _in: ids } }, fields: ['response_escalation', 'sla_status'], limit: -1 }))) as Row[];
	expect(requests.every((r) => r['response_escalation'] === 'breach' && r['sla_status'] === 'breached')).toBe(true);
}

describe.skipIf(!pgReachable && !pgRequired)('two instances on one PostgreSQL and Redis', () => {
	let cluster: BootedCluster;

	beforeAll(async () => {
		// The SLA escalation job ticks every second here, the classification every four; the quote expiry job every two seconds (tests' default).
		cluster = await bootCluster({ env: { CRM_SLA_ESCALATION_SCHEDULE: '* * * * * *', CRM_CLASSIFICATION_SCHEDULE: '*/4 * * * * *' } });
	}, 240_000);

	afterAll(async () => {
		await cluster?.stop();
	}, 60_000);

	test('both instances answer /server/health', async () => {
		expect(cluster.instances).toHaveLength(2);
		expect(new Set(cluster.instances.map((i) => i.url)).size).toBe(2);

		for (const instance of cluster.instances) {
			const admin = await loginAsAdmin(instance);
			const health = await http(instance, await admin.getToken(), 'GET', '/server/health');
			expect(health.status, JSON.stringify(health.json)).toBe(200);
			// 'warn' only says a check was slower than its threshold, which a busy test machine may be.
			expect(['ok', 'warn'], JSON.stringify(health.json)).toContain(health.json.status);
			expect(Object.keys(health.json.checks ?? {})).toContain('pg:responseTime');
		}
	});

	test('an item written through one instance is read through the other', async () => {
		const [a, b] = cluster.instances as [BootedCluster['instances'][number], BootedCluster['instances'][number]];
		const adminA = await loginAsAdmin(a);
		const adminB = await loginAsAdmin(b);

		const created = (await adminA.request(createItem('crm_customers', { name: 'Cluster Test GmbH', status: 'prospect', currency: 'EUR' }))) as Row;
		expect((await adminB.request(readItem('crm_customers', created['id'], { fields: ['id', 'name', 'status'] }))) as Row).toEqual({ id: created['id'], name: 'Cluster Test GmbH', status: 'prospect' });

		await adminB.request(updateItem('crm_customers', created['id'], { status: 'active' }));
		expect(((await adminA.request(readItem('crm_customers', created['id'], { fields: ['status'] }))) as Row)['status']).toBe('active');
	});

	test('a classification rule added or changed through one instance classifies the next request on the other at once', async () => {
		const [a, b] = cluster.instances as [BootedCluster['instances'][number], BootedCluster['instances'][number]];
		const adminA = await loginAsAdmin(a);
		const tokenB = (await (await loginAsAdmin(b)).getToken())!;
		const customer = (await adminA.request(createItem('crm_customers', { name: `Rules buyer ${uid()}`, status: 'active', currency: 'EUR' }))) as Row;
		const word = `zq${uid().toLowerCase()}`;
		const post = async () => {
			const res = await http(b, tokenB, 'POST', '/crm/service/requests', { customer: customer['id'], subject: `Pump ${word} leaks` });
			expect(res.status, JSON.stringify(res.json)).toBe(201);
			return res.json.data.priority as string;
		};
		// B has read the rules (and keeps them) before A adds one.
		expect(await post()).toBe('normal');
		const rule = (await adminA.request(createItem('crm_service_classification_rules', { code: `CL${uid()}`, name: 'Cluster word', priority: 1, keywords: [word], set_priority: 'urgent' }))) as Row;
		expect(await post()).toBe('urgent');
		await adminA.request(updateItem('crm_service_classification_rules', rule['id'], { set_priority: 'high' }));
		expect(await post()).toBe('high');
		expect(await redisKeys(cluster.redis.url, `${cluster.redis.prefix}cache:crm-reference-version`)).toHaveLength(1);
	});

	test('an analysis answer kept by one instance changes at once when a customer is changed through the other', async () => {
		const [a, b] = cluster.instances as [BootedCluster['instances'][number], BootedCluster['instances'][number]];
		const adminA = await loginAsAdmin(a);
		const tokenB = (await (await loginAsAdmin(b)).getToken())!;
		const to = new Date().toISOString().slice(0, 10);
		const scope = { from: `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`, to, compare: 'none' };
		const ask = async (params: Record<string, string>) => {
			const res = await http(b, tokenB, 'GET', `/crm/analytics/sales?${new URLSearchParams({ ...scope, ...params })}`);
			expect(res.status, JSON.stringify(res.json)).toBe(200);
			return res.json.data.rows as Row[];
		};
		const [top] = await ask({ by: 'customer', limit: '1' });
		const channelOf = async () => (await ask({ by: 'sales_channel', customer: top!['key'] })).map((r) => r['key']);
		const before = await channelOf();
		expect(await channelOf()).toEqual(before);
		const channel = (await adminA.request(createItem('crm_sales_channels', { code: `CL${uid()}`, name: `Cluster channel ${uid()}`, kind: 'direct' }))) as Row;
		await adminA.request(updateItem('crm_customers', top!['key'], { sales_channel: channel['id'] }));
		expect(await channelOf()).toEqual([channel['id']]);
		expect(await redisKeys(cluster.redis.url, `${cluster.redis.prefix}cache:crm-analytics-version`)).toHaveLength(1);
	});

	test('schedules are synchronised through Redis', async () => {
		// CRM_QUOTE_EXPIRY_SCHEDULE ticks every two seconds in tests; with SYNCHRONIZATION_STORE=redis the
		// instances agree on who runs each tick through a clock key in the cluster's namespace.
		await expect.poll(() => redisKeys(cluster.redis.url, `${cluster.redis.prefix}sync:`), { timeout: 10_000, interval: 500 }).not.toEqual([]);
	});

	// With Redis synchronisation Directus gives each tick to one instance; with it switched off both
	// instances run every tick at the same moment, which only the database claim keeps exactly-once.
	test('SLA escalation, schedules synchronised through Redis: each breach is escalated exactly once, one escalation record and one notification per request', async () => {
		await expectEachBreachEscalatedOnce(cluster);
	});

	test('SLA escalation, no schedule synchronisation (both instances run every tick): each breach is still escalated exactly once', async () => {
		await cluster.restart({ SYNCHRONIZATION_STORE: 'memory' });
		await expectEachBreachEscalatedOnce(cluster);
	}, 120_000);

	test('the nightly classification, fired by both instances at every tick, runs once per tick', async () => {
		const token = (await (await loginAsAdmin(cluster.instances[0]!)).getToken())!;
		const since = new Date().toISOString();
		await new Promise((r) => setTimeout(r, 13_000));
		const runs = (await http(cluster.instances[0]!, token, 'GET', `/items/crm_classification_runs?filter[trigger][_eq]=schedule&filter[started_at][_gte]=${since}&fields=slot,status&limit=-1`)).json.data as Row[];
		// Ticks at :00, :04, :08… — three or four in 13 s; two instances running each would make six to eight.
		expect(runs.length).toBeGreaterThanOrEqual(2);
		expect(runs.length).toBeLessThanOrEqual(4);
		expect(new Set(runs.map((r) => r['slot'])).size).toBe(runs.length);
		expect(runs.filter((r) => r['status'] === 'failed')).toEqual([]);
	}, 60_000);
});

import { createItem, readItem, updateItem } from '@directus/sdk';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isPgReachable, pgTargetFromEnv } from '../../scripts/lib/pg-database.ts';
import { type BootedCluster, bootCluster, redisKeys } from '../support/boot-cluster.ts';
import { http, loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;

// As the global setup decides: PostgreSQL is required in CI and whenever TEST_PG_HOST is set
// (unreachable = failed run); otherwise these tests are skipped, loudly, when it does not answer.
// Redis is required whenever PostgreSQL is there: bootCluster throws when it does not answer.
const pg = pgTargetFromEnv();
const pgRequired = process.env['CI'] === 'true' || Boolean(process.env['TEST_PG_HOST']);
const pgReachable = await isPgReachable(pg);
if (!pgReachable && !pgRequired) console.warn(`\n!!! PostgreSQL at ${pg.host}:${pg.port} is not reachable: the two-instance cluster tests are SKIPPED.\n`);

describe.skipIf(!pgReachable && !pgRequired)('two instances on one PostgreSQL and Redis', () => {
	let cluster: BootedCluster;

	beforeAll(async () => {
		cluster = await bootCluster();
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

	test('schedules are synchronised through Redis', async () => {
		// CRM_QUOTE_EXPIRY_SCHEDULE ticks every two seconds in tests; with SYNCHRONIZATION_STORE=redis the
		// instances agree on who runs each tick through a clock key in the cluster's namespace.
		await expect.poll(() => redisKeys(cluster.redis.url, `${cluster.redis.prefix}sync:`), { timeout: 10_000, interval: 500 }).not.toEqual([]);
	});
});

import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { afterAll, describe, expect, test } from 'vitest';
import { ReferenceCache, type ReferenceCacheOptions } from '../../packages/crm-directus/src/reference-data/reference-cache.ts';
import { createRedisVersionSource } from '../../packages/crm-directus/src/reference-data/redis-version-source.ts';
import { createLocalVersionSource, type VersionSource } from '../../packages/crm-directus/src/reference-data/version-source.ts';
import { testRedisUrl } from '../support/boot-cluster.ts';
import { useAdapterDatabase } from './adapter-database.ts';

const db = useAdapterDatabase();

/** Reads the calendars' names from the database, counting how often it really does. */
function calendarNames() {
	const calls = { n: 0 };
	const load = (knex: Knex) => async () => {
		calls.n++;
		return ((await knex('crm_service_calendars').select('name').orderBy('name')) as { name: string }[]).map((r) => r.name);
	};
	return { calls, load };
}

const cacheOn = (source: VersionSource = createLocalVersionSource(), options: Partial<ReferenceCacheOptions> = {}) => new ReferenceCache(source, { ttlMs: 60_000, ...options });

describe('reference cache: rules, maps and calendars read once per version, never a version behind', () => {
	test('transactions after the first use the copy until a change is committed, then load again', async () => {
		const cache = cacheOn();
		const { calls, load } = calendarNames();
		for (let i = 0; i < 3; i++) await db.knex.transaction((trx) => cache.read(trx, 'calendars', load(trx)));
		expect(calls.n).toBe(1);
		await cache.changed();
		await db.knex.transaction((trx) => cache.read(trx, 'calendars', load(trx)));
		expect(calls.n).toBe(2);
	});

	test('a query builder given as the load runs once: its rows serve transactions after the one that read them has ended', async () => {
		const cache = cacheOn();
		const first = await db.knex.transaction((trx) => cache.read(trx, 'calendar-rows', () => trx('crm_service_calendars').select('id')));
		const later = await db.knex.transaction((trx) => cache.read(trx, 'calendar-rows', () => trx('crm_service_calendars').select('id')));
		expect(later).toBe(first);
	});

	test('another instance sharing the version loads again once the first raises it', async () => {
		const shared = createLocalVersionSource();
		const [a, b] = [cacheOn(shared), cacheOn(shared)];
		const { calls, load } = calendarNames();
		await b.read(db.knex, 'calendars', load(db.knex));
		await b.read(db.knex, 'calendars', load(db.knex));
		expect(calls.n).toBe(1);
		await a.changed();
		await b.read(db.knex, 'calendars', load(db.knex));
		expect(calls.n).toBe(2);
	});

	test('a transaction keeps the version it first read, so its copies agree with each other', async () => {
		const shared = createLocalVersionSource();
		const [cache, other] = [cacheOn(shared), cacheOn(shared)];
		const { calls, load } = calendarNames();
		await db.knex.transaction(async (trx) => {
			await cache.read(trx, 'calendars', load(trx));
			await other.changed();
			await cache.read(trx, 'calendars', load(trx));
		});
		expect(calls.n).toBe(1);
		await db.knex.transaction((trx) => cache.read(trx, 'calendars', load(trx)));
		expect(calls.n).toBe(2);
	});

	test('a transaction that writes reference data reads its own rows, and they never become the copy', async () => {
		const cache = cacheOn();
		const { load } = calendarNames();
		const before = await db.knex.transaction((trx) => cache.read(trx, 'calendars', load(trx)));
		await db.knex
			.transaction(async (trx) => {
				cache.markWriting(trx);
				await trx('crm_service_calendars').insert({ id: randomUUID(), name: 'Zz rolled back', time_zone: 'UTC', weekly_hours: '{"1":[{"from":"09:00","to":"17:00"}]}', holidays: '[]' });
				expect(await cache.read(trx, 'calendars', load(trx))).toContain('Zz rolled back');
				throw new Error('roll back');
			})
			.catch(() => {});
		expect(await db.knex.transaction((trx) => cache.read(trx, 'calendars', load(trx)))).toEqual(before);
	});

	test('reads the database each time while the version cannot be known, and keeps no failed load', async () => {
		const unknown: VersionSource = { read: async () => null, raise: async () => {}, close: async () => {} };
		const { calls, load } = calendarNames();
		const cache = cacheOn(unknown);
		await cache.read(db.knex, 'calendars', load(db.knex));
		await cache.read(db.knex, 'calendars', load(db.knex));
		expect(calls.n).toBe(2);

		const healthy = cacheOn();
		await expect(healthy.read(db.knex, 'calendars', () => Promise.reject(new Error('connection lost')))).rejects.toThrow('connection lost');
		expect(await healthy.read(db.knex, 'calendars', load(db.knex))).toContain('Around the clock');
	});

	test('a copy older than its time to live is loaded again (changes made with SQL around Directus)', async () => {
		let now = 0;
		const cache = cacheOn(createLocalVersionSource(), { ttlMs: 1_000, now: () => now });
		const { calls, load } = calendarNames();
		await cache.read(db.knex, 'calendars', load(db.knex));
		now = 999;
		await cache.read(db.knex, 'calendars', load(db.knex));
		now = 1_000;
		await cache.read(db.knex, 'calendars', load(db.knex));
		expect(calls.n).toBe(2);
	});
});

describe('the version shared through Redis', () => {
	const key = `crm-test:${randomUUID()}:reference-version`;
	const source = createRedisVersionSource(testRedisUrl(), key);
	const down = createRedisVersionSource('redis://127.0.0.1:1', key);
	afterAll(async () => Promise.all([source.close(), down.close()]));

	test('starts at 0 and rises with each change', async () => {
		// Commands fail at once until the connection is up (no offline queue): a busy machine connects later.
		await expect.poll(() => source.read(), { timeout: 10_000 }).toBe(0);
		await source.raise();
		await source.raise();
		expect(await source.read()).toBe(2);
	});

	test('is unknown, not 0, while Redis cannot be reached, and a raise does not throw', async () => {
		expect(await down.read()).toBeNull();
		await expect(down.raise()).resolves.toBeUndefined();
	});
});

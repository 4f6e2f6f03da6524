import { createLocalVersionSource, createRedisVersionSource, markReferenceWrite, redisUrlOf, REFERENCE_COLLECTIONS, ReferenceCache, referenceChanged, useReferenceCache } from '@crm/directus';
import type { CrmHooks } from './hook-kit.ts';

type Env = Record<string, unknown>;

/**
 * Service intake reads the same rules, maps, calendars and skills on every request; they are kept per
 * version (shared through Redis when instances share one) and every committed change raises it.
 * CRM_REFERENCE_CACHE_SECONDS bounds how long a copy lives (changes made with SQL apply within it); 0 turns the cache off.
 */
export function guardReferenceData(hooks: CrmHooks, env: Env): void {
	const ttlMs = Number(env['CRM_REFERENCE_CACHE_SECONDS'] ?? 60) * 1000;
	if (!(ttlMs > 0)) return;
	const redis = redisUrlOf(env);
	const source = redis ? createRedisVersionSource(redis, `${String(env['CACHE_NAMESPACE'] ?? 'directus')}:crm-reference-version`) : createLocalVersionSource();
	void useReferenceCache(new ReferenceCache(source, { ttlMs }))?.source.close();
	for (const collection of REFERENCE_COLLECTIONS) {
		hooks.onCreate(collection, (_data, { knex }) => markReferenceWrite(knex));
		hooks.onUpdate(collection, (_data, _keys, { knex }) => markReferenceWrite(knex));
		hooks.onDelete(collection, (_keys, { knex }) => markReferenceWrite(knex));
		hooks.afterCommit(collection, () => referenceChanged());
	}
}

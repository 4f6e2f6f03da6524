import { createRedisVersionSource } from '../reference-data/redis-version-source.ts';
import { redisUrlOf } from '../reference-data/redis-url.ts';
import type { VersionSource } from '../reference-data/version-source.ts';

type Env = Record<string, unknown>;

// The hooks and the endpoints are separate bundles, each with its own copy of this module: on one process
// they meet in one counter on globalThis; several servers meet in Redis.
const PROCESS_VERSION = Symbol.for('crm.analytics.version');
const SOURCES = Symbol.for('crm.analytics.version-sources');

type Shared = typeof globalThis & { [PROCESS_VERSION]?: { value: number }; [SOURCES]?: Map<string, VersionSource> };

function processVersionSource(): VersionSource {
	const shared = globalThis as Shared;
	const counter = (shared[PROCESS_VERSION] ??= { value: 0 });
	return {
		read: async () => counter.value,
		raise: async () => {
			counter.value++;
		},
		close: async () => {},
	};
}

/**
 * The version of the CRM's data the analyses' answers are kept at: in Redis when Directus is told to use one
 * (every server sees every raise), else one counter per process, shared by the CRM's bundles. One source per
 * Redis address and process.
 */
export function analyticsVersionSource(env: Env): VersionSource {
	const redis = redisUrlOf(env);
	if (!redis) return processVersionSource();
	const shared = globalThis as Shared;
	const sources = (shared[SOURCES] ??= new Map());
	const key = `${redis}\u0000${String(env['CACHE_NAMESPACE'] ?? 'directus')}`;
	let source = sources.get(key);
	if (!source) {
		source = createRedisVersionSource(redis, `${String(env['CACHE_NAMESPACE'] ?? 'directus')}:crm-analytics-version`);
		sources.set(key, source);
	}
	return source;
}

/** CRM_ANALYTICS_CACHE_SECONDS (default 300): how long an answer may be reused while the data version holds; 0 turns the cache off. */
export function analyticsCacheTtlMs(env: Env): number {
	const seconds = Number(env['CRM_ANALYTICS_CACHE_SECONDS'] ?? 300);
	return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
}

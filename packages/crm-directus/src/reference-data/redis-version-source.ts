import { Redis } from 'ioredis';
import type { VersionSource } from './version-source.ts';

/**
 * Several instances share the version through the Redis they already share (REDIS): one GET per
 * transaction that reads reference data, one INCR per committed change. Commands fail at once while
 * Redis is unreachable (no offline queue), and an unknown version means "read the database".
 */
export function createRedisVersionSource(url: string, key: string): VersionSource {
	const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
	// Connection errors surface as failed commands; without a listener ioredis would log each retry.
	redis.on('error', () => {});
	return {
		read: async () => {
			try {
				return Number((await redis.get(key)) ?? 0);
			} catch {
				return null;
			}
		},
		raise: async () => {
			try {
				await redis.incr(key);
			} catch {
				// The copies still expire (ReferenceCache ttl); a lost raise only delays the change that long.
			}
		},
		close: async () => {
			redis.disconnect();
		},
	};
}

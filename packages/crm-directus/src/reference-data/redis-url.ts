type Env = Record<string, unknown>;

/** The Redis Directus itself is told to use (REDIS, or REDIS_HOST and friends); null on one process. */
export function redisUrlOf(env: Env): string | null {
	if (env['REDIS']) return String(env['REDIS']);
	if (!env['REDIS_HOST']) return null;
	const auth = env['REDIS_PASSWORD'] ? `${encodeURIComponent(String(env['REDIS_USERNAME'] ?? ''))}:${encodeURIComponent(String(env['REDIS_PASSWORD']))}@` : '';
	return `redis://${auth}${String(env['REDIS_HOST'])}:${String(env['REDIS_PORT'] ?? 6379)}/${String(env['REDIS_DB'] ?? 0)}`;
}

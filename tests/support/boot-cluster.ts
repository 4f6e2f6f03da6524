import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { type RunningDirectus, startDirectus } from '../../scripts/lib/directus-process.ts';
import { findFreePort } from '../../scripts/lib/free-port.ts';
import { isPgReachable, pgTargetFromEnv } from '../../scripts/lib/pg-database.ts';
import { prepareTestDatabase, seedTestAccess, testInstanceOf } from './boot-instance.ts';
import type { TestInstance } from './test-instance.ts';

/** Redis used by tests and tools: TEST_REDIS_URL, else the local server. */
export function testRedisUrl(env: NodeJS.ProcessEnv = process.env): string {
	return env['TEST_REDIS_URL'] || 'redis://127.0.0.1:6379';
}

// ---------------------------------------------------------------------------------------------------
// A few commands over RESP, enough to check that Redis answers and to clean a cluster's keys up,
// without a Redis client among the project's dependencies.

type RespValue = string | number | null | RespValue[] | Error;

/** One value of `buf` from `at`: [value, next offset], or null when the reply is not complete yet. */
function parseResp(buf: Buffer, at: number): [RespValue, number] | null {
	const eol = buf.indexOf('\r\n', at);
	if (eol === -1) return null;
	const type = String.fromCharCode(buf[at]!);
	const head = buf.toString('utf8', at + 1, eol);
	const next = eol + 2;
	if (type === '+') return [head, next];
	if (type === '-') return [new Error(head), next];
	if (type === ':') return [Number(head), next];

	if (type === '$') {
		const length = Number(head);
		if (length < 0) return [null, next];
		if (buf.length < next + length + 2) return null;
		return [buf.toString('utf8', next, next + length), next + length + 2];
	}

	if (type === '*') {
		const count = Number(head);
		if (count < 0) return [null, next];
		const items: RespValue[] = [];
		let offset = next;

		for (let i = 0; i < count; i++) {
			const item = parseResp(buf, offset);
			if (item === null) return null;
			items.push(item[0]);
			offset = item[1];
		}

		return [items, offset];
	}

	throw new Error(`unexpected Redis reply type ${JSON.stringify(type)}`);
}

const encode = (args: readonly string[]) => `*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`;

/** Sends the commands on one connection (after AUTH and SELECT from the URL) and returns their replies; an error reply throws. */
export function redisCommands(url: string, commands: readonly (readonly string[])[], timeoutMs = 3000): Promise<RespValue[]> {
	const parsed = new URL(url);
	if (parsed.protocol !== 'redis:') throw new Error(`Only redis:// URLs are supported; got ${url}`);
	const preamble: string[][] = [];
	if (parsed.password) preamble.push(parsed.username ? ['AUTH', decodeURIComponent(parsed.username), decodeURIComponent(parsed.password)] : ['AUTH', decodeURIComponent(parsed.password)]);
	const db = parsed.pathname.replace(/^\//, '');
	if (db) preamble.push(['SELECT', db]);
	const all = [...preamble, ...commands];

	return new Promise((resolve, reject) => {
		const socket = connect({ host: parsed.hostname || '127.0.0.1', port: Number(parsed.port || 6379) });
		let buf = Buffer.alloc(0);
		let offset = 0;
		const replies: RespValue[] = [];
		const fail = (error: Error) => {
			socket.destroy();
			reject(error);
		};
		socket.setTimeout(timeoutMs, () => fail(new Error(`Redis at ${parsed.host} did not answer within ${timeoutMs} ms`)));
		socket.on('error', fail);
		socket.on('connect', () => socket.write(all.map(encode).join('')));
		socket.on('data', (chunk) => {
			buf = Buffer.concat([buf, chunk]);
			let reply: [RespValue, number] | null;

			while (replies.length < all.length && (reply = parseResp(buf, offset)) !== null) {
				replies.push(reply[0]);
				offset = reply[1];
			}

			if (replies.length < all.length) return;
			socket.end();
			const error = replies.find((r): r is Error => r instanceof Error);
			if (error) reject(new Error(`Redis at ${parsed.host}: ${error.message}`));
			else resolve(replies.slice(preamble.length));
		});
	});
}

export async function isRedisReachable(url: string): Promise<boolean> {
	try {
		const [pong] = await redisCommands(url, [['PING']]);
		return pong === 'PONG';
	} catch {
		return false;
	}
}

/** Keys starting with `prefix` (SCAN, so a busy development Redis is not blocked). */
export async function redisKeys(url: string, prefix: string): Promise<string[]> {
	const keys: string[] = [];
	let cursor = '0';

	do {
		const [reply] = (await redisCommands(url, [['SCAN', cursor, 'MATCH', `${prefix}*`, 'COUNT', '1000']])) as [[string, string[]]];
		cursor = reply[0];
		keys.push(...reply[1]);
	} while (cursor !== '0');

	return keys;
}

async function deleteRedisKeys(url: string, prefix: string): Promise<void> {
	const keys = await redisKeys(url, prefix);
	for (let i = 0; i < keys.length; i += 500) await redisCommands(url, [['DEL', ...keys.slice(i, i + 500)]]);
}

// ---------------------------------------------------------------------------------------------------

export interface BootedCluster {
	/** Two Directus servers on one PostgreSQL database and one Redis. */
	instances: TestInstance[];
	pgDatabase: string;
	/** The Redis the servers share, and the prefix of every key and channel they use there. */
	redis: { url: string; prefix: string };
	/** Stops both servers and starts them again on the same ports and database with `env` added: another setup without preparing a database again. */
	restart(env: Record<string, string>): Promise<void>;
	stop(): Promise<void>;
}

/**
 * What makes several Directus 11.17 processes one cluster: Redis for the cache stores, the rate limiter
 * and schedule synchronisation (without it every instance runs every `schedule` job); the message bus
 * (schema and permission cache invalidation) and locks go to Redis whenever REDIS is set. 11.17 has no
 * MESSENGER_STORE (the bus replaced it) and no single key prefix: each store has its own namespace,
 * all set here under one per-cluster prefix so that parallel runs on one Redis stay apart (Redis DB
 * numbers would not separate the bus: pub/sub channels are global to a server).
 */
function clusterRedisEnv(url: string, prefix: string): Record<string, string> {
	return {
		REDIS: url,
		CACHE_STORE: 'redis',
		RATE_LIMITER_STORE: 'redis',
		SYNCHRONIZATION_STORE: 'redis',
		CACHE_NAMESPACE: `${prefix}cache`,
		RATE_LIMITER_KEY_PREFIX: `${prefix}rate-limiter`,
		SYNCHRONIZATION_NAMESPACE: `${prefix}sync`,
		REDIS_BUS_NAMESPACE: `${prefix}bus`,
		REDIS_LOCK_NAMESPACE: `${prefix}lock`,
		REDIS_COUNTERS_NAMESPACE: `${prefix}counters`,
		REDIS_PERMISSIONS_NAMESPACE: `${prefix}permissions`,
		IMPORT_EXPORT_NAMESPACE: `${prefix}import-export`,
		WEBSOCKETS_COLLAB_STORE_NAMESPACE: `${prefix}collab`,
	};
}

/**
 * Two Directus processes on one fresh PostgreSQL database, sharing Redis (TEST_REDIS_URL). The database
 * is prepared once as bootInstance does (schema, demo data at TEST_SEED_SCALE, roles and demo users);
 * both servers get the same KEY and SECRET and their own port. `options.env` goes to both, e.g. fast
 * schedules. Takes about a minute: boot it in a test file's beforeAll, not in the global setup; `restart`
 * gives the same database another setup in seconds.
 * PostgreSQL (TEST_PG_*) and Redis must answer, else it throws saying which.
 */
export async function bootCluster(options: { env?: Record<string, string> } = {}): Promise<BootedCluster> {
	const pg = pgTargetFromEnv();
	if (!(await isPgReachable(pg))) throw new Error(`PostgreSQL at ${pg.host}:${pg.port} does not answer: a Directus cluster needs it.`);
	const redisUrl = testRedisUrl();
	if (!(await isRedisReachable(redisUrl))) throw new Error(`Redis at ${redisUrl} does not answer (PING): a Directus cluster needs it. Start redis-server or set TEST_REDIS_URL.`);

	const prefix = `crm-test-${randomBytes(5).toString('hex')}:`;
	const prepared = await prepareTestDatabase('postgres', pg);
	const servers: RunningDirectus[] = [];
	const stop = async () => {
		await Promise.all(servers.map((s) => s.stop()));
		await prepared.remove();
		await deleteRedisKeys(redisUrl, prefix).catch(() => {});
	};

	try {
		const ports: number[] = [];
		while (ports.length < 2) {
			const port = await findFreePort();
			if (!ports.includes(port)) ports.push(port);
		}

		const env = { ...prepared.env, ...clusterRedisEnv(redisUrl, prefix), ...options.env };
		const start = async (extra: Record<string, string>) => {
			const started = await Promise.allSettled(ports.map((port) => startDirectus({ ...env, ...extra, PORT: String(port) })));
			for (const result of started) if (result.status === 'fulfilled') servers.push(result.value);
			const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
			if (failed) throw failed.reason;
		};
		const restart = async (extra: Record<string, string>) => {
			await Promise.all(servers.splice(0).map((s) => s.stop()));
			await start(extra);
		};

		await start({});
		await seedTestAccess(servers[0]!.url, prepared);
		return { instances: servers.map((s) => testInstanceOf(prepared, s.url)), pgDatabase: prepared.pgDatabase!, redis: { url: redisUrl, prefix }, restart, stop };
	} catch (error) {
		await stop().catch(() => {});
		throw error;
	}
}

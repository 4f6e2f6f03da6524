import { describe, expect, test } from 'vitest';
import { AnswerCache } from '../../../packages/crm-directus/src/analytics/answer-cache.ts';
import { createLocalVersionSource, type VersionSource } from '../../../packages/crm-directus/src/reference-data/version-source.ts';

function setup(options: { ttlMs?: number; maxAnswers?: number; source?: VersionSource } = {}) {
	let now = 1_000;
	const source = options.source ?? createLocalVersionSource();
	const cache = new AnswerCache(source, { ttlMs: options.ttlMs ?? 60_000, maxAnswers: options.maxAnswers ?? 10, now: () => now });
	let computed = 0;
	const ask = (key: string) => cache.answer(key, async () => `${key}#${++computed}`);
	return { cache, source, ask, advance: (ms: number) => (now += ms), computed: () => computed };
}

describe('AnswerCache', () => {
	test('gives the kept answer while the data version holds', async () => {
		const { ask, computed } = setup();
		expect([await ask('sales'), await ask('sales'), computed()]).toEqual(['sales#1', 'sales#1', 1]);
	});

	test('computes again once any server raises the version (a write committed)', async () => {
		const { ask, source } = setup();
		await ask('sales');
		await source.raise();
		expect(await ask('sales')).toBe('sales#2');
	});

	test('forgets its own answers at once when told the data changed', async () => {
		const { ask, cache } = setup();
		await ask('sales');
		await cache.changed();
		expect(await ask('sales')).toBe('sales#2');
	});

	test('computes again after the time limit, for changes made around Directus', async () => {
		const { ask, advance } = setup({ ttlMs: 300_000 });
		await ask('sales');
		advance(299_999);
		expect(await ask('sales')).toBe('sales#1');
		advance(1);
		expect(await ask('sales')).toBe('sales#2');
	});

	test('keeps at most maxAnswers, dropping the least recently used', async () => {
		const { ask } = setup({ maxAnswers: 2 });
		await ask('a');
		await ask('b');
		await ask('a');
		await ask('c');
		expect([await ask('a'), await ask('b')]).toEqual(['a#1', 'b#4']);
	});

	test('callers asking the same question at once share one computation', async () => {
		const { ask, computed } = setup();
		expect(await Promise.all([ask('reps'), ask('reps'), ask('reps')])).toEqual(['reps#1', 'reps#1', 'reps#1']);
		expect(computed()).toBe(1);
	});

	test('computes every time while the version cannot be read (Redis down)', async () => {
		const down: VersionSource = { read: async () => null, raise: async () => {}, close: async () => {} };
		const { ask } = setup({ source: down });
		expect([await ask('sales'), await ask('sales')]).toEqual(['sales#1', 'sales#2']);
	});

	test('an answer computed at an older version never replaces one of a newer version', async () => {
		const source = createLocalVersionSource();
		const cache = new AnswerCache(source, { ttlMs: 60_000, maxAnswers: 10 });
		let release!: () => void;
		const slow = cache.answer('k', () => new Promise<string>((resolve) => (release = () => resolve('old'))));
		await Promise.resolve();
		await source.raise();
		expect(await cache.answer('k', async () => 'new')).toBe('new');
		release();
		expect(await slow).toBe('old');
		expect(await cache.answer('k', async () => 'again')).toBe('new');
	});

	test('a failed computation is not kept: the next caller tries again', async () => {
		const { cache } = setup();
		await expect(cache.answer('k', async () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
		expect(await cache.answer('k', async () => 'ok')).toBe('ok');
	});
});

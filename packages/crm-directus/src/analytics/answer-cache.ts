import type { VersionSource } from '../reference-data/version-source.ts';

interface Answer {
	version: number;
	at: number;
	value: unknown;
}

export interface AnswerCacheOptions {
	/** An answer older than this is computed again even when the version did not move: changes made with SQL, around Directus and the CRM, show within it. */
	ttlMs: number;
	/** How many answers one server keeps (the least recently used go first). */
	maxAnswers: number;
	now?: () => number;
}

/**
 * Answers of the analyses (sales, rep leaderboard, movers, drill-down, profitability), kept per version of the
 * CRM's data: every committed write to a CRM collection raises the version (on every server, through Redis
 * when they share one), so an answer is reused only while nothing it could be made of has changed. The key
 * names the question and the caller's read permissions, so two callers share an answer only when their
 * policies read the same rows. The version is read before the answer is computed: a write that commits
 * meanwhile raises it again afterwards, and the next caller computes a fresh answer.
 */
export class AnswerCache {
	readonly #answers = new Map<string, Answer>();
	readonly #running = new Map<string, Promise<unknown>>();
	readonly #source: VersionSource;
	readonly #options: AnswerCacheOptions;
	readonly #now: () => number;

	constructor(source: VersionSource, options: AnswerCacheOptions) {
		this.#source = source;
		this.#options = options;
		this.#now = options.now ?? Date.now;
	}

	/** The answer to `key` at the data's current version: kept, being computed for another caller, or computed now. */
	async answer<T>(key: string, compute: () => Promise<T>): Promise<T> {
		const version = await this.#source.read();
		if (version === null) return compute();
		const kept = this.#answers.get(key);
		if (kept && kept.version === version && this.#now() - kept.at < this.#options.ttlMs) {
			// Most recently used last: the first entry is the one to drop.
			this.#answers.delete(key);
			this.#answers.set(key, kept);
			return kept.value as T;
		}
		const slot = `${version}\u0000${key}`;
		const running = this.#running.get(slot);
		if (running) return running as Promise<T>;
		const computing = compute().then((value) => {
			this.#keep(key, { version, at: this.#now(), value });
			return value;
		});
		this.#running.set(slot, computing);
		try {
			return await computing;
		} finally {
			this.#running.delete(slot);
		}
	}

	/** The data changed: this server forgets its answers at once, the others when they read the raised version. */
	async changed(): Promise<void> {
		this.#answers.clear();
		await this.#source.raise();
	}

	#keep(key: string, answer: Answer): void {
		const latest = this.#answers.get(key);
		if (latest && latest.version > answer.version) return;
		this.#answers.delete(key);
		this.#answers.set(key, answer);
		while (this.#answers.size > this.#options.maxAnswers) this.#answers.delete(this.#answers.keys().next().value!);
	}
}

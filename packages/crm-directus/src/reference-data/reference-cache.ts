import type { Knex } from 'knex';
import type { VersionSource } from './version-source.ts';

interface Copy {
	version: number;
	loadedAt: number;
	value: unknown;
}

export interface ReferenceCacheOptions {
	/** Copies older than this are loaded again even when the version did not move: changes made with SQL, around Directus, apply within it. */
	ttlMs: number;
	now?: () => number;
}

/**
 * Copies of reference data that every service request reads and that changes rarely (classification
 * rules, service maps, calendars, skills, teams, product groups), kept per version of that data.
 * The version is read once per transaction, before any copy is used, so a copy is never newer-labelled
 * than what it holds. A transaction that itself writes reference data reads the database directly: its
 * uncommitted rows must not become everyone's copy.
 */
export class ReferenceCache {
	readonly #copies = new Map<string, Copy>();
	readonly #versions = new WeakMap<Knex, Promise<number | null>>();
	readonly #writers = new WeakSet<Knex>();
	readonly #now: () => number;
	readonly #ttlMs: number;
	readonly source: VersionSource;

	constructor(source: VersionSource, options: ReferenceCacheOptions) {
		this.source = source;
		this.#ttlMs = options.ttlMs;
		this.#now = options.now ?? Date.now;
	}

	/** The copy of `key` at the current version, loaded with `load` when there is none. */
	async read<T>(knex: Knex, key: string, load: () => PromiseLike<T>): Promise<T> {
		if (this.#writers.has(knex)) return load();
		const version = await this.#versionFor(knex);
		if (version === null) return load();
		const copy = this.#copies.get(key);
		if (copy && copy.version === version && this.#now() - copy.loadedAt < this.#ttlMs) return copy.value as T;
		// Loaded on the caller's own connection (SQLite has one; a transaction is one). Only a finished
		// load is shared: one still running belongs to its caller's transaction and ends with it.
		const value = await load();
		const latest = this.#copies.get(key);
		if (!latest || latest.version <= version) this.#copies.set(key, { version, loadedAt: this.#now(), value });
		return value;
	}

	/** `knex` (a transaction) is about to change reference data: it reads the database from now on. */
	markWriting(knex: Knex): void {
		this.#writers.add(knex);
	}

	/** Reference data changed and committed: every instance loads its copies again. */
	async changed(): Promise<void> {
		this.#copies.clear();
		await this.source.raise();
	}

	#versionFor(knex: Knex): Promise<number | null> {
		if (!(knex as Knex & { isTransaction?: boolean }).isTransaction) return this.source.read();
		let version = this.#versions.get(knex);
		if (!version) {
			version = this.source.read();
			this.#versions.set(knex, version);
		}
		return version;
	}
}

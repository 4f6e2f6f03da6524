import type { Knex } from 'knex';
import type { ReferenceCache } from './reference-cache.ts';

// The hooks extension turns the cache on and raises its version on every change. Any other bundle that
// loads the same facts (the endpoints) has no cache of its own and reads the database each time, since
// nothing there would learn of a change.
let cache: ReferenceCache | null = null;

/** Turns the process's reference cache on (or off with null). */
export function useReferenceCache(next: ReferenceCache | null): ReferenceCache | null {
	const previous = cache;
	cache = next;
	return previous;
}

/** Reference data `key`, from the cache when it is on and current, else from `load`. */
export async function readReference<T>(knex: Knex, key: string, load: () => PromiseLike<T>): Promise<T> {
	return cache ? cache.read(knex, key, load) : load();
}

/** Called in a write's transaction before it changes reference data. */
export function markReferenceWrite(knex: Knex): void {
	cache?.markWriting(knex);
}

/** Called once a change of reference data is committed. */
export async function referenceChanged(): Promise<void> {
	await cache?.changed();
}

import { AsyncLocalStorage } from 'node:async_hooks';

// The hook and the endpoint are separate bundles, each with its own copy of this module: the store
// lives on a process-wide symbol so that both see the same one.
const KEY = Symbol.for('directus-crm.trusted-write');
const globalStore = globalThis as unknown as Record<symbol, AsyncLocalStorage<true> | undefined>;
const store: AsyncLocalStorage<true> = (globalStore[KEY] ??= new AsyncLocalStorage<true>());

/**
 * Runs `fn` as a write of the CRM itself: server-computed fields (totals, statuses, numbers) may be
 * set. Permissions still apply: the services inside keep the caller's accountability.
 */
export function runTrusted<T>(fn: () => Promise<T>): Promise<T> {
	return store.run(true, fn);
}

export function isTrustedWrite(): boolean {
	return store.getStore() === true;
}

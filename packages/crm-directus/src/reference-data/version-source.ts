/**
 * Where the version of the cached reference data lives. Every instance reads it before using its cached
 * copies and raises it after a change commits; a copy loaded at another version is loaded again.
 * `read` answers null when the version cannot be known (the store is down): the caller then reads the
 * database instead of trusting its copies.
 */
export interface VersionSource {
	read(): Promise<number | null>;
	raise(): Promise<void>;
	close(): Promise<void>;
}

/** One process (SQLite, or a single instance): the version is a number in memory. */
export function createLocalVersionSource(): VersionSource {
	let version = 0;
	return {
		read: async () => version,
		raise: async () => {
			version++;
		},
		close: async () => {},
	};
}

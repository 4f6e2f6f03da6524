/**
 * What a benchmark started (servers, databases, connections), undone once at the end or on Ctrl-C:
 * last registered first, so a server stops before its database is dropped.
 */
export function createBenchCleanup(): { cleanups: (() => Promise<void>)[]; cleanup: () => Promise<void> } {
	const cleanups: (() => Promise<void>)[] = [];
	let cleaning: Promise<void> | null = null;
	const cleanup = (): Promise<void> => {
		cleaning ??= (async () => {
			for (const fn of cleanups.reverse()) {
				try {
					await fn();
				} catch (err) {
					console.error('cleanup:', err);
				}
			}
		})();
		return cleaning;
	};
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.once(signal, () => {
			console.error(`${signal}: cleaning up…`);
			void cleanup().then(() => process.exit(130));
		});
	}
	return { cleanups, cleanup };
}

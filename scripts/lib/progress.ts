/**
 * Runs one step of a start between two lines: `<what>…` when it begins, `<what>: <outcome> (12.3 s)` when
 * it ends, so that a first start that builds and seeds for minutes says what it is doing and how long it took.
 * `outcome` words the result ("customers 1000, …"); without it the end line says "done".
 */
export type Step = <T>(what: string, run: () => Promise<T> | T, outcome?: (result: T) => string) => Promise<T>;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function printedSteps(print: (line: string) => void, clock: () => number = () => performance.now()): Step {
	return async (what, run, outcome) => {
		const begun = clock();
		print(`${what}…`);
		try {
			const result = await run();
			print(`${what}: ${outcome?.(result) ?? 'done'} (${seconds(clock() - begun)})`);
			return result;
		} catch (error) {
			print(`${what}: failed (${seconds(clock() - begun)})`);
			throw error;
		}
	};
}

/** For callers that want the work without the lines (the test instances). */
export const silentSteps: Step = async (_what, run) => run();

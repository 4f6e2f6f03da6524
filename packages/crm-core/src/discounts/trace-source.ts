import type { PricingContext } from './pricing-context.ts';
import type { TraceEntry } from './pricing-trace.ts';
import { toTraceEntry } from './to-trace-entry.ts';

/** The rows a trace property is made from, until it is first read: `count` rows from `first`, then `extra`. */
export interface TraceSource {
	ctx: PricingContext;
	first: number;
	count: number;
	extra: readonly number[];
	/** The entries, once written. */
	entries?: TraceEntry[];
}

/** The source's rows, in trace order. */
export function traceRows(source: TraceSource): number[] {
	const rows: number[] = [];
	for (let row = source.first; row < source.first + source.count; row++) rows.push(row);
	for (const row of source.extra) rows.push(row);
	return rows;
}

// On the owner itself rather than in a WeakMap, so that it is found through a proxy of it too (e.g. a
// reactive store); a symbol that is not enumerable, so JSON, spreads, clones and deep equality skip it.
const SOURCE = Symbol('traceSource');

type Owner = object & { [SOURCE]?: TraceSource | undefined };

/** The owner's property becomes plain data: `value`. Reflect, so that a frozen owner keeps its accessor instead of throwing. */
function settle(owner: Owner, key: string, value: unknown): void {
	if (Reflect.defineProperty(owner, key, { value, writable: true, enumerable: true, configurable: true })) Reflect.set(owner, SOURCE, undefined);
}

function lazy(key: string): PropertyDescriptor {
	return {
		get(this: Owner) {
			const source = this[SOURCE];
			if (!source) return [];
			source.entries ??= traceRows(source).map((row) => toTraceEntry(row, source.ctx));
			settle(this, key, source.entries);
			return source.entries;
		},
		set(this: Owner, value: unknown) {
			settle(this, key, value);
		},
		enumerable: true,
		configurable: true,
	};
}

// Shared by every line and result: no closure per line.
const LAZY: Readonly<Record<'trace' | 'orderTrace', PropertyDescriptor>> = { trace: lazy('trace'), orderTrace: lazy('orderTrace') };

/**
 * Gives `owner` a `trace` (a priced line) or `orderTrace` (a result) that is an ordinary enumerable
 * property to whoever reads it, JSON.stringify, spreads and deep equality included, but whose entries
 * and their texts are only written on first read: most results are only stored, summed or shown in part.
 */
export function attachTrace(owner: object, key: 'trace' | 'orderTrace', source: TraceSource): void {
	Object.defineProperty(owner, SOURCE, { value: source, writable: true, enumerable: false, configurable: true });
	Object.defineProperty(owner, key, LAZY[key]);
}

/** The rows of a trace nobody has read or replaced yet (toLinePricingRecord writes only those it keeps). */
export function traceSourceOf(owner: object): TraceSource | undefined {
	return (owner as Owner)[SOURCE];
}

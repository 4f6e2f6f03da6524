import type { TraceOutcome } from './pricing-trace.ts';

/** The outcomes, numbered by their place here in the table's `outcome` column. */
export const OUTCOMES: readonly TraceOutcome[] = [
	'applied',
	'capped',
	'margin_floor',
	'condition_failed',
	'expired',
	'not_started',
	'wrong_weekday',
	'exhausted',
	'code_missing',
	'other_currency',
	'superseded',
	'not_best',
	'no_effect',
	'inactive',
];

export const OUTCOME: Readonly<Record<TraceOutcome, number>> = Object.fromEntries(OUTCOMES.map((outcome, i) => [outcome, i])) as Record<TraceOutcome, number>;

/** What a row is: a line rule on its line, an order rule in the order trace, or a line's share of an order rule. */
export const LINE_RULE = 0;
export const ORDER_RULE = 1;
export const ORDER_SHARE = 2;

/**
 * Every trace entry of one basket as numbers, one row each, in columns. A 200-line basket against
 * thousands of rules has some 17,000 entries: as objects, with their texts, they were most of the time
 * spent pricing it (the garbage collector copying them). Rows are turned into TraceEntry objects, and
 * their texts written, only when someone reads them (see attachTrace, describeTraceRow).
 */
export class TraceTable {
	size = 0;
	/** LINE_RULE, ORDER_RULE or ORDER_SHARE. */
	kind: Uint8Array;
	/** The rule's rank in the index. */
	rank: Int32Array;
	/** The line's index; -1 for an order rule's own row. */
	line: Int32Array;
	/** Index in OUTCOMES. */
	outcome: Uint8Array;
	/** Discount given, minor units. */
	amount: Float64Array;
	/** TraceEntry.uncappedAmount; NaN when it has none. Shares: see uncappedShare. */
	uncapped: Float64Array;
	/** The effect's value for the line (its tier's, if tiered); for a share, its place among the rule's matching lines. */
	value: Float64Array;
	/** What the discount was computed on: the line's amount at the rule's turn, or the matching lines' nets. */
	base: Float64Array;
	/** The discount on `base`, before caps and floors; for a best-of rule, what it gives on its own. */
	full: Float64Array;
	/** What the cap left of `full`; for a best-of loser, what the winner gives on its own. */
	allowed: Float64Array;
	/** A share: the order rule's row. Superseded / not_best: the winner's row. Else -1. */
	link: Int32Array;
	/** A share held at the line's floor: 1. */
	held: Uint8Array;
	/** Texts written at once (they depend on state that changes later, e.g. an offer's quantity left), and order rules' texts once read. */
	texts = new Map<number, string>();
	/** Order rules' rows: the lines their product conditions select. */
	matching = new Map<number, readonly number[]>();
	/** Order rules' rows: the matching lines' nets the discount was spread by. */
	weights = new Map<number, readonly number[]>();
	/** Order rules' rows: the discount spread by `weights` with no cap nor floor, once asked for (uncappedShare). */
	unlimited = new Map<number, readonly number[]>();

	constructor(capacity: number) {
		const n = Math.max(16, capacity);
		this.kind = new Uint8Array(n);
		this.rank = new Int32Array(n);
		this.line = new Int32Array(n);
		this.outcome = new Uint8Array(n);
		this.amount = new Float64Array(n);
		this.uncapped = new Float64Array(n);
		this.value = new Float64Array(n);
		this.base = new Float64Array(n);
		this.full = new Float64Array(n);
		this.allowed = new Float64Array(n);
		this.link = new Int32Array(n);
		this.held = new Uint8Array(n);
	}

	/** A new row, 'applied' with nothing given so far. */
	add(kind: number, rank: number, line: number): number {
		if (this.size === this.kind.length) this.grow();
		const row = this.size++;
		this.kind[row] = kind;
		this.rank[row] = rank;
		this.line[row] = line;
		this.uncapped[row] = Number.NaN;
		this.link[row] = -1;
		return row;
	}

	/** Makes room for `rows` more rows at once, rather than doubling as they come. */
	reserve(rows: number): void {
		if (this.size + rows > this.kind.length) this.grow(this.size + rows);
	}

	private grow(least = 0): void {
		const n = Math.max(least, this.kind.length * 2);
		const wider = <T extends Uint8Array | Int32Array | Float64Array>(column: T, make: (length: number) => T): T => {
			const copy = make(n);
			copy.set(column);
			return copy;
		};
		this.kind = wider(this.kind, (length) => new Uint8Array(length));
		this.rank = wider(this.rank, (length) => new Int32Array(length));
		this.line = wider(this.line, (length) => new Int32Array(length));
		this.outcome = wider(this.outcome, (length) => new Uint8Array(length));
		this.amount = wider(this.amount, (length) => new Float64Array(length));
		this.uncapped = wider(this.uncapped, (length) => new Float64Array(length));
		this.value = wider(this.value, (length) => new Float64Array(length));
		this.base = wider(this.base, (length) => new Float64Array(length));
		this.full = wider(this.full, (length) => new Float64Array(length));
		this.allowed = wider(this.allowed, (length) => new Float64Array(length));
		this.link = wider(this.link, (length) => new Int32Array(length));
		this.held = wider(this.held, (length) => new Uint8Array(length));
	}
}

/** Order statistics the benchmarks report (nearest-rank percentiles). */
const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);

export function percentile(xs: readonly number[], p: number): number {
	const s = sorted(xs);
	return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

export function median(xs: readonly number[]): number {
	return sorted(xs)[Math.floor(xs.length / 2)]!;
}

/** Milliseconds with two decimals, as the BENCH lines print them. */
export function ms(x: number): string {
	return x.toFixed(2);
}

/** Deterministic synthetic data for benchmarks: a seeded PRNG (mulberry32), never Math.random. */
export interface BenchRng {
	next(): number;
	int(min: number, max: number): number;
	chance(p: number): boolean;
	pick<T>(xs: readonly T[]): T;
	sample<T>(xs: readonly T[], n: number): T[];
	uuid(): string;
}

export function createBenchRng(seed: number): BenchRng {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	const hex = (n: number) => Array.from({ length: n }, () => int(0, 15).toString(16)).join('');
	return {
		next,
		int,
		chance: (p) => next() < p,
		pick: (xs) => xs[int(0, xs.length - 1)]!,
		sample: (xs, n) => {
			const copy = [...xs];
			for (let i = copy.length - 1; i > 0; i--) {
				const j = int(0, i);
				[copy[i], copy[j]] = [copy[j]!, copy[i]!];
			}
			return copy.slice(0, n);
		},
		uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + int(0, 3)).toString(16)}${hex(3)}-${hex(12)}`,
	};
}

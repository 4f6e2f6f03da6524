/**
 * The demo data's one source of randomness: a small seeded PRNG, so one seed always gives the same rows
 * on every platform. Each generator draws from its own stream (its own seed), so adding rows to one
 * leaves the others as they were; within a stream the order of the calls is part of the data.
 */
export interface Rng {
	/** Uniform in [0, 1). */
	float(): number;
	/** Uniform integer in [min, max], both inclusive. */
	int(min: number, max: number): number;
	chance(p: number): boolean;
	pick<T>(items: readonly T[]): T;
	weighted<T>(entries: readonly (readonly [T, number])[]): T;
	uuid(): string;
	digits(n: number): string;
}

/** sfc32 seeded through splitmix32: fast, 128-bit state, identical on every platform. */
export function createRng(seed: number): Rng {
	let s = Math.trunc(seed) >>> 0;
	const splitmix = (): number => {
		s = (s + 0x9e3779b9) >>> 0;
		let z = s;
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
		return (z ^ (z >>> 16)) >>> 0;
	};
	let a = splitmix();
	let b = splitmix();
	let c = splitmix();
	let d = splitmix();
	const u32 = (): number => {
		const t = (((a + b) >>> 0) + d) >>> 0;
		d = (d + 1) >>> 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) >>> 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) >>> 0;
		return t;
	};
	for (let i = 0; i < 15; i++) u32();

	const float = () => u32() / 4294967296;
	const int = (min: number, max: number) => min + Math.floor(float() * (max - min + 1));
	const hex8 = () => u32().toString(16).padStart(8, '0');
	return {
		float,
		int,
		chance: (p) => float() < p,
		pick: (items) => {
			if (items.length === 0) throw new Error('pick from an empty list');
			return items[Math.floor(float() * items.length)] as (typeof items)[number];
		},
		weighted: (entries) => {
			let total = 0;
			for (const [, w] of entries) total += w;
			let r = float() * total;
			for (const [value, w] of entries) {
				r -= w;
				if (r < 0) return value;
			}
			const last = entries[entries.length - 1];
			if (!last) throw new Error('weighted pick from an empty list');
			return last[0];
		},
		uuid: () => {
			const h = hex8() + hex8() + hex8() + hex8();
			const variant = '89ab'[parseInt(h[16]!, 16) & 3]!;
			return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
		},
		digits: (n) => {
			let out = String(int(1, 9));
			for (let i = 1; i < n; i++) out += String(int(0, 9));
			return out;
		},
	};
}

/** `n` different items in random order (fewer when there are not that many). */
export function pickDistinct<T>(rng: Rng, items: readonly T[], n: number): T[] {
	const pool = [...items];
	const out: T[] = [];
	while (out.length < n && pool.length > 0) out.push(pool.splice(rng.int(0, pool.length - 1), 1)[0]!);
	return out;
}

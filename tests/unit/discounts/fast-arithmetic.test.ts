import { describe, expect, test } from 'vitest';
import { allocateInProportion } from '../../../packages/crm-core/src/discounts/allocate-in-proportion.ts';
import { roundedProduct } from '../../../packages/crm-core/src/discounts/rounded-product.ts';
import { allocateProportionally } from '../../../packages/crm-core/src/money/allocate-proportionally.ts';
import { divideAndRound } from '../../../packages/crm-core/src/money/divide-and-round.ts';
import { ROUNDING_MODES } from '../../../packages/crm-core/src/money/rounding-mode.ts';

/** A small deterministic generator (LCG), so failures can be replayed. */
function random(seed: number): (max: number) => number {
	let state = seed;
	return (max) => {
		state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
		return Math.floor((state / 2 ** 31) * max);
	};
}

// The engine's number arithmetic must give exactly what the BigInt money helpers give.
describe('roundedProduct', () => {
	test('rounds like divideAndRound, ties and negatives included', () => {
		for (const divisor of [2, 3, 1000, 10_000]) {
			for (let k = -20; k <= 20; k++) {
				for (const offset of [-1, 0, 1]) {
					const a = k * divisor + Math.floor(divisor / 2) + offset;
					for (const mode of ROUNDING_MODES) {
						expect(Object.is(roundedProduct(a, 1, divisor, mode), Number(divideAndRound(BigInt(a), BigInt(divisor), mode))), `${a} / ${divisor} ${mode}`).toBe(true);
					}
				}
			}
		}
	});

	test('falls back to BigInt beyond 2^53', () => {
		const next = random(7);
		for (let i = 0; i < 2000; i++) {
			const a = next(2 ** 40) * (next(2) ? 1 : -1);
			const b = [next(10_001), next(2 ** 31), 2 ** 20 + next(1000)][i % 3]!;
			const divisor = [10_000, 1000, 1 + next(50_000)][i % 3]!;
			const mode = ROUNDING_MODES[i % 4]!;
			expect(roundedProduct(a, b, divisor, mode)).toBe(Number(divideAndRound(BigInt(a) * BigInt(b), BigInt(divisor), mode)));
		}
	});
});

describe('allocateInProportion', () => {
	test('splits like allocateProportionally: largest remainder, ties to the earlier part', () => {
		const next = random(11);
		for (let i = 0; i < 2000; i++) {
			const n = 1 + next(i % 10 === 0 ? 250 : 8);
			const scale = [3, 100, 1_000_000, 2 ** 40][next(4)]!;
			const weights = Array.from({ length: n }, () => (next(5) === 0 ? 0 : next(scale)));
			if (i % 3 === 0) weights.fill(weights[0]!);
			const total = [next(10), next(100_000), next(2 ** 50)][next(3)]! * (next(5) === 0 ? -1 : 1);
			expect(allocateInProportion(total, weights), `${total} over ${weights.length} parts`).toEqual(allocateProportionally(total, weights));
		}
		expect(allocateInProportion(1000, [1, 1, 1])).toEqual([334, 333, 333]);
		expect(allocateInProportion(5, [0, 0])).toEqual([5, 0]);
		expect(allocateInProportion(7, [])).toEqual([]);
	});

	test('refuses bad weights as allocateProportionally does', () => {
		expect(() => allocateInProportion(10, [1, -1])).toThrow(RangeError);
		expect(() => allocateInProportion(10, [1.5])).toThrow(RangeError);
	});
});

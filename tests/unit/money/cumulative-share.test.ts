import { describe, expect, it } from 'vitest';
import { cumulativeShare } from '../../../packages/crm-core/src/money/cumulative-share.ts';

describe('cumulativeShare', () => {
	it.each([
		// total, part, whole, already, share
		[1000, 1000, 3000, 0, 333],
		[1000, 1000, 3000, 1000, 334],
		[1000, 1000, 3000, 2000, 333],
		[2900, 2000, 2000, 0, 2900],
		[5, 500, 1000, 0, 3],
		[5, 500, 1000, 500, 2],
		[0, 700, 1000, 0, 0],
	])('%i over %i of %i after %i is %i', (total, part, whole, already, share) => {
		expect(cumulativeShare(total, part, whole, already)).toBe(share);
	});

	it('adds up to the total however the whole is taken in pieces', () => {
		for (const pieces of [[1, 1, 1], [1, 2], [3, 3, 1], [7]]) {
			const whole = pieces.reduce((a, b) => a + b, 0) * 1000;
			let already = 0;
			let sum = 0;
			for (const p of pieces) {
				sum += cumulativeShare(9_999, p * 1000, whole, already);
				already += p * 1000;
			}
			expect(sum).toBe(9_999);
		}
	});
});

import { describe, expect, test } from 'vitest';
import { type CreditShare, splitCredit } from '../../../packages/crm-core/src/commissions/index.ts';
import { domainFailure } from '../domain-failure.ts';

const shares = (...bps: number[]): CreditShare[] => bps.map((splitBp, i) => ({ repId: `rep-${i + 1}`, splitBp }));

describe('splitCredit: a shared document credited to its reps', () => {
	test.each([
		// 70 % and 30 % of 1,000.00: no remainder.
		['70/30 of 1,000.00', 100_000, shares(7000, 3000), [70_000, 30_000]],
		// 100,001 ÷ 2 = 50,000.5 each: the one cent left goes to the first rep listed (a tie).
		['half each of an odd amount: the odd cent to the first rep', 100_001, shares(5000, 5000), [50_001, 50_000]],
		// A credit note is split the same way, negative.
		['half each of an odd credit note', -100_001, shares(5000, 5000), [-50_001, -50_000]],
		// 1.00 in thirds: 33.34 / 33.33 / 33.33 → floors 33 + 33 + 33 = 99; the cent left goes to the largest remainder (.34).
		['thirds of 1.00', 100, shares(3334, 3333, 3333), [34, 33, 33]],
		// One cent over four equal shares: all remainders tie, the first rep gets it.
		['one cent over four reps', 1, shares(2500, 2500, 2500, 2500), [1, 0, 0, 0]],
		['one rep with all of it', 12_345, shares(10_000), [12_345]],
		['a rep with a share of 0 gets nothing', 999, shares(10_000, 0), [999, 0]],
	])('a split pays each rep their share and the parts sum to the invoice: %s', (_, amount, reps, expected) => {
		const parts = splitCredit(amount, reps);
		expect(parts).toEqual(reps.map((r, i) => ({ repId: r.repId, amountMinor: expected[i] })));
		expect(parts.reduce((sum, p) => sum + p.amountMinor, 0)).toBe(amount);
	});

	test.each([
		['refuses shares that add up to less than 100 %', 1000, shares(5000, 4000), 'shares'],
		['refuses shares that add up to more than 100 %', 1000, shares(6000, 5000), 'shares'],
		['refuses no shares at all', 1000, [], 'shares'],
		['refuses a rep listed twice', 1000, [{ repId: 'a', splitBp: 5000 }, { repId: 'a', splitBp: 5000 }], 'shares[1].repId'],
		['refuses a negative share', 1000, shares(5000, -5000), 'shares[1].splitBp'],
		['refuses an amount that is not whole minor units', 10.5, shares(10_000), 'amountMinor'],
	] as [string, number, CreditShare[], string][])('%s', (_, amount, reps, field) => {
		expect(domainFailure(() => splitCredit(amount, reps))).toEqual(['CRM_COMMISSION_SPLIT_INVALID', field]);
	});
});

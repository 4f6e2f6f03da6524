import { describe, expect, test } from 'vitest';
import { computeSalesKpis, convertByStage, type KpiDeal, type KpiGroup } from '../../../packages/crm-core/src/index.ts';

const deal = (over: Partial<KpiDeal>): KpiDeal => ({ id: 'd', ownerId: 'rita', status: 'open', amountBase: 0, openedAt: '2026-01-01T00:00:00.000Z', closedAt: null, expectedClose: '2026-03-15', visitedSorts: [10], ...over });
const period = { from: '2026-01-01', to: '2026-03-31' };
const rita: KpiGroup = { kind: 'rep', id: 'rita', name: 'Rita Rep', ownerIds: ['rita'], planRemaining: 200_000, planEnd: '2026-03-31' };

// Stages: Qualify 10, Develop 20, Propose 30 (open); Won 90; Lost 99.
const deals: KpiDeal[] = [
	deal({ id: 'w1', status: 'won', amountBase: 100_000, openedAt: '2026-01-01T00:00:00.000Z', closedAt: '2026-01-11T00:00:00.000Z', visitedSorts: [10, 20, 30, 90] }),
	deal({ id: 'w2', status: 'won', amountBase: 50_001, openedAt: '2026-01-01T00:00:00.000Z', closedAt: '2026-01-21T12:00:00.000Z', visitedSorts: [10, 30, 90] }),
	deal({ id: 'l1', status: 'lost', amountBase: 70_000, closedAt: '2026-02-01T00:00:00.000Z', visitedSorts: [10, 99] }),
	deal({ id: 'l2', status: 'lost', amountBase: 70_000, closedAt: '2026-02-01T00:00:00.000Z', visitedSorts: [10, 20, 99] }),
	deal({ id: 'old', status: 'won', amountBase: 999_999, closedAt: '2025-12-20T00:00:00.000Z', visitedSorts: [10, 90] }),
	deal({ id: 'o1', amountBase: 300_000, expectedClose: '2026-03-20' }),
	deal({ id: 'o2', amountBase: 400_000, expectedClose: '2026-04-10' }),
	deal({ id: 'other', ownerId: 'max', status: 'won', amountBase: 5, closedAt: '2026-01-05T00:00:00.000Z' }),
];

describe('computeSalesKpis: a rep\'s win rate, average deal, cycle and plan coverage', () => {
	test('counts the deals closed in the period, and the open pipeline due by the plan\'s end', () => {
		expect(computeSalesKpis(deals, rita, period)).toEqual({
			kind: 'rep', id: 'rita', name: 'Rita Rep',
			// 2 won of 4 closed in the period (the December win is outside it).
			won: 2, lost: 2, winRateBp: 5000,
			// (100,000 + 50,001) ÷ 2 = 75,000.5 → 75,001 half up.
			wonAmount: 150_001, averageDeal: 75_001,
			// 10 days and 20.5 days: 15.25 days on average.
			cycleCentidays: 1525,
			// Only the deal expected by 31 March covers the plan: 300,000 of 200,000 left = 1.5×.
			pipeline: 300_000, planRemaining: 200_000, coverageBp: 15_000,
		});
	});

	test.each([
		['no plan: no coverage', { planRemaining: null, planEnd: null }, { pipeline: 700_000, coverageBp: null }],
		['a plan already met: no coverage to speak of', { planRemaining: 0 }, { coverageBp: null }],
	])('%s', (_, over, expected) => {
		expect(computeSalesKpis(deals, { ...rita, ...over }, period)).toMatchObject(expected);
	});

	test('a team counts its reps\' deals; nobody closed anything: no rates', () => {
		expect(computeSalesKpis(deals, { ...rita, kind: 'team', id: 'north', name: 'North', ownerIds: ['rita', 'max'] }, period)).toMatchObject({ won: 3, lost: 2, winRateBp: 6000 });
		expect(computeSalesKpis(deals, rita, { from: '2026-06-01', to: '2026-06-30' })).toMatchObject({ won: 0, winRateBp: null, averageDeal: null, cycleCentidays: null });
	});
});

describe('convertByStage: how many deals that reached a stage went on', () => {
	test('of the closed deals, a stage passes on those that reached a later open stage or were won', () => {
		// Qualify: w1, w2, l1, l2 entered (and other, which has only Qualify and was won); Develop: w1, l2; Propose: w1, w2.
		expect(convertByStage(deals, [10, 20, 30], period)).toEqual([
			{ sort: 10, entered: 5, advanced: 4, conversionBp: 8000 },
			{ sort: 20, entered: 2, advanced: 1, conversionBp: 5000 },
			{ sort: 30, entered: 2, advanced: 2, conversionBp: 10_000 },
		]);
	});
});

import { describe, expect, test } from 'vitest';
import { attributeOrder, budgetPosition, roiBasisPoints, summarizeReturns } from '../../../packages/crm-core/src/index.ts';

describe('roiBasisPoints', () => {
	test.each([
		[150_000, 100_000, 5_000],
		[100_000, 100_000, 0],
		[40_000, 100_000, -6_000],
		[0, 30_000, -10_000],
		[100_001, 3, 333_326_667],
		[10, 0, null],
	])('margin %i on spend %i is %s bp', (margin, spend, bp) => {
		expect(roiBasisPoints(margin, spend)).toBe(bp);
	});
});

describe('summarizeReturns', () => {
	test('two won orders of one campaign: the spend counts once, never once per order', () => {
		const settings = { model: 'last_touch', windowDays: 30, halfLifeDays: 7 } as const;
		const touches = [{ id: 't1', campaign: 'SPRING', channel: 'email', at: '2026-03-02T09:00:00Z' }];
		const credits = [
			...attributeOrder({ id: 'O1', at: '2026-03-10T09:00:00Z', revenue: 500_000, margin: 200_000 }, touches, settings),
			...attributeOrder({ id: 'O2', at: '2026-03-20T09:00:00Z', revenue: 300_000, margin: 100_000 }, touches, settings),
		];
		const [spring] = summarizeReturns(credits, new Map([['SPRING', 120_000]]));
		// (300,000 − 120,000) ÷ 120,000 = 150 %; SuiteCRM's spend × deals would make it (300,000 − 240,000) ÷ 240,000 = 25 %.
		expect(spring).toEqual({ key: 'SPRING', orders: 2, revenue: 800_000, margin: 300_000, spend: 120_000, roiBp: 15_000 });
	});

	test('a campaign with spend and no attributed order shows its loss; one without spend has no ROI', () => {
		expect(summarizeReturns([], new Map([['QUIET', 50_000]]))).toEqual([{ key: 'QUIET', orders: 0, revenue: 0, margin: 0, spend: 50_000, roiBp: -10_000 }]);
	});
});

describe('budgetPosition', () => {
	const base = { planned: 1_000_000, start: '2026-03-01', end: '2026-03-31', warnAtBp: 9_000, hardStop: false } as const;
	test.each([
		['a running campaign a third through at a third of its plan', { ...base, status: 'running', actual: 300_000, today: '2026-03-10' }, { forecast: 930_000, overrunForecast: false, warning: false, usedBp: 3_000 }],
		['a running campaign spending too fast', { ...base, status: 'running', actual: 600_000, today: '2026-03-10' }, { forecast: 1_860_000, overrunForecast: true, warning: false, usedBp: 6_000 }],
		['a campaign at 90 % of its plan', { ...base, status: 'running', actual: 900_000, today: '2026-03-30' }, { forecast: 930_000, overrunForecast: false, warning: true, usedBp: 9_000 }],
		['a planned campaign', { ...base, status: 'planned', actual: 0, today: '2026-02-01' }, { forecast: 1_000_000, overrunForecast: false, warning: false, usedBp: 0 }],
		['a finished campaign', { ...base, status: 'finished', actual: 1_100_000, today: '2026-04-10' }, { forecast: 1_100_000, overrunForecast: true, warning: true, usedBp: 11_000 }],
	] as const)('%s', (_name, facts, expected) => {
		expect(budgetPosition(facts)).toMatchObject(expected);
	});

	test('with a hard stop, sending stops once the plan is spent, not before', () => {
		expect(budgetPosition({ ...base, hardStop: true, status: 'running', actual: 999_999, today: '2026-03-20' }).stopSends).toBe(false);
		expect(budgetPosition({ ...base, hardStop: true, status: 'running', actual: 1_000_000, today: '2026-03-20' }).stopSends).toBe(true);
		expect(budgetPosition({ ...base, hardStop: false, status: 'running', actual: 2_000_000, today: '2026-03-20' }).stopSends).toBe(false);
	});
});

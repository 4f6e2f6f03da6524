import { describe, expect, test } from 'vitest';
import { errorKindOf, type ForecastAdjustmentFacts, planForecastAdjustment } from '../../../packages/crm-core/src/index.ts';
import { domainFailure } from '../domain-failure.ts';

const NOW = '2026-03-12T09:30:00.000Z';
const facts = (over: Partial<ForecastAdjustmentFacts> = {}): ForecastAdjustmentFacts => ({
	snapshot: { month: '2026-03', scoredAt: null, forecast: 101_601 },
	adjustment: -20_000,
	reason: 'Customer froze its budget',
	actor: { userId: 'm-1', isManager: true },
	now: NOW,
	...over,
});

describe("planForecastAdjustment: a manager's judgement on top of the computed forecast", () => {
	test.each([
		// 101,601 − 20,000 = 81,601; the reason is kept without its surrounding blanks.
		['lowers the forecast, recording who, when and why', facts({ reason: '  Customer froze its budget ' }), { adjustment: -20_000, reason: 'Customer froze its budget', final: 81_601 }],
		// 101,601 + 10,000 = 111,601.
		['raises it', facts({ adjustment: 10_000, reason: 'Framework contract signed' }), { adjustment: 10_000, reason: 'Framework contract signed', final: 111_601 }],
		['taking an adjustment back needs no reason', facts({ adjustment: 0, reason: '  ' }), { adjustment: 0, reason: null, final: 101_601 }],
		['down to exactly nothing', facts({ adjustment: -101_601 }), { adjustment: -101_601, reason: 'Customer froze its budget', final: 0 }],
	])('%s', (_, input, plan) => {
		expect(planForecastAdjustment(input)).toEqual({ ...plan, adjustedBy: 'm-1', adjustedAt: NOW });
	});

	test.each([
		['an adjustment without a reason is refused', facts({ reason: null }), ['CRM_FORECAST_ADJUSTMENT_REASON_REQUIRED', 'reason']],
		['an adjustment with an empty reason is refused', facts({ reason: '' }), ['CRM_FORECAST_ADJUSTMENT_REASON_REQUIRED', 'reason']],
		['an adjustment with a blank reason is refused', facts({ reason: ' \t ' }), ['CRM_FORECAST_ADJUSTMENT_REASON_REQUIRED', 'reason']],
		['a sales rep may not adjust', facts({ actor: { userId: 'r-1', isManager: false } }), ['CRM_FORECAST_ADJUSTMENT_FORBIDDEN', undefined]],
		['a scored snapshot no longer changes', facts({ snapshot: { month: '2026-02', scoredAt: '2026-03-01T02:00:00.000Z', forecast: 90_000 } }), ['CRM_FORECAST_PERIOD_CLOSED', 'adjustment']],
		// 101,601 − 101,602 = −1.
		['the forecast cannot go below zero', facts({ adjustment: -101_602 }), ['CRM_OUT_OF_RANGE', 'adjustment']],
		['a fraction of a minor unit is refused', facts({ adjustment: 12.5 }), ['CRM_INVALID_AMOUNT', 'adjustment']],
		['an amount beyond safe integers is refused', facts({ adjustment: 2 ** 53 }), ['CRM_INVALID_AMOUNT', 'adjustment']],
	])('%s', (_, input, failure) => {
		expect(domainFailure(() => planForecastAdjustment(input))).toEqual(failure);
	});

	test('the refusals map to their kinds: reason missing is invalid, a rep is forbidden, a scored month a conflict', () => {
		expect(errorKindOf('CRM_FORECAST_ADJUSTMENT_REASON_REQUIRED')).toBe('invalid');
		expect(errorKindOf('CRM_FORECAST_ADJUSTMENT_FORBIDDEN')).toBe('forbidden');
		expect(errorKindOf('CRM_FORECAST_PERIOD_CLOSED')).toBe('conflict');
	});
});

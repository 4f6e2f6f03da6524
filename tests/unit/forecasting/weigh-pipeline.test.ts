import { describe, expect, test } from 'vitest';
import { type ForecastDeal, weighPipeline } from '../../../packages/crm-core/src/index.ts';

const deal = (amountBase: number, probabilityBp: number, category: ForecastDeal['category']): ForecastDeal => ({ amountBase, probabilityBp, category });

describe('weighPipeline: the pipeline by forecast category and weighted by probability', () => {
	test('categories are cumulative (closed ⊂ commit ⊂ best case) and omitted deals count nowhere', () => {
		const deals = [deal(100_000, 10_000, 'closed'), deal(50_000, 8000, 'commit'), deal(30_000, 6000, 'best_case'), deal(20_000, 1000, 'pipeline'), deal(99_999, 0, 'omitted')];
		expect(weighPipeline(deals)).toEqual({ closed: 100_000, commit: 150_000, bestCase: 180_000, open: 100_000, weighted: 100_000 + 40_000 + 18_000 + 2_000 });
	});

	test('the weighted sum is rounded once, not per deal: three deals of 0.05 at 10 % make 0.02, not 0.03', () => {
		expect(weighPipeline([deal(5, 1000, 'pipeline'), deal(5, 1000, 'pipeline'), deal(5, 1000, 'pipeline')]).weighted).toBe(2);
		expect(weighPipeline([deal(5, 1000, 'pipeline')]).weighted).toBe(1);
	});

	test('an empty pipeline is zero everywhere', () => {
		expect(weighPipeline([])).toEqual({ closed: 0, commit: 0, bestCase: 0, open: 0, weighted: 0 });
	});
});

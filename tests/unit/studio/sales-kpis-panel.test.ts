import { describe, expect, test } from 'vitest';
import { fromSalesKpisResponse } from '../../../extensions/panels/crm-sales-plans/src/sales-kpi-rows.ts';

const answer = {
	data: {
		from: '2026-01-01',
		to: '2026-12-07',
		currency: 'EUR',
		rows: [
			{ kind: 'rep', id: 'r1', name: 'Rita Rep', won: 3, lost: 1, win_rate_bp: 7500, won_amount: 300_000, average_deal: 100_000, cycle_days: 15.25, pipeline: 450_000, plan_remaining: 300_000, coverage_bp: 15_000 },
			{ kind: 'total', id: null, name: 'All you can see', won: 0, lost: 0, win_rate_bp: null, won_amount: 0, average_deal: null, cycle_days: null, pipeline: '1234567', plan_remaining: null, coverage_bp: null },
		],
		stages: [
			{ stage: { id: 's1', name: 'Qualify' }, entered: 5, advanced: 4, conversion_bp: 8000 },
			{ stage: { id: 's2', name: 'Develop' }, entered: 0, advanced: 0, conversion_bp: null },
		],
	},
};

describe('the sales KPIs table reads as people do', () => {
	test('win rate in percent, amounts with their currency, the cycle in days, coverage as a multiple of what is left', () => {
		const view = fromSalesKpisResponse(answer)!;
		expect(view.rows).toEqual([
			{ key: 'rep:r1', kind: 'rep', name: 'Rita Rep', won: '3 won, 1 lost', winRate: '75 %', averageDeal: '1,000.00 EUR', cycle: '15.25 days', pipeline: '4,500.00 EUR', coverage: '1.5× of 3,000.00 EUR left' },
			{ key: 'total:all', kind: 'total', name: 'All you can see', won: '0 won, 0 lost', winRate: '–', averageDeal: '–', cycle: '–', pipeline: '12,345.67 EUR', coverage: '–' },
		]);
		expect(view.conversion).toBe('Qualify 80 % → Develop –');
	});

	test('an answer without its period or currency cannot be read', () => {
		expect(fromSalesKpisResponse({ data: { rows: [] } })).toBeNull();
	});
});

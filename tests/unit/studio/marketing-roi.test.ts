import { describe, expect, it } from 'vitest';
import { failureMessage } from '../../../extensions/panels/crm-marketing-insights/src/failure-message.ts';
import { normalizePeriod, periodRange } from '../../../extensions/panels/crm-marketing-insights/src/marketing-period.ts';
import { normalizeModel } from '../../../extensions/panels/crm-marketing-insights/src/model-option.ts';
import { buildRoiChartOptions, campaignLines, describeCampaign, columnWidthOf, describeReturn, NO_SPEND_TEXT } from '../../../extensions/panels/crm-marketing-insights/src/roi-chart-options.ts';
import { type AttributionView, fromAttributionResponse, hasRoiBars, roiMatrix } from '../../../extensions/panels/crm-marketing-insights/src/roi-matrix.ts';
import { readTheme } from '../../../packages/crm-studio/src/read-theme.ts';

const SPRING = '11111111-1111-4111-8111-111111111111';
const SAFETY = '22222222-2222-4222-8222-222222222222';
const FAIR = '33333333-3333-4333-8333-333333333333';

function answer(roiSpring: number | null, roiSafety: number | null) {
	return {
		data: {
			model: 'linear',
			window_days: 90,
			half_life_days: 7,
			from: '2025-12-07',
			to: '2026-12-06',
			currency: 'EUR',
			by_campaign: [
				{ campaign: SPRING, code: 'SPRING-2026', name: 'Spring tools campaign 2026', channel: 'email', orders: 12, revenue: '2500000', margin: 900_000, spend: 1_142_000, roi_bp: roiSpring },
				{ campaign: SAFETY, code: 'SAFETY-WEEKS', name: 'Workplace safety weeks', channel: 'visit', orders: 3, revenue: 400_000, margin: 150_000, spend: 0, roi_bp: roiSafety },
			],
			by_channel: [],
		},
	};
}

const views: AttributionView[] = (['first_touch', 'last_touch', 'linear', 'u_shaped', 'time_decay'] as const).map((model, i) => fromAttributionResponse(answer(-2119 + i * 100, null), model)!);
const theme = readTheme(() => '');

describe('the period and model options', () => {
	it('covers the last 90 or 365 days including today, or the year so far', () => {
		expect(periodRange('last90', '2026-12-06')).toEqual({ from: '2026-09-08', to: '2026-12-06' });
		expect(periodRange('last365', '2026-12-06')).toEqual({ from: '2025-12-07', to: '2026-12-06' });
		expect(periodRange('thisYear', '2026-12-06')).toEqual({ from: '2026-01-01', to: '2026-12-06' });
	});

	it('falls back to the last 365 days and the linear model', () => {
		expect(normalizePeriod('yesterday')).toBe('last365');
		expect(normalizePeriod(null)).toBe('last365');
		expect(normalizeModel('u_shaped')).toBe('u_shaped');
		expect(normalizeModel('best')).toBe('linear');
	});
});

describe('the ROI of the campaigns by attribution model', () => {
	it('reads the attribution answer; amounts sent as text become numbers', () => {
		const view = fromAttributionResponse(answer(1250, null), 'linear')!;
		expect(view.currency).toBe('EUR');
		expect(view.byCampaign[0]).toMatchObject({ campaign: SPRING, code: 'SPRING-2026', revenue: 2_500_000, roiBp: 1250 });
		expect(view.byCampaign[1]!.roiBp).toBeNull();
		expect(fromAttributionResponse({ data: { currency: 'EUR' } }, 'linear')).toBeNull();
		expect(fromAttributionResponse({ errors: [] }, 'linear')).toBeNull();
	});

	it('has a group per campaign named by code and name, a bar per model in percent, and no bar without spend', () => {
		const matrix = roiMatrix(views);
		expect(matrix.campaigns.map((c) => [c.label, c.name, c.title])).toEqual([
			['SPRING-2026', 'Spring tools campaign 2026', 'SPRING-2026 · Spring tools campaign 2026'],
			['SAFETY-WEEKS', 'Workplace safety weeks', 'SAFETY-WEEKS · Workplace safety weeks'],
		]);
		expect(matrix.series.map((s) => s.name)).toEqual(['First touch', 'Last touch', 'Linear', 'U-shaped (40/20/40)', 'Time decay']);
		expect(matrix.series.map((s) => s.data)).toEqual([
			[-21.19, null],
			[-20.19, null],
			[-19.19, null],
			[-18.19, null],
			[-17.19, null],
		]);
		expect(matrix.withoutSpend).toEqual(['SAFETY-WEEKS']);
		expect(hasRoiBars(matrix)).toBe(true);
	});

	it('keeps the campaigns with the most spend and counts the rest; never shows an id', () => {
		const third = { campaign: FAIR, code: null, name: null, orders: 0, revenue: 0, margin: 0, spend: 5, roiBp: -10_000 };
		const matrix = roiMatrix(views.map((v) => ({ ...v, byCampaign: [...v.byCampaign, third] })), 2);
		expect(matrix.campaigns.map((c) => c.label)).toEqual(['SPRING-2026', 'Unnamed campaign']);
		expect(matrix.leftOut).toBe(1);
		expect(JSON.stringify(matrix.campaigns.map((c) => [c.label, c.title]))).not.toContain(FAIR);
	});

	it('has no bars when no campaign booked spend', () => {
		const matrix = roiMatrix([fromAttributionResponse(answer(null, null), 'linear')!]);
		expect(hasRoiBars(matrix)).toBe(false);
		expect(matrix.withoutSpend).toEqual(['SPRING-2026', 'SAFETY-WEEKS']);
	});

	it('says in the tooltip what a bar means, and that a missing one has no spend', () => {
		const matrix = roiMatrix(views);
		expect(describeReturn(matrix.series[2]!.returns[0]!, 'EUR')).toBe('-19.19 % · margin 9,000.00 EUR');
		expect(describeReturn(matrix.series[2]!.returns[1]!, 'EUR')).toBe(NO_SPEND_TEXT);
		expect(describeCampaign(matrix, 0)).toBe('SPRING-2026 · Spring tools campaign 2026 — spend 11,420.00 EUR');
		expect(describeCampaign(matrix, 1)).toBe('SAFETY-WEEKS · Workplace safety weeks — no spend');
	});

	it('names each group in two lines, the name cut to the group width', () => {
		const matrix = roiMatrix(views);
		const measure = (text: string) => text.length * 7;
		expect(campaignLines(matrix, 800, measure)).toEqual([
			['SPRING-2026', 'Spring tools campaign 2026'],
			['SAFETY-WEEKS', 'Workplace safety weeks'],
		]);
		const narrow = campaignLines(matrix, 300, measure);
		expect(narrow[0]![1]).toMatch(/^Spring.*…$/);
	});

	it('draws grouped vertical bars with the models in the legend and every bar, the empty ones too, in the shared tooltip', () => {
		const matrix = roiMatrix(views);
		const options = buildRoiChartOptions(matrix, theme, { width: 900, height: 320 }, (t) => t.length * 7) as any;
		expect(options.chart.type).toBe('bar');
		expect(options.plotOptions.bar.horizontal).toBe(false);
		expect(options.plotOptions.bar.columnWidth).toBe('50%');
		expect(columnWidthOf(10)).toBe('75%');
		expect(options.series).toHaveLength(5);
		expect(options.series[0].data).toEqual([-21.19, null]);
		expect(options.yaxis.labels.formatter(-20.4)).toBe('-20 %');
		expect(options.tooltip.shared).toBe(true);
		expect(options.tooltip.hideEmptySeries).toBe(false);
		expect(options.tooltip.y.formatter(null, { seriesIndex: 0, dataPointIndex: 1 })).toBe(NO_SPEND_TEXT);
		expect(options.tooltip.x.formatter('x', { dataPointIndex: 0 })).toContain('SPRING-2026');
	});
});

describe('failureMessage', () => {
	it('says in a sentence that the caller may not see the figures on a 403, else what the API said', () => {
		const forbidden = { response: { status: 403, data: { errors: [{ message: "You don't have permission to access this." }] } } };
		expect(failureMessage(forbidden, 'You may not see this.', 'Failed.')).toBe('You may not see this.');
		const missing = { response: { status: 404, data: { errors: [{ message: 'Route /crm/marketing/channels does not exist.' }] } } };
		expect(failureMessage(missing, 'You may not see this.', 'Failed.')).toBe('Route /crm/marketing/channels does not exist.');
		expect(failureMessage(null, 'You may not see this.', 'Failed.')).toBe('Failed.');
	});
});

import { describe, expect, it } from 'vitest';
import { CHANNEL_COLUMNS, channelTableRows } from '../../../extensions/panels/crm-marketing-insights/src/channel-table-rows.ts';
import { fromChannelsResponse, hasSales } from '../../../extensions/panels/crm-marketing-insights/src/channels-data.ts';
import { pointChange, relativeChange } from '../../../packages/crm-studio/src/period-change.ts';
import { buildSalesChannelChartOptions, PREVIOUS_OPACITY, salesChannelSeries } from '../../../extensions/panels/crm-marketing-insights/src/sales-channel-chart-options.ts';
import { translucentColour } from '../../../packages/crm-studio/src/translucent-colour.ts';
import { readTheme } from '../../../packages/crm-studio/src/read-theme.ts';

const WHOLESALE = '44444444-4444-4444-8444-444444444444';

const previousCampaign = { members: 100, converted_members: 10, conversion_bp: 1000, orders: 10, revenue: 400_000, margin: 120_000, spend: 50_000, acquired_customers: 4, cost_per_acquired_customer: 12_500, avg_order: 40_000, roi_bp: 14_000 };
const body = {
	data: {
		from: '2025-12-07',
		to: '2026-12-06',
		currency: 'EUR',
		model: 'linear',
		window_days: 90,
		previous: { from: '2024-12-07', to: '2025-12-06' },
		by_sales_channel: [
			{ channel: WHOLESALE, name: 'Wholesale', orders: 40, revenue: '1200000', margin: 300_000, customers: 12, new_customers: 3, avg_order: 30_000, previous: { orders: 30, revenue: 1_000_000, margin: 280_000, customers: 10, new_customers: 2, avg_order: 33_333 } },
			{ channel: null, name: null, orders: 2, revenue: 10_000, margin: 2_000, customers: 2, new_customers: 0, avg_order: 5_000, previous: { orders: 0, revenue: 0, margin: 0, customers: 0, new_customers: 0, avg_order: null } },
		],
		by_campaign_channel: [
			{ channel: 'visit', members: 40, converted_members: 2, conversion_bp: 500, orders: 3, revenue: 90_000, margin: 30_000, spend: 510_000, acquired_customers: 0, cost_per_acquired_customer: null, avg_order: 30_000, roi_bp: -9412, previous: { members: 0, converted_members: 0, conversion_bp: null, orders: 0, revenue: 0, margin: 0, spend: 0, acquired_customers: 0, cost_per_acquired_customer: null, avg_order: null, roi_bp: null } },
			{ channel: 'email', members: 120, converted_members: 18, conversion_bp: 1500, orders: 20, revenue: 600_000, margin: 180_000, spend: 60_000, acquired_customers: 5, cost_per_acquired_customer: 12_000, avg_order: 30_000, roi_bp: 20_000, previous: previousCampaign },
			{ channel: 'fax', members: 1 },
		],
	},
};

const view = fromChannelsResponse(body)!;

describe('the channels answer', () => {
	it('names sales channels in words, "No channel" for orders without one, and keeps the previous period', () => {
		expect(view.bySalesChannel.map((r) => r.name)).toEqual(['Wholesale', 'No channel']);
		expect(view.bySalesChannel[0]).toMatchObject({ revenue: 1_200_000, previous: { revenue: 1_000_000, margin: 280_000 } });
		expect(view.previous).toEqual({ from: '2024-12-07', to: '2025-12-06' });
		expect(hasSales(view)).toBe(true);
	});

	it('lists the campaign channels it knows in a fixed order', () => {
		expect(view.byCampaignChannel.map((r) => r.channel)).toEqual(['email', 'visit']);
		expect(view.byCampaignChannel[1]!.costPerAcquiredCustomer).toBeNull();
	});

	it('is null for an answer of another shape', () => {
		expect(fromChannelsResponse({ data: { currency: 'euro' } })).toBeNull();
		expect(fromChannelsResponse('Not found')).toBeNull();
	});
});

describe('changes against the previous period', () => {
	it('says counts and amounts in whole percent of before, good or bad by what a rise means', () => {
		expect(relativeChange(120, 100, 'higher')).toEqual({ text: '+20 %', tone: 'good' });
		expect(relativeChange(92, 100, 'higher')).toEqual({ text: '−8 %', tone: 'bad' });
		expect(relativeChange(92, 100, 'lower')).toEqual({ text: '−8 %', tone: 'good' });
		expect(relativeChange(150, 100, 'neither')).toEqual({ text: '+50 %', tone: 'neutral' });
		expect(relativeChange(100, 100, 'higher')).toEqual({ text: '±0 %', tone: 'neutral' });
		expect(relativeChange(25_000, 100, 'higher').text).toBe('+24,900 %');
		expect(relativeChange(-50, -100, 'higher')).toEqual({ text: '+50 %', tone: 'good' });
	});

	it('calls something from nothing "new", and nothing now nothing to compare', () => {
		expect(relativeChange(5, 0, 'higher')).toEqual({ text: 'new', tone: 'good' });
		expect(relativeChange(0, 0, 'higher')).toEqual({ text: '', tone: 'neutral' });
		expect(relativeChange(null, 100, 'lower').text).toBe('');
		expect(relativeChange(100, null, 'lower').text).toBe('new');
	});

	it('says shares in percentage points', () => {
		expect(pointChange(1250, 1000, 'higher')).toEqual({ text: '+2.5 pp', tone: 'good' });
		expect(pointChange(-9412, 14_000, 'higher')).toEqual({ text: '−234.12 pp', tone: 'bad' });
		expect(pointChange(1000, 1000, 'higher')).toEqual({ text: '±0 pp', tone: 'neutral' });
		expect(pointChange(500, null, 'higher').text).toBe('new');
		expect(pointChange(null, 500, 'higher').text).toBe('');
	});
});

describe('the campaign channel table', () => {
	const rows = channelTableRows(view);

	it('names each channel in words and shows money with its currency, shares in %', () => {
		expect(rows.map((r) => r.name)).toEqual(['E-mail', 'Visits']);
		const email = rows[0]!.cells;
		expect(email.members).toEqual({ text: '120', change: { text: '+20 %', tone: 'good' } });
		expect(email.conversion).toEqual({ text: '15 %', change: { text: '+5 pp', tone: 'good' } });
		expect(email.revenue).toEqual({ text: '6,000.00 EUR', change: { text: '+50 %', tone: 'good' } });
		expect(email.spend.change).toEqual({ text: '+20 %', tone: 'neutral' });
		expect(email.costPerAcquired).toEqual({ text: '120.00 EUR', change: { text: '−4 %', tone: 'good' } });
		expect(email.roi).toEqual({ text: '200 %', change: { text: '+60 pp', tone: 'good' } });
	});

	it('shows "–" for a figure there is none of, and "new" for a channel the previous period did not have', () => {
		const visits = rows[1]!.cells;
		expect(visits.costPerAcquired).toEqual({ text: '–', change: { text: '', tone: 'neutral' } });
		expect(visits.members.change.text).toBe('new');
		expect(visits.roi.text).toBe('-94.12 %');
		expect(visits.roi.change.text).toBe('new');
	});

	it('has a cell for every column and no raw minor units or ids', () => {
		expect(rows.every((r) => CHANNEL_COLUMNS.every((c) => r.cells[c.key] !== undefined))).toBe(true);
		const text = JSON.stringify(rows);
		expect(text).not.toContain('600000');
		expect(text).not.toContain(WHOLESALE);
	});
});

describe('the sales channel chart', () => {
	it('draws revenue and margin of this period beside the previous one, paler, in major units', () => {
		expect(salesChannelSeries(view).map((s) => s.name)).toEqual(['Revenue', 'Revenue, previous period', 'Margin', 'Margin, previous period']);
		const options = buildSalesChannelChartOptions(view, readTheme(() => ''), 260) as any;
		expect(options.xaxis.categories).toEqual(['Wholesale', 'No channel']);
		expect(options.series[0].data).toEqual([12_000, 100]);
		expect(options.series[1].data).toEqual([10_000, 0]);
		// Paler by colour, not by fill opacity: the legend shows the colour.
		expect(options.colors).toEqual(['#6644ff', `rgba(102, 68, 255, ${PREVIOUS_OPACITY})`, '#2ecda7', `rgba(46, 205, 167, ${PREVIOUS_OPACITY})`]);
		expect(options.tooltip.y.formatter(12_000, { seriesIndex: 0, dataPointIndex: 0 })).toBe('12,000.00 EUR');
		expect(options.yaxis.title.text).toBe('EUR');
	});
});

describe('translucentColour', () => {
	it('turns a hex colour into rgba and leaves any other colour as it is', () => {
		expect(translucentColour('#6644ff', 0.4)).toBe('rgba(102, 68, 255, 0.4)');
		expect(translucentColour(' #64f', 0.5)).toBe('rgba(102, 68, 255, 0.5)');
		expect(translucentColour('rgb(1, 2, 3)', 0.4)).toBe('rgb(1, 2, 3)');
	});
});

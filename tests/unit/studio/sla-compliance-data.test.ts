import { describe, expect, it } from 'vitest';
import { buildBacklogChartOptions, buildTimesChartOptions, readChartTheme, TEAM_COLOURS, TIMES_MIN_HEIGHT, weekTickAmount } from '../../../extensions/panels/crm-sla-compliance/src/chart-options.ts';
import {
	backlogSeries,
	complianceQuery,
	formatHours,
	formatShare,
	fromComplianceResponse,
	hasTimes,
	headlineText,
	normalizeWeeks,
	timesChartData,
	toHours,
	type ComplianceView,
} from '../../../extensions/panels/crm-sla-compliance/src/sla-compliance-data.ts';
import { THEME_VARIABLES } from '../../../packages/crm-studio/src/read-theme.ts';

const body = {
	data: {
		generated_at: '2026-11-27T08:00:00Z',
		open_by_priority: [
			{ priority: 'high', open: 10, breached: 3 },
			{ priority: 'urgent', open: 4, breached: 2 },
			{ priority: 'low', open: '6', breached: 0 },
			{ priority: 'normal', open: 22, breached: 1 },
		],
		open_total: 42,
		breached_open: 6,
		breached_share: 0.142857,
		weeks: [
			{ week: '2026-W47', week_start: '2026-11-16', team: { id: 't2', name: 'Second level' }, resolved: 5, mean_first_response_minutes: null, mean_resolution_minutes: 1500 },
			{ week: '2026-W46', week_start: '2026-11-09', team: { id: 't1', name: 'Helpdesk' }, resolved: 12, mean_first_response_minutes: 45, mean_resolution_minutes: 600 },
			{ week: '2026-W47', week_start: '2026-11-16', team: { id: 't1', name: 'Helpdesk' }, resolved: 9, mean_first_response_minutes: 30, mean_resolution_minutes: 480 },
			{ week: '2026-W47', week_start: '2026-11-16', team: null, resolved: 1, mean_first_response_minutes: 125, mean_resolution_minutes: 2000 },
		],
	},
};

describe('normalizeWeeks / complianceQuery', () => {
	it.each([
		[undefined, 8],
		[null, 8],
		[0, 8],
		[-3, 8],
		['abc', 8],
		['', 8],
		[1, 1],
		[12.7, 12],
		['4', 4],
		[52, 52],
		[500, 52],
	])('%s → %d', (weeks, n) => {
		expect(normalizeWeeks(weeks)).toBe(n);
	});

	it('asks for the weeks', () => {
		expect(complianceQuery(12)).toEqual({ weeks: 12 });
		expect(complianceQuery(null)).toEqual({ weeks: 8 });
	});
});

describe('fromComplianceResponse', () => {
	it('reads totals, the backlog in priority order and the weeks', () => {
		const view = fromComplianceResponse(body)!;
		expect(view.generatedAt).toBe('2026-11-27T08:00:00Z');
		expect(view.openByPriority).toEqual([
			{ priority: 'urgent', open: 4, breached: 2 },
			{ priority: 'high', open: 10, breached: 3 },
			{ priority: 'normal', open: 22, breached: 1 },
			{ priority: 'low', open: 6, breached: 0 },
		]);
		expect(view).toMatchObject({ openTotal: 42, breachedOpen: 6, breachedShare: 0.142857 });
		expect(view.weeks[0]).toEqual({
			week: '2026-W47',
			weekStart: '2026-11-16',
			team: { id: 't2', name: 'Second level' },
			resolved: 5,
			meanFirstResponseMinutes: null,
			meanResolutionMinutes: 1500,
		});
		expect(view.weeks[3]!.team).toBeNull();
	});

	it('fills missing priorities and totals, caps breached at open and derives the share', () => {
		const view = fromComplianceResponse({ data: { open_by_priority: [{ priority: 'urgent', open: 2, breached: 5 }, { priority: 'bogus', open: 9, breached: 9 }, { priority: 'low', open: 3 }] } })!;
		expect(view.openByPriority).toEqual([
			{ priority: 'urgent', open: 2, breached: 2 },
			{ priority: 'high', open: 0, breached: 0 },
			{ priority: 'normal', open: 0, breached: 0 },
			{ priority: 'low', open: 3, breached: 0 },
		]);
		expect(view).toMatchObject({ openTotal: 5, breachedOpen: 2, breachedShare: 0.4, weeks: [], generatedAt: null });
	});

	it('clamps the share and reads a share of 0 with nothing open', () => {
		expect(fromComplianceResponse({ data: { open_by_priority: [], breached_share: 1.5 } })!.breachedShare).toBe(1);
		expect(fromComplianceResponse({ data: { open_by_priority: [], open_total: 0, breached_open: 0 } })!.breachedShare).toBe(0);
	});

	it('drops weeks without a week and negative or unreadable means', () => {
		const view = fromComplianceResponse({
			data: {
				open_by_priority: [],
				weeks: [{ week: '', resolved: 1 }, { week: '2026-W01', team: { name: 'no id' }, resolved: -2, mean_first_response_minutes: -5, mean_resolution_minutes: 'x' }, 'junk'],
			},
		})!;
		expect(view.weeks).toEqual([{ week: '2026-W01', weekStart: '', team: null, resolved: 0, meanFirstResponseMinutes: null, meanResolutionMinutes: null }]);
	});

	it('is null when the answer is not a compliance report', () => {
		expect(fromComplianceResponse(null)).toBeNull();
		expect(fromComplianceResponse({ data: [] })).toBeNull();
		expect(fromComplianceResponse({ data: { open_total: 3 } })).toBeNull();
	});
});

describe('headline', () => {
	it.each([
		[0, '0 %'],
		[0.004, '< 1 %'],
		[0.006, '1 %'],
		[0.142857, '14 %'],
		[0.125, '13 %'],
		[0.996, '> 99 %'],
		[1, '100 %'],
		[Number.NaN, '0 %'],
	])('share %d → %s', (share, text) => {
		expect(formatShare(share)).toBe(text);
	});

	it('reads "N open · X % breached"', () => {
		expect(headlineText(fromComplianceResponse(body)!)).toBe('42 open · 14 % breached');
		expect(headlineText({ openTotal: 0, breachedShare: 0 })).toBe('0 open · 0 % breached');
	});
});

describe('backlogSeries', () => {
	it('splits each priority into breached and within SLA', () => {
		expect(backlogSeries(fromComplianceResponse(body)!)).toEqual({
			categories: ['Urgent', 'High', 'Normal', 'Low'],
			breached: [2, 3, 1, 0],
			within: [2, 7, 21, 6],
		});
	});
});

describe('hours', () => {
	it('turns business minutes into hours with one decimal', () => {
		expect(toHours(150)).toBe(2.5);
		expect(toHours(45)).toBe(0.8);
		expect(toHours(0)).toBe(0);
		expect(toHours(null)).toBeNull();
		expect(formatHours(2.5)).toBe('2.5 h');
		expect(formatHours(25)).toBe('25.0 h');
		expect(formatHours(null)).toBe('–');
	});
});

describe('timesChartData', () => {
	it('has weeks oldest first and two lines per team, teams by name and no team last', () => {
		const data = timesChartData(fromComplianceResponse(body)!);
		expect(data.weeks).toEqual(['2026-W46', '2026-W47']);
		expect(data.categories).toEqual(['W46', 'W47']);
		expect(data.weekStarts).toEqual(['2026-11-09', '2026-11-16']);
		expect(data.series).toEqual([
			{ name: 'Helpdesk · first response', team: 'Helpdesk', teamIndex: 0, metric: 'firstResponse', data: [0.8, 0.5] },
			{ name: 'Helpdesk · resolution', team: 'Helpdesk', teamIndex: 0, metric: 'resolution', data: [10, 8] },
			{ name: 'Second level · first response', team: 'Second level', teamIndex: 1, metric: 'firstResponse', data: [null, null] },
			{ name: 'Second level · resolution', team: 'Second level', teamIndex: 1, metric: 'resolution', data: [null, 25] },
			{ name: 'No team · first response', team: 'No team', teamIndex: 2, metric: 'firstResponse', data: [null, 2.1] },
			{ name: 'No team · resolution', team: 'No team', teamIndex: 2, metric: 'resolution', data: [null, 33.3] },
		]);
		expect(data.teams).toEqual([
			{ name: 'Helpdesk', resolved: [12, 9] },
			{ name: 'Second level', resolved: [0, 5] },
			{ name: 'No team', resolved: [0, 1] },
		]);
		expect(hasTimes(data)).toBe(true);
	});

	it('keeps the year in the labels when the weeks span two years', () => {
		const view = fromComplianceResponse({
			data: {
				open_by_priority: [],
				weeks: [
					{ week: '2027-W01', week_start: '2027-01-04', team: null, resolved: 1, mean_first_response_minutes: 60, mean_resolution_minutes: 60 },
					{ week: '2026-W53', week_start: '2026-12-28', team: null, resolved: 1, mean_first_response_minutes: 60, mean_resolution_minutes: 60 },
				],
			},
		})!;
		expect(timesChartData(view).categories).toEqual(['2026-W53', '2027-W01']);
	});

	it('has nothing to draw without weeks or means', () => {
		expect(hasTimes(timesChartData({ weeks: [] }))).toBe(false);
		const empty: ComplianceView['weeks'] = [{ week: '2026-W47', weekStart: '2026-11-16', team: null, resolved: 0, meanFirstResponseMinutes: null, meanResolutionMinutes: null }];
		expect(hasTimes(timesChartData({ weeks: empty }))).toBe(false);
	});
});

describe('chart options', () => {
	const theme = readChartTheme(() => '');

	it('reads the theme with a colour per team, the primary first', () => {
		expect(theme.primary).toBe(THEME_VARIABLES.primary[1]);
		expect(theme.teams).toEqual([THEME_VARIABLES.primary[1], ...TEAM_COLOURS]);
	});

	it('stacks within SLA and breached bars per priority', () => {
		const options = buildBacklogChartOptions(backlogSeries(fromComplianceResponse(body)!), theme, 200) as {
			chart: { type: string; stacked: boolean; height: number };
			series: { name: string; data: number[] }[];
			colors: string[];
			xaxis: { categories: string[] };
		};
		expect(options.chart).toMatchObject({ type: 'bar', stacked: true, height: 200 });
		expect(options.series).toEqual([
			{ name: 'Within SLA', data: [2, 7, 21, 6] },
			{ name: 'Breached', data: [2, 3, 1, 0] },
		]);
		expect(options.colors).toEqual([theme.success, theme.danger]);
		expect(options.xaxis.categories).toEqual(['Urgent', 'High', 'Normal', 'Low']);
	});

	it('draws first response dashed on the left axis and resolution solid on the right, a colour per team', () => {
		const data = timesChartData(fromComplianceResponse(body)!);
		const options = buildTimesChartOptions(data, theme, { width: 500, height: 300 }) as {
			chart: { type: string };
			colors: string[];
			stroke: { dashArray: number[] };
			yaxis: { seriesName: string[]; opposite: boolean }[];
			tooltip: { x: { formatter: (v: unknown, c: { dataPointIndex: number }) => string }; y: { formatter: (v: number | null) => string } };
		};
		expect(options.chart.type).toBe('line');
		expect(options.colors).toEqual([theme.teams[0], theme.teams[0], theme.teams[1], theme.teams[1], theme.teams[2], theme.teams[2]]);
		expect(options.stroke.dashArray).toEqual([5, 0, 5, 0, 5, 0]);
		expect(options.yaxis.map((y) => [y.seriesName, y.opposite])).toEqual([
			[['Helpdesk · first response', 'Second level · first response', 'No team · first response'], false],
			[['Helpdesk · resolution', 'Second level · resolution', 'No team · resolution'], true],
		]);
		expect(options.tooltip.x.formatter('W47', { dataPointIndex: 1 })).toBe('2026-W47 · from 2026-11-16');
		expect(options.tooltip.y.formatter(2.5)).toBe('2.5 h');
		expect(options.tooltip.y.formatter(null)).toBe('–');
	});

	it('names each team once in the legend, in its colour, and keeps a minimum height', () => {
		const data = timesChartData(fromComplianceResponse(body)!);
		const options = buildTimesChartOptions(data, theme, { width: 500, height: 120 }) as any;
		expect(options.legend.customLegendItems).toEqual(['Helpdesk', 'Second level', 'No team']);
		expect(options.legend.markers.fillColors).toEqual([theme.teams[0], theme.teams[1], theme.teams[2]]);
		expect(options.chart.height).toBe(TIMES_MIN_HEIGHT);
		expect((buildTimesChartOptions(data, theme, { width: 500, height: 400 }) as any).chart.height).toBe(400);
	});
});

describe('weekTickAmount', () => {
	const weeks = (n: number, label = 'W47') => Array.from({ length: n }, () => label);

	it('labels every week while they fit', () => {
		expect(weekTickAmount(weeks(8), 400)).toBeUndefined();
	});

	it('thins the labels of many weeks, or of long ones, to what fits', () => {
		expect(weekTickAmount(weeks(52), 400)).toBe(7);
		expect(weekTickAmount(weeks(8, '2026-W47'), 300)).toBe(1);
	});

	it('leaves a single week alone', () => {
		expect(weekTickAmount(weeks(1), 50)).toBeUndefined();
	});
});

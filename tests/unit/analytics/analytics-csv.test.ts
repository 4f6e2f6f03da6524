import { describe, expect, test } from 'vitest';
import { documentsCsv, moversCsv, percentText, repLeaderboard, repLeaderboardCsv, mergeRepSums, salesTableCsv, summarizeSalesRows, topMovers } from '../../../packages/crm-core/src/index.ts';

const sums = (revenue: number, cost: number, orders: number, customers = 1) => ({ revenue, cost, orders, customers });

describe('analytics as CSV', () => {
	test('percentages from basis points', () => {
		expect([percentText(1_250), percentText(-305), percentText(5), percentText(0), percentText(null), percentText(-10_000)]).toEqual(['12.50', '-3.05', '0.05', '0.00', '', '-100.00']);
	});

	test('a sales table with its comparison, then the totals', () => {
		const [north, none] = summarizeSalesRows([
			{ key: 'n', current: sums(123_456, 23_456, 2, 2), previous: sums(100_000, 50_000, 1) },
			{ key: null, current: sums(0, 0, 0, 0), previous: sums(5_000, 1_000, 1) },
		]);
		const [totals] = summarizeSalesRows([{ key: null, current: sums(123_456, 23_456, 2, 2), previous: sums(105_000, 51_000, 2, 2) }]);
		expect(salesTableCsv([{ ...north!, name: 'North, "East"' }, { ...none!, name: 'No region' }], totals!, 'EUR')).toBe(
			'name,revenue,cost,margin,margin_pct,orders,customers,avg_order,previous_revenue,previous_cost,previous_margin,previous_margin_pct,previous_orders,previous_customers,previous_avg_order,revenue_growth_pct,margin_growth_pct,currency\r\n' +
				'"North, ""East""",1234.56,234.56,1000.00,81.00,2,2,617.28,1000.00,500.00,500.00,50.00,1,1,1000.00,23.46,100.00,EUR\r\n' +
				'No region,0.00,0.00,0.00,,0,0,,50.00,10.00,40.00,80.00,1,1,50.00,-100.00,-100.00,EUR\r\n' +
				'Total,1234.56,234.56,1000.00,81.00,2,2,617.28,1050.00,510.00,540.00,51.43,2,2,525.00,17.58,85.19,EUR\r\n',
		);
	});

	test('without a comparison only the period\'s figures', () => {
		const [row] = summarizeSalesRows([{ key: 'k', current: sums(1_000, 400, 1), previous: null }]);
		expect(salesTableCsv([{ ...row!, name: '2026-01' }], row!, 'JPY')).toBe('name,revenue,cost,margin,margin_pct,orders,customers,avg_order,currency\r\n2026-01,1000,400,600,60.00,1,1,1000,JPY\r\nTotal,1000,400,600,60.00,1,1,1000,JPY\r\n');
	});

	test('the rep leaderboard', () => {
		const rows = repLeaderboard(mergeRepSums(true, [
			{ part: 'sales', rep: 'r', current: sums(200_000, 150_000, 4, 3), previous: sums(100_000, 50_000, 2) },
			{ part: 'proposals', rep: 'r', current: { accepted: 2, rejected: 1, expired: 0, open: 1 }, previous: { accepted: 0, rejected: 0, expired: 1, open: 0 } },
			{ part: 'activities', rep: 'r', current: 9, previous: 3 },
		]));
		expect(repLeaderboardCsv(rows.map((r) => ({ ...r, name: 'Rita Rep' })), 'EUR', true)).toBe(
			'rep,revenue,margin,margin_pct,orders,avg_order,customers,proposals_accepted,proposals_rejected,proposals_expired,proposals_open,conversion_pct,activities,activities_per_order,previous_revenue,previous_margin,previous_orders,previous_conversion_pct,revenue_growth_pct,currency\r\n' +
				'Rita Rep,2000.00,500.00,25.00,4,500.00,3,2,1,0,1,66.67,9,2.250,1000.00,500.00,2,0.00,100.00,EUR\r\n',
		);
	});

	test('movers and the orders behind a figure', () => {
		const movers = topMovers([{ key: 'a', current: sums(5_000, 1_000, 1), previous: sums(1_000, 0, 1) }, { key: 'b', current: sums(0, 0, 0), previous: sums(2_500, 500, 1) }], 5);
		expect(moversCsv({ gains: movers.gains.map((m) => ({ ...m, name: 'Acme' })), losses: movers.losses.map((m) => ({ ...m, name: 'Bolt' })) }, 'EUR')).toBe(
			'direction,name,revenue,previous_revenue,change,growth_pct,margin,previous_margin,currency\r\ngain,Acme,50.00,10.00,40.00,400.00,40.00,10.00,EUR\r\nloss,Bolt,0.00,25.00,-25.00,-100.00,0.00,20.00,EUR\r\n',
		);
		const order = { id: 'o', number: 'SO-2026-000001', day: '2026-03-10', status: 'confirmed', customer: { id: 'c', name: 'Acme' }, rep: null, currency: 'USD', netTotal: 10_000, netBase: 9_000, costBase: 4_000, marginBase: 5_000 };
		expect(documentsCsv([order], 'EUR')).toBe('number,order_date,customer,rep,status,currency,net_total,net_base,cost_base,margin_base,base_currency\r\nSO-2026-000001,2026-03-10,Acme,,confirmed,USD,100.00,90.00,40.00,50.00,EUR\r\n');
	});
});

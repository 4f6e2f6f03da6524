import { describe, expect, test } from 'vitest';
import { type AttributionFacts, type AttributionModel, type AttributionSettings, ATTRIBUTION_MODELS, summarizeAttribution } from '../../../packages/crm-core/src/index.ts';

type FactOrder = AttributionFacts['orders'][number];
type FactTouch = AttributionFacts['touches'][number];

const LINEAR: AttributionSettings = { model: 'linear', windowDays: 90, halfLifeDays: 7 };
const june = (d: number) => `2026-06-${String(d).padStart(2, '0')}T12:00:00.000Z`;

const order = (id: string, customer: string, at: string, revenue: number, margin: number): FactOrder => ({ id, customer, at, revenue, margin });
const touch = (id: string, customer: string, campaign: string, channel: string, at: string): FactTouch => ({ id, customer, campaign, channel, at });

function facts(orders: FactOrder[], touches: FactTouch[], spend: [string, number][] = [], channels: [string, string][] = []): AttributionFacts {
	return { orders, touches, spendByCampaign: new Map(spend), channelOf: new Map(channels) };
}

describe('summarizeAttribution: which touches count', () => {
	test('an order of a customer without touches gives no credit, even when another customer was touched', () => {
		const summary = summarizeAttribution(facts([order('O1', 'A', june(30), 10_000, 4_000)], [touch('T1', 'B', 'SPRING', 'email', june(1))]), LINEAR);
		expect(summary).toEqual({ credits: [], byCampaign: [], byChannel: [] });
	});

	test('touches after the order or more than the window before it do not count; the window\'s edge and the order\'s instant do', () => {
		const touches = [
			touch('too-old', 'A', 'C1', 'email', '2026-05-31T11:59:59.999Z'),
			touch('edge', 'A', 'C2', 'email', '2026-05-31T12:00:00.000Z'),
			touch('same-instant', 'A', 'C3', 'call', june(30)),
			touch('after', 'A', 'C4', 'call', '2026-06-30T12:00:00.001Z'),
		];
		const { credits } = summarizeAttribution(facts([order('O1', 'A', june(30), 10_000, 4_001)], touches), { ...LINEAR, windowDays: 30 });
		expect(credits.map((c) => [c.touch, c.revenue, c.margin])).toEqual([
			['edge', 5_000, 2_001],
			['same-instant', 5_000, 2_000],
		]);
	});

	test('an order whose touches all lie outside the window gives no credit, yet the campaign keeps its spend', () => {
		const summary = summarizeAttribution(facts([order('O1', 'A', june(30), 10_000, 4_000)], [touch('T1', 'A', 'SPRING', 'email', '2026-03-01T12:00:00.000Z')], [['SPRING', 1_000]], [['SPRING', 'email']]), LINEAR);
		expect(summary.credits).toEqual([]);
		expect(summary.byCampaign).toEqual([{ key: 'SPRING', orders: 0, revenue: 0, margin: 0, spend: 1_000, roiBp: -10_000 }]);
	});
});

describe('summarizeAttribution: totals per campaign and per channel', () => {
	// A was touched by SPRING (e-mail) and CALLS (call), B by SPRING and WEBINAR (event); FLYER (e-mail) spent
	// and touched nobody. Linear: each order is halved between its customer's two touches.
	const touches = [
		touch('t1', 'A', 'SPRING', 'email', june(1)),
		touch('t2', 'A', 'CALLS', 'call', june(10)),
		touch('t3', 'B', 'SPRING', 'email', june(5)),
		touch('t4', 'B', 'WEBINAR', 'event', june(20)),
	];
	const orders = [order('O1', 'A', june(30), 10_000, 4_000), order('O2', 'B', june(30), 9_001, 3_001), order('O3', 'A', june(15), 3_000, 900)];
	const spend: [string, number][] = [['SPRING', 6_000], ['CALLS', 2_000], ['WEBINAR', 1_000], ['FLYER', 500]];
	const channels: [string, string][] = [['SPRING', 'email'], ['CALLS', 'call'], ['WEBINAR', 'event'], ['FLYER', 'email']];
	const summary = summarizeAttribution(facts(orders, touches, spend, channels), LINEAR);

	test('credits each order to its own customer\'s touches, the odd minor unit to the earlier touch', () => {
		expect(summary.credits.map((c) => [c.order, c.touch, c.campaign, c.channel, c.weight, c.of, c.revenue, c.margin])).toEqual([
			['O1', 't1', 'SPRING', 'email', 1, 2, 5_000, 2_000],
			['O1', 't2', 'CALLS', 'call', 1, 2, 5_000, 2_000],
			['O2', 't3', 'SPRING', 'email', 1, 2, 4_501, 1_501],
			['O2', 't4', 'WEBINAR', 'event', 1, 2, 4_500, 1_500],
			['O3', 't1', 'SPRING', 'email', 1, 2, 1_500, 450],
			['O3', 't2', 'CALLS', 'call', 1, 2, 1_500, 450],
		]);
	});

	test('sums orders, revenue, margin and spend per campaign, sorted by campaign, with ROI in basis points', () => {
		expect(summary.byCampaign).toEqual([
			{ key: 'CALLS', orders: 2, revenue: 6_500, margin: 2_450, spend: 2_000, roiBp: 2_250 },
			{ key: 'FLYER', orders: 0, revenue: 0, margin: 0, spend: 500, roiBp: -10_000 },
			{ key: 'SPRING', orders: 3, revenue: 11_001, margin: 3_951, spend: 6_000, roiBp: -3_415 },
			{ key: 'WEBINAR', orders: 1, revenue: 4_500, margin: 1_500, spend: 1_000, roiBp: 5_000 },
		]);
	});

	test('sums per channel, the channel\'s spend being that of all its campaigns, including those that earned nothing', () => {
		expect(summary.byChannel).toEqual([
			{ key: 'call', orders: 2, revenue: 6_500, margin: 2_450, spend: 2_000, roiBp: 2_250 },
			// (3 951 − 6 500) ÷ 6 500 = −39.215… % → −3 922 bp.
			{ key: 'email', orders: 3, revenue: 11_001, margin: 3_951, spend: 6_500, roiBp: -3_922 },
			{ key: 'event', orders: 1, revenue: 4_500, margin: 1_500, spend: 1_000, roiBp: 5_000 },
		]);
	});

	test('counts an order once per campaign and per channel, however many of its touches they made', () => {
		const twice = summarizeAttribution(facts([order('O1', 'A', june(30), 9_000, 3_000)], [touch('a', 'A', 'SPRING', 'email', june(1)), touch('b', 'A', 'SPRING', 'email', june(2)), touch('c', 'A', 'CALLS', 'call', june(3))]), LINEAR);
		expect(twice.byCampaign.map((r) => [r.key, r.orders, r.revenue, r.margin])).toEqual([
			['CALLS', 1, 3_000, 1_000],
			['SPRING', 1, 6_000, 2_000],
		]);
		expect(twice.byChannel.map((r) => [r.key, r.orders, r.revenue, r.margin])).toEqual([
			['call', 1, 3_000, 1_000],
			['email', 1, 6_000, 2_000],
		]);
	});
});

describe('summarizeAttribution: spend', () => {
	test('counts a campaign\'s spend once whatever the number of orders it won', () => {
		// Two won orders: spend counted once gives (16 000 − 10 000) ÷ 10 000 = +60 %; spend × orders would
		// give (16 000 − 20 000) ÷ 20 000 = −20 %.
		const summary = summarizeAttribution(
			facts([order('O1', 'A', june(10), 20_000, 8_000), order('O2', 'A', june(20), 20_000, 8_000)], [touch('T1', 'A', 'SPRING', 'email', june(1))], [['SPRING', 10_000]], [['SPRING', 'email']]),
			LINEAR,
		);
		expect(summary.byCampaign).toEqual([{ key: 'SPRING', orders: 2, revenue: 40_000, margin: 16_000, spend: 10_000, roiBp: 6_000 }]);
		expect(summary.byChannel).toEqual([{ key: 'email', orders: 2, revenue: 40_000, margin: 16_000, spend: 10_000, roiBp: 6_000 }]);
	});

	test('a campaign with spend and no orders has 0 orders and an ROI of −10 000 bp, and so has a channel of such campaigns', () => {
		const summary = summarizeAttribution(facts([], [], [['BANNER', 2_000], ['SEARCH', 500]], [['BANNER', 'ads'], ['SEARCH', 'ads']]), LINEAR);
		expect(summary.byCampaign).toEqual([
			{ key: 'BANNER', orders: 0, revenue: 0, margin: 0, spend: 2_000, roiBp: -10_000 },
			{ key: 'SEARCH', orders: 0, revenue: 0, margin: 0, spend: 500, roiBp: -10_000 },
		]);
		expect(summary.byChannel).toEqual([{ key: 'ads', orders: 0, revenue: 0, margin: 0, spend: 2_500, roiBp: -10_000 }]);
	});

	test('a campaign that earned without booked spend has no ROI', () => {
		const summary = summarizeAttribution(facts([order('O1', 'A', june(30), 5_000, 2_000)], [touch('T1', 'A', 'VISITS', 'visit', june(2))]), LINEAR);
		expect(summary.byCampaign).toEqual([{ key: 'VISITS', orders: 1, revenue: 5_000, margin: 2_000, spend: 0, roiBp: null }]);
		expect(summary.byChannel).toEqual([{ key: 'visit', orders: 1, revenue: 5_000, margin: 2_000, spend: 0, roiBp: null }]);
	});

	test('books the spend of a campaign whose channel is unknown under "none"', () => {
		const summary = summarizeAttribution(facts([], [], [['LOST', 700]]), LINEAR);
		expect(summary.byChannel).toEqual([{ key: 'none', orders: 0, revenue: 0, margin: 0, spend: 700, roiBp: -10_000 }]);
	});
});

describe('summarizeAttribution: models', () => {
	// Three touches 14, 7 and 0 days before the order: time decay (half-life 7) weighs them 1 : 2 : 4.
	const touches = [touch('early', 'A', 'C1', 'email', june(16)), touch('middle', 'A', 'C2', 'call', june(23)), touch('late', 'A', 'C3', 'event', june(30))];
	const one = facts([order('O1', 'A', june(30), 100, 10)], touches);

	test.each<[string, AttributionModel, [string, number, number][]]>([
		['credits the whole order to the earliest touch under first touch', 'first_touch', [['early', 100, 10]]],
		['credits the whole order to the latest touch under last touch', 'last_touch', [['late', 100, 10]]],
		['splits the order evenly under linear, the odd units to the earlier touches', 'linear', [['early', 34, 4], ['middle', 33, 3], ['late', 33, 3]]],
		['gives 40 % to the first and last touches and 20 % to the one between under U-shaped', 'u_shaped', [['early', 40, 4], ['middle', 20, 2], ['late', 40, 4]]],
		['halves a touch\'s share per half-life before the order under time decay', 'time_decay', [['early', 14, 1], ['middle', 29, 3], ['late', 57, 6]]],
	])('%s', (_, model, expected) => {
		const { credits } = summarizeAttribution(one, { model, windowDays: 90, halfLifeDays: 7 });
		expect(credits.map((c) => [c.touch, c.revenue, c.margin])).toEqual(expected);
	});

	test.each(ATTRIBUTION_MODELS.map((m) => [m]))('%s: the revenue and margin credits of every order add up to the order exactly', (model) => {
		const many = [
			touch('a', 'A', 'C1', 'email', '2026-04-02T08:13:00.000Z'),
			touch('b', 'A', 'C2', 'call', '2026-05-11T17:40:00.000Z'),
			touch('c', 'A', 'C1', 'email', june(3)),
			touch('d', 'A', 'C3', 'event', june(19)),
			touch('e', 'A', 'C2', 'call', june(28)),
			touch('f', 'A', 'C4', 'ads', june(29)),
			touch('g', 'A', 'C5', 'visit', '2026-06-29T23:59:59.000Z'),
		];
		const orders = [
			order('O1', 'A', june(30), 99_999, 33_333),
			order('O2', 'A', june(30), 1, 1),
			order('O3', 'A', june(20), 100_003, -7_777),
			order('O4', 'A', june(4), 7, 0),
			order('O5', 'A', '2026-05-12T00:00:00.000Z', 12_345_678, 4_321_987),
		];
		const summary = summarizeAttribution(facts(orders, many), { model, windowDays: 90, halfLifeDays: 5 });
		for (const o of orders) {
			const credits = summary.credits.filter((c) => c.order === o.id);
			expect(credits.length).toBeGreaterThan(0);
			expect(credits.every((c) => Number.isSafeInteger(c.revenue) && Number.isSafeInteger(c.margin))).toBe(true);
			expect([credits.reduce((s, c) => s + c.revenue, 0), credits.reduce((s, c) => s + c.margin, 0)]).toEqual([o.revenue, o.margin]);
		}
		const totals = (rows: typeof summary.byCampaign) => [rows.reduce((s, r) => s + r.revenue, 0), rows.reduce((s, r) => s + r.margin, 0)];
		const ordered = [orders.reduce((s, o) => s + o.revenue, 0), orders.reduce((s, o) => s + o.margin, 0)];
		expect(totals(summary.byCampaign)).toEqual(ordered);
		expect(totals(summary.byChannel)).toEqual(ordered);
	});
});

import { describe, expect, test } from 'vitest';
import { type AttributionSettings, type ChannelFacts, type ChannelOrder, compareChannelPeriods, previousPeriod, summarizeChannels } from '../../../packages/crm-core/src/index.ts';

const LAST: AttributionSettings = { model: 'last_touch', windowDays: 30, halfLifeDays: 7 };
const june = (d: number) => `2026-06-${String(d).padStart(2, '0')}T12:00:00.000Z`;
const ms = (at: string) => Date.parse(at);

const order = (id: string, customer: string, at: string, revenue: number, margin: number, salesChannel: string | null, firstOrder = false): ChannelOrder => ({ id, customer, at, revenue, margin, salesChannel, firstOrder });
const touch = (id: string, customer: string, campaign: string, channel: string, at: string) => ({ id, customer, campaign, channel, at });

/** Two channels: an e-mail campaign that reached A and B, a call campaign that reached C; D was never touched. */
function juneFacts(): ChannelFacts {
	return {
		orders: [
			order('O1', 'A', june(10), 10_000, 4_000, 'WHOLESALE', true),
			order('O2', 'A', june(20), 5_000, 1_000, 'WHOLESALE'),
			order('O3', 'C', june(15), 8_000, 3_000, 'RETAIL', true),
			order('O4', 'D', june(16), 2_001, 500, null),
		],
		touches: [touch('T1', 'A', 'MAIL', 'email', june(5)), touch('T2', 'B', 'MAIL', 'email', june(5)), touch('T3', 'C', 'CALLS', 'call', june(14))],
		members: [
			{ channel: 'email', customer: 'A', firstTouchMs: ms(june(5)) },
			{ channel: 'email', customer: 'B', firstTouchMs: ms(june(5)) },
			{ channel: 'call', customer: 'C', firstTouchMs: ms(june(14)) },
		],
		spendByCampaign: new Map([['MAIL', 3_000], ['CALLS', 1_000]]),
		channelOf: new Map([['MAIL', 'email'], ['CALLS', 'call']]),
	};
}

describe('summarizeChannels: by sales channel', () => {
	test('counts every order that counts, touched or not, with customers, new customers and the average order (half-even)', () => {
		expect(summarizeChannels(juneFacts(), LAST).bySalesChannel).toEqual([
			{ key: 'WHOLESALE', orders: 2, revenue: 15_000, margin: 5_000, customers: 1, newCustomers: 1, avgOrder: 7_500 },
			{ key: 'RETAIL', orders: 1, revenue: 8_000, margin: 3_000, customers: 1, newCustomers: 1, avgOrder: 8_000 },
			{ key: null, orders: 1, revenue: 2_001, margin: 500, customers: 1, newCustomers: 0, avgOrder: 2_001 },
		]);
	});
});

describe('summarizeChannels: by campaign channel', () => {
	test('conversion, credited return, spend counted once, acquired customers and the cost of each', () => {
		expect(summarizeChannels(juneFacts(), LAST).byCampaignChannel).toEqual([
			{ key: 'call', members: 1, convertedMembers: 1, conversionBp: 10_000, orders: 1, revenue: 8_000, margin: 3_000, spend: 1_000, roiBp: 20_000, acquiredCustomers: 1, costPerAcquiredCustomer: 1_000, avgOrder: 8_000 },
			{ key: 'email', members: 2, convertedMembers: 1, conversionBp: 5_000, orders: 2, revenue: 15_000, margin: 5_000, spend: 3_000, roiBp: 6_667, acquiredCustomers: 1, costPerAcquiredCustomer: 3_000, avgOrder: 7_500 },
		]);
	});

	test('an order beyond the window after the first touch is no conversion, and a later first order acquires nobody for the channel', () => {
		const facts = { ...juneFacts(), orders: [order('O1', 'A', '2026-07-06T12:00:00.000Z', 10_000, 4_000, 'WHOLESALE', true)] };
		const [email] = summarizeChannels(facts, LAST).byCampaignChannel.filter((r) => r.key === 'email');
		expect(email).toMatchObject({ members: 2, convertedMembers: 0, conversionBp: 0, orders: 0, acquiredCustomers: 0, costPerAcquiredCustomer: null, avgOrder: null });
	});

	test('a customer touched by two channels before their first order is acquired by both; the channel without members has no conversion', () => {
		const facts: ChannelFacts = {
			orders: [order('O1', 'A', june(20), 1_000, 400, null, true)],
			touches: [touch('T1', 'A', 'MAIL', 'email', june(1)), touch('T2', 'A', 'ADS', 'ads', june(2))],
			members: [{ channel: 'email', customer: 'A', firstTouchMs: ms(june(1)) }],
			spendByCampaign: new Map([['MAIL', 300], ['ADS', 701]]),
			channelOf: new Map([['MAIL', 'email'], ['ADS', 'ads']]),
		};
		const rows = summarizeChannels(facts, { ...LAST, model: 'linear' }).byCampaignChannel;
		expect(rows.map((r) => [r.key, r.acquiredCustomers, r.costPerAcquiredCustomer, r.conversionBp, r.revenue])).toEqual([
			['ads', 1, 701, null, 500],
			['email', 1, 300, 10_000, 500],
		]);
	});
});

describe('compareChannelPeriods', () => {
	test('the previous period is as long as the period and ends the day before it', () => {
		expect(previousPeriod('2026-06-01', '2026-06-30')).toEqual({ from: '2026-05-02', to: '2026-05-31' });
		expect(previousPeriod('2026-03-01', '2026-03-01')).toEqual({ from: '2026-02-28', to: '2026-02-28' });
	});

	test('puts each channel beside its figures before, with zeros where it had none, and keeps a channel that sold only before', () => {
		const now = summarizeChannels(juneFacts(), LAST);
		const before = summarizeChannels({ ...juneFacts(), orders: [order('P1', 'E', june(1), 700, 70, 'EXPORT', true)] }, LAST);
		const compared = compareChannelPeriods(now, before);
		expect(compared.bySalesChannel.map((r) => [r.key, r.orders, r.previous.orders, r.previous.revenue])).toEqual([
			['WHOLESALE', 2, 0, 0],
			['RETAIL', 1, 0, 0],
			[null, 1, 0, 0],
			['EXPORT', 0, 1, 700],
		]);
		expect(compared.byCampaignChannel.find((r) => r.key === 'email')?.previous).toMatchObject({ members: 2, orders: 0, spend: 3_000, roiBp: -10_000 });
	});
});

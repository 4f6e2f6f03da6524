import { describe, expect, test } from 'vitest';
import { mergeRepSums, repLeaderboard } from '../../../packages/crm-core/src/index.ts';

const sales = (revenue: number, cost: number, orders: number, customers = 1) => ({ revenue, cost, orders, customers });
const proposals = (accepted: number, rejected: number, expired: number, open = 0) => ({ accepted, rejected, expired, open });

describe('the rep leaderboard', () => {
	const parts = mergeRepSums(true, [
		{ part: 'sales', rep: 'rita', current: sales(300_000, 180_000, 3, 2), previous: sales(200_000, 100_000, 2) },
		{ part: 'proposals', rep: 'rita', current: proposals(3, 1, 1, 2), previous: proposals(1, 1, 0) },
		{ part: 'activities', rep: 'rita', current: 10, previous: 4 },
		{ part: 'sales', rep: 'bob', current: sales(500_000, 450_000, 4), previous: sales(0, 0, 0) },
		{ part: 'activities', rep: 'carl', current: 7, previous: 0 },
		{ part: 'sales', rep: null, current: sales(1_000, 0, 1), previous: sales(0, 0, 0) },
	]);

	test('revenue first; conversion = accepted ÷ decided, activities per order in thousandths', () => {
		const rows = repLeaderboard(parts);
		expect(rows.map((r) => r.rep)).toEqual(['bob', 'rita', null, 'carl']);
		const rita = rows.find((r) => r.rep === 'rita')!;
		expect(rita).toMatchObject({ revenue: 300_000, margin: 120_000, marginBp: 4_000, orders: 3, customers: 2, avgOrder: 100_000, proposals: proposals(3, 1, 1, 2), conversionBp: 6_000, activities: 10, activitiesPerOrderMilli: 3_333 });
		expect(rita.previousActivity).toEqual({ proposals: proposals(1, 1, 0), conversionBp: 5_000, activities: 4, activitiesPerOrderMilli: 2_000 });
		expect([rita.conversionChangeBp, rita.activitiesGrowthBp, rita.growth?.revenue]).toEqual([1_000, 15_000, 5_000]);
	});

	test('a rep with only activities or only orders shows zeros for the rest', () => {
		const rows = repLeaderboard(parts);
		expect(rows.find((r) => r.rep === 'carl')).toMatchObject({ revenue: 0, orders: 0, conversionBp: null, activities: 7, activitiesPerOrderMilli: null, activitiesGrowthBp: null });
		expect(rows.find((r) => r.rep === 'bob')).toMatchObject({ proposals: proposals(0, 0, 0), conversionBp: null, activities: 0, growth: { revenue: null } });
	});

	test('without a comparison nothing is compared', () => {
		const [row] = repLeaderboard(mergeRepSums(false, [{ part: 'sales', rep: 'x', current: sales(1, 0, 1), previous: sales(0, 0, 0) }]));
		expect(row).toMatchObject({ previous: null, previousActivity: null, change: null, conversionChangeBp: null, activitiesGrowthBp: null });
	});
});

import { describe, expect, test } from 'vitest';
import { ATTRIBUTION_MODELS, type AttributionModel, attributeOrder, attributionWeights, CrmError, parseAttributionModel, type Touch } from '../../../packages/crm-core/src/index.ts';

const ORDER_AT = '2026-06-30T12:00:00.000Z';
const day = (d: number) => `2026-06-${String(d).padStart(2, '0')}T12:00:00.000Z`;
const touch = (id: string, d: number, campaign = `C-${id}`, channel = 'email'): Touch => ({ id, campaign, channel, at: day(d) });
const share = (weights: number[]) => weights.map((w) => w / weights.reduce((a, b) => a + b, 0));

describe('attributionWeights', () => {
	test.each([
		['first_touch', 3, [1, 0, 0]],
		['last_touch', 3, [0, 0, 1]],
		['linear', 4, [1, 1, 1, 1]],
		['u_shaped', 1, [1]],
		['u_shaped', 2, [1, 1]],
		['u_shaped', 3, [40, 20, 40]],
		['u_shaped', 5, [120, 20, 20, 20, 120]],
	] as const)('%s over %i touches: %j', (model, n, weights) => {
		expect(attributionWeights(model, Array.from({ length: n }, (_, i) => day(i + 1)), ORDER_AT, 7)).toEqual(weights);
	});

	test('U-shaped gives 40 % to the first and the last touch and 20 % to those between, whatever their number', () => {
		for (const n of [3, 4, 7, 12]) {
			const s = share(attributionWeights('u_shaped', Array.from({ length: n }, (_, i) => day(i + 1)), ORDER_AT, 7));
			expect([s[0], s[n - 1], s.slice(1, -1).reduce((a, b) => a + b, 0)].map((x) => Math.round(x! * 1000) / 1000)).toEqual([0.4, 0.4, 0.2]);
		}
	});

	test('time decay halves a touch\'s weight per half-life before the order', () => {
		const w = attributionWeights('time_decay', [day(16), day(23), day(30)], ORDER_AT, 7);
		expect(w).toEqual([250_000_000, 500_000_000, 1_000_000_000]);
	});

	test.each(ATTRIBUTION_MODELS.map((m) => [m]))('%s: the weights of any touches sum to a whole, positive total', (model) => {
		const w = attributionWeights(model, [day(2), day(9), day(20), day(29)], ORDER_AT, 10);
		expect(w.every((x) => Number.isSafeInteger(x) && x >= 0)).toBe(true);
		expect(w.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
	});
});

describe('attributeOrder', () => {
	const order = { id: 'O1', at: ORDER_AT, revenue: 100_001, margin: 30_001 };
	const settings = (model: AttributionModel) => ({ model, windowDays: 30, halfLifeDays: 7 });

	test.each(ATTRIBUTION_MODELS.map((m) => [m]))('%s: revenue and margin are shared to the minor unit, adding up to the order exactly', (model) => {
		const credits = attributeOrder(order, [touch('a', 3), touch('b', 10), touch('c', 29)], settings(model));
		expect(credits.reduce((a, c) => a + c.revenue, 0)).toBe(100_001);
		expect(credits.reduce((a, c) => a + c.margin, 0)).toBe(30_001);
	});

	test('linear over three touches: the cent left over goes to the earliest (largest remainder, ties to the first)', () => {
		const credits = attributeOrder(order, [touch('a', 3), touch('b', 10), touch('c', 29)], settings('linear'));
		expect(credits.map((c) => [c.touch, c.weight, c.of, c.revenue, c.margin])).toEqual([
			['a', 1, 3, 33_334, 10_001],
			['b', 1, 3, 33_334, 10_000],
			['c', 1, 3, 33_333, 10_000],
		]);
	});

	test('only touches inside the window before the order count; touches after it never do', () => {
		const credits = attributeOrder({ ...order, at: '2026-06-20T12:00:00.000Z' }, [touch('old', 1), touch('in', 15), touch('after', 25)], { ...settings('first_touch'), windowDays: 10 });
		expect(credits.map((c) => [c.touch, c.revenue])).toEqual([['in', 100_001]]);
	});

	test('an order without touches in its window is attributed to no campaign', () => {
		expect(attributeOrder(order, [], settings('linear'))).toEqual([]);
	});

	test('first touch credits only the first; touches without weight are left out of the explanation', () => {
		expect(attributeOrder(order, [touch('b', 10), touch('a', 3)], settings('first_touch')).map((c) => c.touch)).toEqual(['a']);
	});
});

describe('parseAttributionModel', () => {
	test('reads every model, defaults to linear and refuses anything else with the list', () => {
		expect(ATTRIBUTION_MODELS.map(parseAttributionModel)).toEqual([...ATTRIBUTION_MODELS]);
		expect(parseAttributionModel(undefined)).toBe('linear');
		expect(() => parseAttributionModel('w_shaped')).toThrow(CrmError);
		expect(() => parseAttributionModel('w_shaped')).toThrow('first_touch, last_touch, linear, u_shaped, time_decay');
	});
});

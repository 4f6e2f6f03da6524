import { describe, expect, test } from 'vitest';
import { describeLinePricing, priceBasket, toLinePricingRecord } from '../../../packages/crm-core/src/discounts/index.ts';
import type { ExplanationStep } from '../../../packages/crm-core/src/pricing/index.ts';
import { line, offer, promo, request, rule } from './discount-fixtures.ts';

const priceList: ExplanationStep[] = [
	{ priceListId: 'acme', code: 'ACME', source: 'customer', outcome: 'no_price', detail: 'Acme special (ACME): skipped, no price for this product' },
	{ priceListId: 'base', code: 'BASE', source: 'base', outcome: 'used', detail: 'Base 2026 (BASE): 12.00 EUR per unit from 1 unit' },
];

/** 10 units at 12.00: the retail discount, a code that expired, a rule for bigger lines, a manual 5 % over the rep's limit and 1.00 off the order. */
function typicalResult() {
	const rules = [
		rule({ code: 'RETAIL10', name: 'Retail 10 %', conditions: { customerGroupIds: ['retail'] } }),
		rule({ code: 'SPRING-CODE', name: 'Spring code', priority: 50, offerId: 'spring', conditions: { requiresCode: true }, effect: { kind: 'percent', bp: 300 } }),
		rule({ code: 'BIG', name: 'Big lines', conditions: { minQuantityMilli: 50_000 } }),
		rule({ code: 'ORDER1', name: 'One euro off', currency: 'EUR', effect: { kind: 'order_amount', amount: 100 } }),
	];
	return priceBasket(request({ codes: ['spring-old'], lines: [line({ manualDiscountBp: 500 })], rules, offers: [offer()], promoCodes: [promo({ code: 'SPRING-OLD', validTo: '2026-01-31' })] }));
}

describe('toLinePricingRecord', () => {
	test("stores the line's amounts, price-list explanation, discounts, trace, approvals and codes", () => {
		const result = typicalResult();
		const record = toLinePricingRecord(result, 0, priceList);
		expect(record).toMatchObject({ version: 2, currency: 'EUR', quantityMilli: 10_000, listUnitPrice: 1200, listAmount: 12_000, discountAmount: 1840, netAmount: 10_160 });
		expect(record.priceList).toBe(priceList);
		expect(record.discounts.map((d) => [d.code, d.amount])).toEqual([
			['RETAIL10', 1200],
			['MANUAL', 540],
			['ORDER1', 100],
		]);
		expect(record.trace.map((e) => e.code)).toEqual(['SPRING-CODE', 'BIG', 'RETAIL10', 'ORDER1']);
		expect(record).toMatchObject({ omittedTraceEntries: 0, approvalReasons: ['over_limit'], codes: [{ code: 'SPRING-OLD', outcome: 'expired' }] });
		expect(JSON.parse(JSON.stringify(record))).toEqual(record);
	});

	test('keeps what gave something first, then the rules people ask about, then other reasons, up to the limit, and counts the rest', () => {
		const rules = [
			...Array.from({ length: 6 }, (_, i) => rule({ code: `NOPE${i}`, priority: i, conditions: { minQuantityMilli: 99_000 } })),
			rule({ code: 'WIN', priority: 50 }),
			rule({ code: 'SOLO-LOSER', priority: 60, combination: 'best_of', combinationGroup: 'g', effect: { kind: 'percent', bp: 100 } }),
			rule({ code: 'SOLO-WINNER', priority: 61, combination: 'best_of', combinationGroup: 'g', effect: { kind: 'percent', bp: 200 } }),
		];
		const record = toLinePricingRecord(priceBasket(request({ rules })), 0, priceList, 4);
		expect(record.trace.map((e) => e.code)).toEqual(['NOPE0', 'WIN', 'SOLO-LOSER', 'SOLO-WINNER']);
		expect(record.omittedTraceEntries).toBe(5);
		// The limit holds even against entries that are otherwise kept.
		const three = toLinePricingRecord(priceBasket(request({ rules })), 0, priceList, 3);
		expect([three.trace.map((e) => e.code), three.omittedTraceEntries]).toEqual([['WIN', 'SOLO-LOSER', 'SOLO-WINNER'], 6]);
		const two = toLinePricingRecord(priceBasket(request({ rules })), 0, priceList, 2);
		expect([two.trace.map((e) => e.code), two.omittedTraceEntries]).toEqual([['WIN', 'SOLO-WINNER'], 7]);
	});

	test('drops the rules the line cap or floor left at 0 first, and never stores more than the limit', () => {
		// 10 % line cap: A takes it all; B and C are capped at 0; NOPE did not apply.
		const rules = [
			rule({ code: 'A', priority: 1 }),
			rule({ code: 'B', priority: 2 }),
			rule({ code: 'C', priority: 3 }),
			rule({ code: 'NOPE', priority: 4, conditions: { minQuantityMilli: 99_000 } }),
		];
		const result = priceBasket(request({ rules, policy: { maxLineDiscountBp: 1000, maxOrderDiscountBp: 10_000, minMarginBp: 0 } }));
		expect(result.lines[0]?.trace.map((e) => [e.code, e.outcome, e.amount])).toEqual([
			['A', 'applied', 1200],
			['B', 'capped', 0],
			['C', 'capped', 0],
			['NOPE', 'condition_failed', 0],
		]);
		const record = toLinePricingRecord(result, 0, priceList, 3);
		expect([record.trace.map((e) => e.code), record.omittedTraceEntries]).toEqual([['A', 'B', 'NOPE'], 1]);
		expect(toLinePricingRecord(result, 0, priceList, 0)).toMatchObject({ trace: [], omittedTraceEntries: 4 });
	});

	test('is the same whether or not the trace was read before', () => {
		const unread = typicalResult();
		const read = typicalResult();
		expect(read.lines[0]?.trace).toHaveLength(4);
		expect(toLinePricingRecord(unread, 0, priceList, 2)).toEqual(toLinePricingRecord(read, 0, priceList, 2));
		expect(toLinePricingRecord(unread, 0, priceList)).toEqual(toLinePricingRecord(read, 0, priceList));
	});

	test('refuses a line that is not in the result', () => {
		expect(() => toLinePricingRecord(typicalResult(), 3, priceList)).toThrow(RangeError);
	});
});

describe('describeLinePricing', () => {
	test('explains a typical line in plain words', () => {
		const description = describeLinePricing(toLinePricingRecord(typicalResult(), 0, priceList));
		expect(description).toEqual({
			summary: 'List 120.00 EUR − discounts 18.40 EUR = 101.60 EUR net for 10 units (needs approval)',
			steps: [
				{ tone: 'skipped', text: 'Acme special (ACME): skipped, no price for this product' },
				{ tone: 'used', text: 'List price: Base 2026 (BASE): 12.00 EUR per unit from 1 unit' },
				{ tone: 'used', text: 'List amount: 12.00 EUR × 10 units = 120.00 EUR' },
				{ tone: 'skipped', text: 'Spring code (SPRING-CODE) — promo code missing: needs a promo code of offer SPRING (Spring tools); code SPRING-OLD: the code expired on 2026-01-31' },
				{ tone: 'skipped', text: 'Big lines (BIG) — condition not met: needs at least 50 units, the line has 10' },
				{ tone: 'applied', text: 'Retail 10 % (RETAIL10): −12.00 EUR — 10 % off 120.00 EUR = 12.00 EUR' },
				{ tone: 'applied', text: 'Manual discount by the sales rep: −5.40 EUR' },
				{ tone: 'applied', text: "One euro off (ORDER1): −1.00 EUR — this line's share: 1.00 EUR of 1.00 EUR (1.00 EUR off the matching lines' 102.60 EUR)" },
				{ tone: 'skipped', text: 'Promo code SPRING-OLD — expired: the code expired on 2026-01-31' },
				{ tone: 'warning', text: 'The manual discount is above the approved limit: a manager must approve it before the order is confirmed.' },
				{ tone: 'used', text: 'Net: 101.60 EUR for 10 units' },
			],
		});
	});

	test('names the outcome of a reduced discount and counts what was left out', () => {
		const rules = [rule({ code: 'HALF', name: 'Half', effect: { kind: 'percent', bp: 5000 } }), rule({ code: 'NOPE', name: 'Nope', conditions: { minQuantityMilli: 99_000 } })];
		const result = priceBasket(request({ rules, policy: { maxLineDiscountBp: 1000, maxOrderDiscountBp: 10_000, minMarginBp: 0 } }));
		const { summary, steps } = describeLinePricing(toLinePricingRecord(result, 0, priceList.slice(1), 1));
		expect(summary).toBe('List 120.00 EUR − discounts 12.00 EUR = 108.00 EUR net for 10 units');
		expect(steps.map((s) => s.text)).toContain('Half (HALF): −12.00 EUR (capped) — 50 % off 120.00 EUR = 60.00 EUR; capped at the 10 % line cap: 12.00 EUR instead of 60.00 EUR');
		expect(steps.map((s) => s.text)).toContain('1 more rule did not apply (not stored).');
	});

	test('says so when there is no discount', () => {
		expect(describeLinePricing(toLinePricingRecord(priceBasket(request({ lines: [line({ quantityMilli: 1000 })] })), 0, priceList.slice(1))).summary).toBe(
			'List 12.00 EUR, no discount: 12.00 EUR net for 1 unit',
		);
	});

	test('explains a line stored before discounts existed from its price-list steps', () => {
		expect(describeLinePricing(priceList)).toEqual({
			summary: 'List price from Base 2026 (BASE): 12.00 EUR per unit from 1 unit',
			steps: [
				{ tone: 'skipped', text: 'Acme special (ACME): skipped, no price for this product' },
				{ tone: 'used', text: 'List price: Base 2026 (BASE): 12.00 EUR per unit from 1 unit' },
			],
		});
		expect(describeLinePricing([]).summary).toBe('No price list has a price for this line');
	});
});

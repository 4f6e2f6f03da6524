import { describe, expect, it, test } from 'vitest';
import {
	assertValidDiscountRule,
	assertValidPromoCode,
	assertValidSpecialOffer,
	type DiscountRule,
	normalizePromoCode,
	type PromoCode,
	type SpecialOffer,
} from '../../../packages/crm-core/src/discounts/index.ts';
import { CrmError } from '../../../packages/crm-core/src/errors/crm-error.ts';
import { offer, promo, rule } from './discount-fixtures.ts';

function fieldOf(check: () => void): unknown {
	try {
		check();
	} catch (error) {
		expect(error).toBeInstanceOf(CrmError);
		expect((error as CrmError).code).toBe('CRM_DISCOUNT_RULE_INVALID');
		return (error as CrmError).details.field;
	}
	return null;
}

const tiers = (...pairs: [number, number][]) => pairs.map(([minQuantityMilli, value]) => ({ minQuantityMilli, value }));

describe('assertValidDiscountRule', () => {
	it.each<[string, Partial<DiscountRule>]>([
		['a percent rule', {}],
		['a tiered amount per unit', { currency: 'EUR', effect: { kind: 'amount_per_unit', amount: 100, tiers: tiers([1000, 100], [10_000, 150]) } }],
		['a best-of rule with its group', { combination: 'best_of', combinationGroup: 'loyalty' }],
		['a code rule of an offer', { offerId: 'spring', conditions: { requiresCode: true, weekdays: [1, 5], validFrom: '2026-01-01', validTo: '2026-01-01' } }],
		['buy 2 get 1', { effect: { kind: 'free_units', buyMilli: 2000, freeMilli: 1000 }, conditions: { minQuantityMilli: 3000, maxQuantityMilli: 3000 } }],
		['an order amount for big orders', { currency: 'EUR', effect: { kind: 'order_amount', amount: 1000 }, conditions: { minOrderAmount: 50_000 } }],
	])('accepts %s', (_, overrides) => {
		expect(fieldOf(() => assertValidDiscountRule(rule({ code: 'OK', ...overrides })))).toBeNull();
	});

	it.each<[string, Partial<DiscountRule>, string]>([
		['a percent of 0', { effect: { kind: 'percent', bp: 0 } }, 'discount_bp'],
		['a percent above 100 %', { effect: { kind: 'order_percent', bp: 10_001 } }, 'discount_bp'],
		['a fractional amount', { currency: 'EUR', effect: { kind: 'amount_per_unit', amount: 1.5 } }, 'amount'],
		['a fixed price of 0', { currency: 'EUR', effect: { kind: 'fixed_price', unitPrice: 0 } }, 'amount'],
		['an amount without currency', { effect: { kind: 'order_amount', amount: 100 } }, 'currency'],
		['a minimum amount without currency', { conditions: { minLineAmount: 100 } }, 'currency'],
		['a currency that is not ISO', { currency: 'euro' }, 'currency'],
		['best-of without a group', { combination: 'best_of', combinationGroup: null }, 'combination_group'],
		['a code rule outside an offer', { conditions: { requiresCode: true } }, 'offer'],
		['tiers going down', { effect: { kind: 'percent', bp: 500, tiers: tiers([10_000, 500], [5000, 1000]) } }, 'tiers'],
		['two tiers at one quantity', { effect: { kind: 'percent', bp: 500, tiers: tiers([5000, 500], [5000, 1000]) } }, 'tiers'],
		['a tier worth nothing', { effect: { kind: 'percent', bp: 500, tiers: tiers([5000, 0]) } }, 'tiers'],
		['tiers on an order discount', { effect: { kind: 'order_percent', bp: 500, tiers: tiers([5000, 500]) } as DiscountRule['effect'] }, 'tiers'],
		['tiers on free units', { effect: { kind: 'free_units', buyMilli: 1000, freeMilli: 1000, tiers: tiers([5000, 500]) } as DiscountRule['effect'] }, 'tiers'],
		['buying nothing', { effect: { kind: 'free_units', buyMilli: 0, freeMilli: 1000 } }, 'buy_quantity_milli'],
		['nothing free', { effect: { kind: 'free_units', buyMilli: 1000, freeMilli: 0 } }, 'free_quantity_milli'],
		['an end before the start', { conditions: { validFrom: '2026-03-02', validTo: '2026-03-01' } }, 'valid_to'],
		['a start that is not a day', { conditions: { validFrom: '2026-02-30' } }, 'valid_from'],
		['a minimum above the maximum', { conditions: { minQuantityMilli: 5000, maxQuantityMilli: 4000 } }, 'min_quantity_milli'],
		['weekday 8', { conditions: { weekdays: [8 as 1] } }, 'weekdays'],
		['a weekday twice', { conditions: { weekdays: [1, 1] } }, 'weekdays'],
		['a line quantity bound on an order discount', { effect: { kind: 'order_percent', bp: 500 }, conditions: { minQuantityMilli: 1000 } }, 'min_quantity_milli'],
		['an unknown effect', { effect: { kind: 'bogus' } as unknown as DiscountRule['effect'] }, 'effect_kind'],
		['an unknown combination', { combination: 'stack' as DiscountRule['combination'] }, 'combination'],
		['an empty code', { code: ' ' }, 'code'],
	])('refuses %s (details.field = %s)', (_, overrides, field) => {
		expect(fieldOf(() => assertValidDiscountRule(rule({ code: 'BAD', ...overrides })))).toBe(field);
	});

	test('names the rule in the message', () => {
		expect(() => assertValidDiscountRule(rule({ code: 'SPRING10', effect: { kind: 'percent', bp: 0 } }))).toThrow(/^Discount rule SPRING10: the discount must be 1 to 10000 basis points/);
	});
});

describe('assertValidSpecialOffer', () => {
	it.each<[string, Partial<SpecialOffer>, string | null]>([
		['an open offer', {}, null],
		['a limited offer', { maxUses: 1, maxUsesPerCustomer: 1, maxQuantityMilli: 1, maxQuantityPerCustomerMilli: 1 }, null],
		['an end before the start', { validFrom: '2026-04-01', validTo: '2026-03-31' }, 'valid_to'],
		['no uses', { maxUses: 0 }, 'max_uses'],
		['no uses per customer', { maxUsesPerCustomer: 0 }, 'max_uses_per_customer'],
		['a fractional quantity', { maxQuantityMilli: 0.5 }, 'max_quantity_milli'],
		['no quantity per customer', { maxQuantityPerCustomerMilli: 0 }, 'max_quantity_per_customer_milli'],
		['no code', { code: '' }, 'code'],
	])('%s', (_, overrides, field) => {
		expect(fieldOf(() => assertValidSpecialOffer(offer(overrides)))).toBe(field);
	});
});

describe('assertValidPromoCode', () => {
	it.each<[string, Partial<PromoCode>, string | null]>([
		['a multi-use code', {}, null],
		['a lower-case code (stored upper-case)', { code: ' spring-10_a ' }, null],
		['a single-use code limited to 1', { kind: 'single_use', maxUses: 1 }, null],
		['a single-use code with 2 uses', { kind: 'single_use', maxUses: 2 }, 'max_uses'],
		['a limit of 0', { kind: 'per_customer', maxUses: 0 }, 'max_uses'],
		['a code too short', { code: 'AB' }, 'code'],
		['a code with a space', { code: 'SPRING 10' }, 'code'],
		['a code starting with a dash', { code: '-SPRING' }, 'code'],
		['a code of 41 characters', { code: 'A'.repeat(41) }, 'code'],
		['an end before the start', { validFrom: '2026-04-01', validTo: '2026-03-31' }, 'valid_to'],
		['no offer', { offerId: '' }, 'offer'],
		['an unknown kind', { kind: 'forever' as PromoCode['kind'] }, 'kind'],
	])('%s', (_, overrides, field) => {
		expect(fieldOf(() => assertValidPromoCode(promo(overrides)))).toBe(field);
	});

	test('normalizePromoCode trims and upper-cases', () => {
		expect(normalizePromoCode('  spring-10 ')).toBe('SPRING-10');
	});
});

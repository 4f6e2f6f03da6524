import { describe, expect, test } from 'vitest';
import { assertCodesUsable, assertFrozenClaimsFit, type CodeOutcome, frozenLineApproval, MAX_REPRICINGS, offersToPriceWithout } from '../../../packages/crm-core/src/discounts/index.ts';
import { domainFailure } from '../domain-failure.ts';

const code = (c: string, outcome: CodeOutcome['outcome'], promoCodeId: string | null = `id-${c}`): CodeOutcome => ({ code: c, promoCodeId, offerId: 'off', outcome, detail: `${c} is ${outcome}.` });
const fits = { exhaustedOffers: [], exhaustedCodes: [] };

describe('assertCodesUsable', () => {
	test.each([
		['accepted and unused codes pass', [code('A', 'accepted'), code('B', 'unused')], null],
		['an unknown code is invalid', [code('X', 'unknown', null)], ['CRM_PROMO_CODE_INVALID', 'promo_codes']],
		['an expired code is invalid', [code('OLD', 'expired')], ['CRM_PROMO_CODE_INVALID', 'promo_codes']],
		["another customer's code is invalid", [code('THEIRS', 'other_customer')], ['CRM_PROMO_CODE_INVALID', 'promo_codes']],
		['a used-up code is exhausted', [code('ONCE', 'exhausted')], ['CRM_PROMO_CODE_EXHAUSTED', 'promo_codes']],
		['invalid wins over exhausted', [code('ONCE', 'exhausted'), code('X', 'inactive')], ['CRM_PROMO_CODE_INVALID', 'promo_codes']],
	])('%s', (_name, codes, failure) => {
		expect(domainFailure(() => assertCodesUsable(codes))).toEqual(failure);
	});

	test('names every invalid code with its reason', () => {
		expect(() => assertCodesUsable([code('X', 'unknown', null), code('OLD', 'expired')])).toThrow('X: X is unknown. OLD: OLD is expired.');
	});
});

describe('offersToPriceWithout', () => {
	test('claims that fit need no second pricing', () => {
		expect(offersToPriceWithout(fits, [], new Set(), 0)).toBeNull();
	});

	test('an automatic offer another order used up is priced away, together with the ones before it', () => {
		expect(offersToPriceWithout({ exhaustedOffers: ['spring'], exhaustedCodes: [] }, [], new Set(['winter']), 1)).toEqual(new Set(['winter', 'spring']));
	});

	test('a used-up code stops the save and is named, however early', () => {
		expect(() => offersToPriceWithout({ exhaustedOffers: ['spring'], exhaustedCodes: ['id-ONCE'] }, [code('ONCE', 'accepted'), code('MANY', 'accepted')], new Set(), 0)).toThrow('Promo code ONCE has no uses left');
	});

	test(`gives up after ${MAX_REPRICINGS} re-pricings`, () => {
		const ranOut = { exhaustedOffers: ['spring'], exhaustedCodes: [] };
		expect(domainFailure(() => offersToPriceWithout(ranOut, [], new Set(), MAX_REPRICINGS - 1))).toBeNull();
		expect(domainFailure(() => offersToPriceWithout(ranOut, [], new Set(), MAX_REPRICINGS))).toEqual(['CRM_PROMO_CODE_EXHAUSTED', 'promo_codes']);
	});
});

describe('assertFrozenClaimsFit', () => {
	const codes = [{ id: 'id-ONCE', code: 'ONCE' }];
	test('an order from a proposal whose claims fit passes', () => {
		expect(domainFailure(() => assertFrozenClaimsFit(fits, codes))).toBeNull();
	});
	test('a code used up since the proposal is named', () => {
		expect(() => assertFrozenClaimsFit({ exhaustedOffers: [], exhaustedCodes: ['id-ONCE'] }, codes)).toThrow('Promo code ONCE has no uses left');
	});
	test('an offer used up since the proposal makes the order impossible at these prices', () => {
		expect(() => assertFrozenClaimsFit({ exhaustedOffers: ['spring'], exhaustedCodes: [] }, codes)).toThrow('cannot become an order at these prices');
	});
});

describe('frozenLineApproval', () => {
	const stored = { discountBp: 1500, approvedBp: 1500, limitBp: 1000, belowFloorApproved: true, approvedAt: '2026-12-01T10:00:00Z' };
	test.each([
		['a pending line whose approval covers its discount is approved', stored, 'pending', 'approved'],
		['an approval for less than the discount leaves it pending', { ...stored, approvedBp: 1000 }, 'pending', null],
		['below the floor without approval it stays pending', { ...stored, belowFloorApproved: false }, 'pending', null],
		['a line not pending is left as it is', stored, 'not_needed', null],
	] as const)('%s', (_name, d, status, expected) => {
		expect(frozenLineApproval(d, status)).toBe(expected);
	});
});

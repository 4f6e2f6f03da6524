import { describe, expect, test } from 'vitest';
import { type HeldClaim, offerHasRoom, planClaims, type PromoCode, scopeClaims, type SpecialOffer } from '../../../packages/crm-core/src/discounts/index.ts';

const offer = (o: Partial<SpecialOffer> = {}): SpecialOffer => ({ id: 'off', code: 'SPRING', name: 'Spring', active: true, validFrom: null, validTo: null, maxUses: null, maxUsesPerCustomer: null, maxQuantityMilli: null, maxQuantityPerCustomerMilli: null, used: { uses: 0, quantityMilli: 0, customerUses: 0, customerQuantityMilli: 0 }, ...o });
const code = (c: Partial<PromoCode> = {}): PromoCode => ({ id: 'code-a', code: 'SPRING10', offerId: 'off', kind: 'multi_use', active: true, validFrom: null, validTo: null, maxUses: null, customerId: null, uses: 0, customerUses: 0, ...c });
const held = (id: string, offerId: string, promoCodeId: string | null, quantityMilli: number): HeldClaim => ({ id, offerId, promoCodeId, quantityMilli });

describe('scopeClaims', () => {
	test('the quantity goes on the first code; what is new or grows is locked and counted', () => {
		const scope = scopeClaims([{ offerId: 'off', quantityMilli: 3000, promoCodeIds: ['code-b', 'code-a'] }], [held('h1', 'off', 'code-a', 3000)]);
		expect(scope).toEqual({
			wanted: [
				{ offerId: 'off', promoCodeId: 'code-a', quantityMilli: 3000 },
				{ offerId: 'off', promoCodeId: 'code-b', quantityMilli: 0 },
			],
			growingOfferIds: ['off'],
			newCodeIds: ['code-b'],
		});
		expect(scopeClaims([{ offerId: 'off', quantityMilli: 2000, promoCodeIds: [] }], [held('h1', 'off', null, 3000)])).toEqual({ wanted: [{ offerId: 'off', promoCodeId: null, quantityMilli: 2000 }], growingOfferIds: [], newCodeIds: [] });
	});
});

describe('planClaims', () => {
	test('releases what pricing no longer uses, resizes and adds the rest, and names what to recount', () => {
		const heldClaims = [held('h1', 'off', null, 3000), held('h2', 'old', null, 1000)];
		const scope = scopeClaims([{ offerId: 'off', quantityMilli: 5000, promoCodeIds: [] }], heldClaims);
		expect(planClaims(scope, heldClaims, [offer({ maxQuantityMilli: 10_000, used: { uses: 2, quantityMilli: 5000, customerUses: 0, customerQuantityMilli: 0 } })], [])).toEqual({
			outcome: { exhaustedOffers: [], exhaustedCodes: [] },
			plan: { release: ['h2'], insert: [], resize: [{ id: 'h1', quantityMilli: 5000 }], touched: { offerIds: ['old', 'off'], codeIds: [] } },
		});
	});

	test.each([
		['the last use of an offer taken by another order', offer({ maxUses: 3, used: { uses: 3, quantityMilli: 0, customerUses: 0, customerQuantityMilli: 0 } }), null, { exhaustedOffers: ['off'], exhaustedCodes: [] }],
		['more quantity than the customer has left', offer({ maxQuantityPerCustomerMilli: 4000, used: { uses: 0, quantityMilli: 0, customerUses: 0, customerQuantityMilli: 2000 } }), null, { exhaustedOffers: ['off'], exhaustedCodes: [] }],
		['a single-use code someone used', offer(), code({ kind: 'single_use', uses: 1 }), { exhaustedOffers: [], exhaustedCodes: ['code-a'] }],
		['a per-customer code the customer used', offer(), code({ kind: 'per_customer', customerUses: 1 }), { exhaustedOffers: [], exhaustedCodes: ['code-a'] }],
	])('writes nothing for %s', (_label, o, c, exhausted) => {
		const scope = scopeClaims([{ offerId: 'off', quantityMilli: 3000, promoCodeIds: c ? ['code-a'] : [] }], []);
		expect(planClaims(scope, [], [o], c ? [c] : [])).toEqual({ outcome: exhausted, plan: null });
	});

	test('an order that already holds a use of the offer needs no new use', () => {
		expect([offerHasRoom(offer({ maxUses: 3, used: { uses: 3, quantityMilli: 0, customerUses: 0, customerQuantityMilli: 0 } }), 0, 0), offerHasRoom(offer({ maxUses: 3, used: { uses: 2, quantityMilli: 0, customerUses: 0, customerQuantityMilli: 0 } }), 1, 0)]).toEqual([true, true]);
	});
});

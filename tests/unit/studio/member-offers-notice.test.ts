import { describe, expect, it } from 'vitest';
import { memberOffersNotice } from '../../../packages/crm-studio/src/member-offers-notice.ts';

describe('memberOffersNotice', () => {
	it.each<[number, number, number, string]>([
		[0, 0, 0, 'The campaign has no members to price offers for yet.'],
		[1, 1, 0, '1 member priced: 1 with a best offer, 0 to whom none of the offers applies.'],
		[3, 2, 1, '3 members priced: 2 with a best offer, 1 to whom none of the offers applies.'],
	])('%i priced, %i with an offer, %i without: %j', (priced, withOffer, withoutOffer, text) => {
		expect(memberOffersNotice({ priced, with_offer: withOffer, without_offer: withoutOffer })).toBe(text);
	});
});

/** The answer of POST /crm/campaigns/:id/member-offers. */
export interface MemberOffersAnswer {
	priced: number;
	with_offer: number;
	without_offer: number;
}

const members = (n: number) => `${n} member${n === 1 ? '' : 's'}`;

/** What the campaign page says after pricing the members' best offers. */
export function memberOffersNotice(answer: MemberOffersAnswer): string {
	if (answer.priced === 0) return 'The campaign has no members to price offers for yet.';
	return `${members(answer.priced)} priced: ${answer.with_offer} with a best offer, ${answer.without_offer} to whom none of the offers applies.`;
}

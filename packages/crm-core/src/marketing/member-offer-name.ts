/** The best offer stored on a member, as it is when the e-mail goes out. */
export interface StoredBestOffer {
	name: string;
	active: boolean;
}

/**
 * What `{{offer}}` says in a member's e-mail: the name of the best offer stored for the member (M3.5)
 * while that offer is still switched on, else the campaign's offer every member is shown (its first
 * active one by code), else nothing.
 */
export function memberOfferName(best: StoredBestOffer | null, campaignOfferName: string): string {
	return best && best.active && best.name ? best.name : campaignOfferName;
}

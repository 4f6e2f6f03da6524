export type CampaignChannel = 'email' | 'call' | 'visit' | 'event' | 'ads';

/** A contact of a customer the campaign targets, as loaded. */
export interface TargetContact {
	id: string;
	customer: string;
	email: string | null;
	phone: string | null;
	mobile: string | null;
	marketingConsent: boolean;
	active: boolean;
}

export interface NewCampaignMember {
	campaign: string;
	customer: string;
	contact: string;
	email: string | null;
}

export interface CampaignMembersPlan {
	add: NewCampaignMember[];
	/** Contacts left out, by why: a person is told how many and for what reason. */
	leftOut: { noConsent: number; noAddress: number; inactive: number; alreadyMembers: number };
}

/** Whether a contact can be reached on the channel at all: an e-mail campaign needs an address, a call campaign a number. */
function reachable(contact: TargetContact, channel: CampaignChannel | null): boolean {
	if (channel === 'email') return Boolean(contact.email);
	if (channel === 'call') return Boolean(contact.phone || contact.mobile);
	return true;
}

/**
 * M3.3: the members a campaign gains from its target segments. Only active contacts who consented to
 * marketing and can be reached on the campaign's channel; a contact already a member is never added twice,
 * and nobody is removed (their touches stay theirs).
 */
export function planCampaignMembers(campaign: { id: string; channel: CampaignChannel | null }, contacts: readonly TargetContact[], existing: ReadonlySet<string>): CampaignMembersPlan {
	const leftOut = { noConsent: 0, noAddress: 0, inactive: 0, alreadyMembers: 0 };
	const add: NewCampaignMember[] = [];
	const seen = new Set(existing);
	const looked = new Set<string>();
	for (const contact of contacts) {
		// A contact listed twice is one person: counted once, whatever becomes of it.
		if (looked.has(contact.id)) continue;
		looked.add(contact.id);
		if (seen.has(contact.id)) leftOut.alreadyMembers++;
		else if (!contact.active) leftOut.inactive++;
		else if (!contact.marketingConsent) leftOut.noConsent++;
		else if (!reachable(contact, campaign.channel)) leftOut.noAddress++;
		else {
			seen.add(contact.id);
			add.push({ campaign: campaign.id, customer: contact.customer, contact: contact.id, email: campaign.channel === 'email' ? contact.email : null });
		}
	}
	return { add, leftOut };
}

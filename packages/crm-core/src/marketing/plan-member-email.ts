import type { MergeValues } from './merge-fields.ts';
import { type CampaignEmail, type CampaignEmailTemplate, type MemberLinks, renderCampaignEmail } from './render-campaign-email.ts';

/** A claimed member's contact as it is now, when the e-mail is about to go out. */
export interface MemberAtSend {
	email: string | null;
	consent: boolean;
	active: boolean;
}

export type MemberEmailPlan = { skip: string } | { to: string; email: CampaignEmail; headers: Record<string, string> };

/**
 * M3.3: what goes to one member, decided at the moment of sending: a contact who withdrew consent or
 * lost the address since joining is skipped, not written to.
 */
export function planMemberEmail(member: MemberAtSend, template: CampaignEmailTemplate, values: MergeValues, links: MemberLinks & { unsubscribePost: string }): MemberEmailPlan {
	if (!member.active) return { skip: 'The contact is no longer active.' };
	if (!member.consent) return { skip: 'The contact has withdrawn consent to marketing.' };
	if (!member.email) return { skip: 'The contact has no e-mail address.' };
	return {
		to: member.email,
		email: renderCampaignEmail(template, values, links),
		// RFC 8058: mail clients offer a one-click unsubscribe that posts to this address.
		headers: { 'List-Unsubscribe': `<${links.unsubscribePost}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
	};
}

/** The pause between two e-mails that keeps a sender at its rate. */
export function sendInterval(ratePerMinute: number): number {
	return Math.ceil(60_000 / Math.max(1, ratePerMinute));
}

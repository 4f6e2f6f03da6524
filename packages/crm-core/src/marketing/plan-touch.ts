import type { InteractionDirection, InteractionType } from '../interactions/interaction-types.ts';
import type { CampaignChannel } from './plan-campaign-members.ts';
import type { TouchKind } from './touch-kinds.ts';

export interface TouchedMember {
	id: string;
	campaign: { id: string; code: string; channel: CampaignChannel | null };
	customer: string;
	contact: string | null;
	/** The member is an open task of this rep (call and visit campaigns). */
	openTaskOf?: string | null;
}

export interface TouchEvent {
	kind: TouchKind;
	at: Date;
	link?: string | null;
	outcome?: string | null;
	/** Present for a tracking token: the touch counts once. */
	dedupeKey?: string | null;
}

export interface TouchPlan {
	touch: { campaign: string; member: string; customer: string; contact: string | null; kind: TouchKind; occurred_at: Date; link: string | null; outcome: string | null; dedupe_key: string | null };
	member: { last_touch: TouchKind; last_touch_at: Date; task_state?: 'done' };
	interaction: { type: InteractionType; direction: InteractionDirection; occurred_at: Date; customer: string; contact: string | null; rep: string | null; subject: string; outcome: string | null; related_collection: 'crm_campaign_touches' };
	/** The contact whose marketing consent ends with this touch (an unsubscribe), with when. */
	withdrawConsent: { contact: string; at: Date } | null;
}

const INTERACTION_TYPE: Record<CampaignChannel, InteractionType> = { email: 'email', call: 'call', visit: 'visit', event: 'meeting', ads: 'system' };

/** What a rep logs after a call or visit: any of these ends the member's task. */
const TASK_OUTCOMES: readonly TouchKind[] = ['delivered', 'responded', 'converted', 'unsubscribed'];

const WHAT_HAPPENED: Record<TouchKind, string> = {
	sent: 'sent',
	delivered: 'delivered',
	opened: 'opened',
	clicked: 'link clicked',
	responded: 'responded',
	converted: 'converted',
	unsubscribed: 'unsubscribed from marketing',
};

function subjectOf(member: TouchedMember, event: TouchEvent): string {
	const channel = (member.campaign.channel ?? 'email') === 'email' ? 'e-mail ' : '';
	const link = event.kind === 'clicked' && event.link ? `: ${event.link}` : '';
	const subject = `Campaign ${member.campaign.code}: ${event.kind === 'unsubscribed' ? '' : channel}${WHAT_HAPPENED[event.kind]}${link}`;
	return subject.length > 255 ? `${subject.slice(0, 254)}…` : subject;
}

/**
 * M3.3: one touch of a campaign member, as everything it writes: the touch, the member's last touch, the
 * interaction on the customer's timeline (the rep's, when it was their task, which it closes), and — for an
 * unsubscribe — the end of the contact's consent.
 */
export function planTouch(member: TouchedMember, event: TouchEvent): TouchPlan {
	const channel = member.campaign.channel ?? 'email';
	return {
		touch: { campaign: member.campaign.id, member: member.id, customer: member.customer, contact: member.contact, kind: event.kind, occurred_at: event.at, link: event.link ?? null, outcome: event.outcome ?? null, dedupe_key: event.dedupeKey ?? null },
		member: { last_touch: event.kind, last_touch_at: event.at, ...(member.openTaskOf && TASK_OUTCOMES.includes(event.kind) ? { task_state: 'done' as const } : {}) },
		interaction: {
			type: INTERACTION_TYPE[channel],
			direction: event.kind === 'sent' ? 'outbound' : 'inbound',
			occurred_at: event.at,
			customer: member.customer,
			contact: member.contact,
			rep: member.openTaskOf ?? null,
			subject: subjectOf(member, event),
			outcome: event.outcome ?? null,
			related_collection: 'crm_campaign_touches',
		},
		withdrawConsent: event.kind === 'unsubscribed' && member.contact ? { contact: member.contact, at: event.at } : null,
	};
}

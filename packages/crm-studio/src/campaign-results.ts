import { ATTRIBUTION_MODELS, type AttributionModel, TOUCH_KIND_LABELS, type TouchKind } from '@crm/core';

export interface CampaignFunnel {
	members: number;
	by_touch: Readonly<Record<TouchKind, number>>;
}

export interface FunnelRow {
	kind: TouchKind;
	label: string;
	count: number;
	/** Share of all members, in basis points. */
	shareBp: number;
}

/** The funnel as the campaign page draws it: every touch kind in funnel order, with its share of the members. */
export function campaignFunnelRows(funnel: CampaignFunnel): FunnelRow[] {
	return TOUCH_KIND_LABELS.map(([kind, label]) => {
		const count = funnel.by_touch[kind] ?? 0;
		return { kind, label, count, shareBp: funnel.members > 0 ? Math.round((count * 10_000) / funnel.members) : 0 };
	});
}

export type SendAction = 'send' | 'pause' | 'resume' | 'members' | 'tasks';

/**
 * What the campaign page offers: an e-mail campaign sends, pauses and resumes; a call or visit campaign
 * makes tasks for reps; any campaign takes members from its segments.
 */
export function campaignActions(channel: string | null, sendStatus: string | null): SendAction[] {
	if (channel === 'call' || channel === 'visit') return ['members', 'tasks'];
	if (channel !== 'email') return ['members'];
	if (sendStatus === 'sending') return ['pause'];
	if (sendStatus === 'paused') return ['resume', 'members'];
	return ['send', 'members'];
}

export const ATTRIBUTION_MODEL_LABELS: Readonly<Record<AttributionModel, string>> = {
	first_touch: 'First touch',
	last_touch: 'Last touch',
	linear: 'Linear',
	u_shaped: 'U-shaped (40/20/40)',
	time_decay: 'Time decay',
};

export const ATTRIBUTION_MODEL_ORDER: readonly AttributionModel[] = ATTRIBUTION_MODELS;

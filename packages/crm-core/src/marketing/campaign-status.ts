/** A campaign's lifecycle as stored (M3): planned → running → finished, or cancelled. */
export const CAMPAIGN_STATUSES = ['planned', 'running', 'finished', 'cancelled'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export function isCampaignStatus(value: unknown): value is CampaignStatus {
	return typeof value === 'string' && (CAMPAIGN_STATUSES as readonly string[]).includes(value);
}

import { CrmError } from '../errors/crm-error.ts';
import type { CampaignStatus } from './campaign-status.ts';
import { assertValidTemplate } from './merge-fields.ts';
import type { CampaignChannel } from './plan-campaign-members.ts';

export interface SendableCampaign {
	id: string;
	status: CampaignStatus;
	channel: CampaignChannel | null;
	emailSubject: string | null;
	emailBody: string | null;
	/** The budget's hard stop has been reached (M3.4). */
	budgetSpent: boolean;
	/** Members still waiting for their e-mail. */
	pendingMembers: number;
	/** Whether the server knows the absolute address its tracking and unsubscribe links must point to. */
	hasPublicUrl: boolean;
}

const refuse = (campaign: SendableCampaign, reason: string, message: string) => new CrmError('CRM_CAMPAIGN_NOT_SENDABLE', message, { campaign: campaign.id, reason });

/** M3.3: whether an e-mail campaign may send (or resume) now; the error says what to change. */
export function assertCampaignSendable(campaign: SendableCampaign): void {
	if (campaign.channel !== 'email') throw refuse(campaign, 'not_email', 'Only an e-mail campaign sends: set its channel to E-mail, or work its members as a call list.');
	if (campaign.status === 'finished' || campaign.status === 'cancelled') throw refuse(campaign, 'closed', `The campaign is ${campaign.status}: nothing more is sent.`);
	if (!campaign.emailSubject?.trim() || !campaign.emailBody?.trim()) throw refuse(campaign, 'no_template', 'Write the e-mail first: the campaign has no subject or no text.');
	assertValidTemplate('email_subject', campaign.emailSubject);
	assertValidTemplate('email_body', campaign.emailBody);
	if (!campaign.hasPublicUrl) throw refuse(campaign, 'no_public_url', 'Set PUBLIC_URL (or CRM_PUBLIC_URL) to the address people reach this Directus at: the e-mail\'s unsubscribe and tracking links point there.');
	if (campaign.pendingMembers === 0) throw refuse(campaign, 'no_members', 'Nobody is waiting for this e-mail: the campaign\'s segments hold no contact with consent and an address, or every member has had it.');
	if (campaign.budgetSpent) throw refuse(campaign, 'budget_spent', 'The campaign\'s budget is spent and its hard stop is on: raise the plan or switch the stop off to send more.');
}

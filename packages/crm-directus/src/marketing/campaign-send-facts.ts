import { type CampaignChannel, type CampaignEmailTemplate, CrmError, isCampaignStatus, type MemberAtSend, memberOfferName, type MergeValues, type SendableCampaign, summarizeCampaignBudget } from '@crm/core';
import type { Knex } from 'knex';
import { loadCampaignBudgetFacts } from './load-campaign-budget-facts.ts';

type Row = Record<string, unknown>;

export interface CampaignSendFacts extends Omit<SendableCampaign, 'hasPublicUrl'> {
	ratePerMinute: number;
	template: CampaignEmailTemplate;
	/** The campaign's offer a member is shown (its first active special offer by code), or empty. */
	offer: string;
}

async function firstActiveOffer(knex: Knex, campaign: string): Promise<string> {
	const offer: Row | undefined = await knex('crm_special_offers').select('name').where({ campaign, active: true }).orderBy('code').first();
	return offer ? String(offer['name']) : '';
}

/** How many members wait: counted when sending starts; the loop only asks whether anyone does (its next member). */
export async function countWaitingMembers(knex: Knex, campaign: string): Promise<number> {
	const pending = await knex('crm_campaign_members').where({ campaign, send_state: 'pending' }).count({ n: '*' }).first();
	return Number(pending?.['n'] ?? 0);
}

/** What deciding whether, what and how fast a campaign sends needs: its row, its budget's hard stop, its offer; `waiting` members are given. */
export async function loadCampaignSendFacts(knex: Knex, campaign: string, today: string, waiting: number): Promise<CampaignSendFacts> {
	const row: Row | undefined = await knex('crm_campaigns').select('id', 'status', 'channel', 'email_subject', 'email_body', 'send_rate_per_minute', 'budget_hard_stop').where('id', campaign).first();
	if (!row) throw new CrmError('CRM_NOT_FOUND', `There is no campaign "${campaign}".`, { campaign });
	const budgetSpent = Boolean(row['budget_hard_stop']) && summarizeCampaignBudget(await loadCampaignBudgetFacts(knex, campaign, today)).position.stopSends;
	return {
		id: campaign,
		status: isCampaignStatus(row['status']) ? row['status'] : 'finished',
		channel: (row['channel'] as CampaignChannel | null) ?? null,
		emailSubject: (row['email_subject'] as string | null) ?? null,
		emailBody: (row['email_body'] as string | null) ?? null,
		budgetSpent,
		ratePerMinute: Number(row['send_rate_per_minute'] ?? 120),
		template: { subject: String(row['email_subject'] ?? ''), body: String(row['email_body'] ?? '') },
		offer: await firstActiveOffer(knex, campaign),
		pendingMembers: waiting,
	};
}

/** A claimed member's contact as it is at the moment of sending, with the merge values of its e-mail. */
export async function loadMemberAtSend(knex: Knex, member: string, offer: string): Promise<MemberAtSend & { values: MergeValues }> {
	const row: Row | undefined = await knex('crm_campaign_members as m')
		.join('crm_contacts as p', 'p.id', 'm.contact')
		.join('crm_customers as c', 'c.id', 'm.customer')
		// The member's own best offer (M3.5), when one was stored.
		.leftJoin('crm_special_offers as o', 'o.id', 'm.best_offer')
		.select('p.email', 'p.marketing_consent', 'p.active', 'p.first_name', 'p.last_name', 'c.name as customer_name', 'o.name as best_offer_name', 'o.active as best_offer_active')
		.where('m.id', member)
		.first();
	if (!row) return { email: null, consent: false, active: false, values: { first_name: '', last_name: '', customer: '', offer } };
	return {
		email: (row['email'] as string | null) || null,
		consent: Boolean(row['marketing_consent']),
		active: row['active'] === null ? true : Boolean(row['active']),
		values: { first_name: String(row['first_name'] ?? ''), last_name: String(row['last_name'] ?? ''), customer: String(row['customer_name'] ?? ''), offer: memberOfferName(row['best_offer_name'] ? { name: String(row['best_offer_name']), active: Boolean(row['best_offer_active']) } : null, offer) },
	};
}

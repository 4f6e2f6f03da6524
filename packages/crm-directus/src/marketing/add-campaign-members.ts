import { randomUUID } from 'node:crypto';
import { type CampaignChannel, type CampaignMembersPlan, CrmError, planCampaignMembers, type TargetContact } from '@crm/core';
import type { Knex } from 'knex';
import { forUpdate } from '../ledger-rows.ts';

type Row = Record<string, unknown>;
const CHUNK = 500;

/** The contacts of the customers in the campaign's segments (customer segments; a product segment targets no one). */
async function loadTargetContacts(trx: Knex, campaign: string): Promise<TargetContact[]> {
	const segments = trx('crm_campaigns_market_segments').select('crm_market_segments_id').where('crm_campaigns_id', campaign);
	const customers = trx('crm_customers_market_segments').select('crm_customers_id').whereIn('crm_market_segments_id', segments);
	const rows: Row[] = await trx('crm_contacts').select('id', 'customer', 'email', 'phone', 'mobile', 'marketing_consent', 'active').whereIn('customer', customers).orderBy('id');
	return rows.map((r) => ({
		id: String(r['id']),
		customer: String(r['customer']),
		email: (r['email'] as string | null) || null,
		phone: (r['phone'] as string | null) || null,
		mobile: (r['mobile'] as string | null) || null,
		marketingConsent: Boolean(r['marketing_consent']),
		active: r['active'] === null || r['active'] === undefined ? true : Boolean(r['active']),
	}));
}

/**
 * M3.3: adds the contacts the campaign's segments now reach, with consent for its channel. The campaign
 * row is locked, so two servers adding at once queue and nobody becomes a member twice.
 */
export async function addCampaignMembers(knex: Knex, campaign: string, now: Date): Promise<CampaignMembersPlan> {
	return knex.transaction(async (trx) => {
		const row: Row | undefined = await forUpdate(trx, trx('crm_campaigns').select('id', 'channel').where('id', campaign)).first();
		if (!row) throw new CrmError('CRM_NOT_FOUND', `There is no campaign "${campaign}".`, { campaign });
		const existing: Row[] = await trx('crm_campaign_members').select('contact').where('campaign', campaign);
		const plan = planCampaignMembers({ id: campaign, channel: (row['channel'] as CampaignChannel | null) ?? null }, await loadTargetContacts(trx, campaign), new Set(existing.map((e) => String(e['contact']))));
		for (let i = 0; i < plan.add.length; i += CHUNK) {
			await trx('crm_campaign_members').insert(plan.add.slice(i, i + CHUNK).map((m) => ({ id: randomUUID(), ...m, send_state: 'pending', date_created: now })));
		}
		return plan;
	});
}

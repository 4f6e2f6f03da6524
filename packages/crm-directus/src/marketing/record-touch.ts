import { randomUUID } from 'node:crypto';
import { type CampaignChannel, CrmError, planTouch, type TouchedMember, type TouchEvent } from '@crm/core';
import type { Knex } from 'knex';

type Row = Record<string, unknown>;

export async function loadTouchedMember(knex: Knex, member: string): Promise<TouchedMember> {
	const row: Row | undefined = await knex('crm_campaign_members as m')
		.join('crm_campaigns as c', 'c.id', 'm.campaign')
		.select('m.id', 'm.customer', 'm.contact', 'm.rep', 'm.task_state', 'c.id as campaign_id', 'c.code as campaign_code', 'c.channel as campaign_channel')
		.where('m.id', member)
		.first();
	if (!row) throw new CrmError('CRM_NOT_FOUND', `There is no campaign member "${member}".`, { member });
	return {
		id: String(row['id']),
		customer: String(row['customer']),
		contact: row['contact'] ? String(row['contact']) : null,
		openTaskOf: row['task_state'] === 'open' && row['rep'] ? String(row['rep']) : null,
		campaign: { id: String(row['campaign_id']), code: String(row['campaign_code']), channel: (row['campaign_channel'] as CampaignChannel | null) ?? null },
	};
}

/**
 * Writes one touch with everything it brings (member's last touch, timeline interaction, withdrawn consent)
 * in the caller's transaction. A touch whose dedupe key is already stored is not written: null.
 */
export async function recordTouch(trx: Knex, member: TouchedMember, event: TouchEvent): Promise<string | null> {
	const plan = planTouch(member, event);
	const id = randomUUID();
	const inserted = await trx('crm_campaign_touches').insert({ id, ...plan.touch, date_created: event.at }).onConflict('dedupe_key').ignore().returning('id');
	if (inserted.length === 0) return null;
	await trx('crm_campaign_members').where('id', member.id).update(plan.member);
	await trx('crm_interactions').insert({ id: randomUUID(), ...plan.interaction, related_key: id, date_created: event.at });
	if (plan.withdrawConsent) await trx('crm_contacts').where({ id: plan.withdrawConsent.contact, marketing_consent: true }).update({ marketing_consent: false, marketing_consent_at: plan.withdrawConsent.at });
	return id;
}

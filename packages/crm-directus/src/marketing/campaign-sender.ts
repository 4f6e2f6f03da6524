import { assertCampaignSendable, isCrmError, planMemberEmail, type Sign, sendInterval } from '@crm/core';
import type { Knex } from 'knex';
import { forUpdate } from '../ledger-rows.ts';
import { type CampaignSendFacts, countWaitingMembers, loadCampaignSendFacts, loadMemberAtSend } from './campaign-send-facts.ts';
import { loadTouchedMember, recordTouch } from './record-touch.ts';
import { memberLinks } from './tracking-links.ts';

export interface OutgoingMail {
	to: string;
	subject: string;
	text: string;
	html: string;
	headers: Record<string, string>;
}

/** What a sender needs from its server: the database, a mailer, its links and who it is among the servers. */
export interface SenderDeps {
	knex: Knex;
	sendMail: (mail: OutgoingMail) => Promise<void>;
	/** The absolute public address of the project, or null when it is not known. */
	base: string | null;
	sign: Sign;
	/** This server's name in the lease, unique among the servers of a project. */
	instance: string;
	now: () => Date;
	sleep: (ms: number) => Promise<void>;
	log: (message: string) => void;
}

/** A lease long enough to outlast the pause between two e-mails: another server takes over only after it ran out. */
const leaseMs = (ratePerMinute: number) => 60_000 + 2 * sendInterval(ratePerMinute);
const day = (d: Date) => d.toISOString().slice(0, 10);

async function checkedFacts(deps: SenderDeps, campaign: string, waiting: number): Promise<CampaignSendFacts> {
	const facts = await loadCampaignSendFacts(deps.knex, campaign, day(deps.now()), waiting);
	assertCampaignSendable({ ...facts, hasPublicUrl: deps.base !== null });
	return facts;
}

/**
 * M3.3: starts or resumes sending. Refused (CRM_CAMPAIGN_NOT_SENDABLE) when the campaign cannot send; the
 * caller's server takes the lease, also from a server that stopped answering.
 */
export async function startCampaignSend(deps: SenderDeps, campaign: string): Promise<CampaignSendFacts> {
	return deps.knex.transaction(async (trx) => {
		await forUpdate(trx, trx('crm_campaigns').select('id').where('id', campaign)).first();
		const facts = await checkedFacts({ ...deps, knex: trx }, campaign, await countWaitingMembers(trx, campaign));
		const now = deps.now();
		await trx('crm_campaigns').where('id', campaign).update({ send_status: 'sending', sender: deps.instance, sender_lease_until: new Date(now.getTime() + leaseMs(facts.ratePerMinute)), status: facts.status === 'planned' ? 'running' : facts.status });
		return facts;
	});
}

/** Stops sending after the e-mail now going out; the rest stays waiting for a resume. */
export async function pauseCampaignSend(knex: Knex, campaign: string): Promise<boolean> {
	return (await knex('crm_campaigns').where({ id: campaign, send_status: 'sending' }).update({ send_status: 'paused', sender: null, sender_lease_until: null })) === 1;
}

async function renewLease(deps: SenderDeps, campaign: string, ratePerMinute: number): Promise<boolean> {
	const until = new Date(deps.now().getTime() + leaseMs(ratePerMinute));
	return (await deps.knex('crm_campaigns').where({ id: campaign, send_status: 'sending', sender: deps.instance }).update({ sender_lease_until: until })) === 1;
}

async function setSendStatus(deps: SenderDeps, campaign: string, status: 'paused' | 'sent'): Promise<void> {
	await deps.knex('crm_campaigns').where({ id: campaign, send_status: 'sending', sender: deps.instance }).update({ send_status: status, sender: null, sender_lease_until: null });
}

/** Claims one waiting member (no other sender can then take it), writes to it and records the touch. */
async function sendToMember(deps: SenderDeps, facts: CampaignSendFacts, member: string): Promise<void> {
	const { knex } = deps;
	const claimed = await knex('crm_campaign_members').where({ id: member, send_state: 'pending' }).update({ send_state: 'sending', claimed_at: deps.now() });
	if (claimed !== 1) return;
	const contact = await loadMemberAtSend(knex, member, facts.offer);
	const plan = planMemberEmail(contact, facts.template, contact.values, memberLinks(deps.base!, deps.sign, member));
	if ('skip' in plan) return void (await knex('crm_campaign_members').where('id', member).update({ send_state: 'skipped', skip_reason: plan.skip }));
	try {
		await deps.sendMail({ to: plan.to, ...plan.email, headers: plan.headers });
	} catch (error) {
		await knex('crm_campaign_members').where('id', member).update({ send_state: 'failed', skip_reason: String((error as Error).message ?? error).slice(0, 255) });
		return;
	}
	const at = deps.now();
	const touched = await loadTouchedMember(knex, member);
	await knex.transaction(async (trx) => {
		await trx('crm_campaign_members').where('id', member).update({ send_state: 'sent', sent_at: at, email: plan.to });
		await recordTouch(trx, touched, { kind: 'sent', at });
	});
}

/** One step of the loop: false when the sender is done (finished, paused, refused or its lease taken). */
async function sendNext(deps: SenderDeps, campaign: string): Promise<{ more: boolean; pause: number }> {
	// The next waiting member, not a count of all of them: the loop runs once per e-mail.
	const next = await deps.knex('crm_campaign_members').select('id').where({ campaign, send_state: 'pending' }).orderBy('id').first();
	let facts: CampaignSendFacts;
	try {
		facts = await checkedFacts(deps, campaign, next ? 1 : 0);
	} catch (error) {
		if (!isCrmError(error)) throw error;
		const done = error.details['reason'] === 'no_members';
		await setSendStatus(deps, campaign, done ? 'sent' : 'paused');
		if (!done) deps.log(`[crm] campaign ${campaign}: sending paused: ${error.message}`);
		return { more: false, pause: 0 };
	}
	if (!(await renewLease(deps, campaign, facts.ratePerMinute))) return { more: false, pause: 0 };
	if (next) await sendToMember(deps, facts, String(next['id']));
	return { more: true, pause: sendInterval(facts.ratePerMinute) };
}

/**
 * Sends a campaign's waiting members one at a time at its rate, while this server holds the lease. A crash
 * leaves at most the member being sent claimed (`sending`): it is never sent again, so nobody gets it twice.
 */
export async function runCampaignSender(deps: SenderDeps, campaign: string): Promise<void> {
	for (;;) {
		const step = await sendNext(deps, campaign);
		if (!step.more) return;
		await deps.sleep(step.pause);
	}
}

/** Campaigns whose sender stopped answering (its lease ran out): this server takes each over and returns them. */
export async function takeOverAbandonedSends(deps: SenderDeps): Promise<string[]> {
	const now = deps.now();
	const abandoned: { id: string; send_rate_per_minute: number }[] = await deps.knex('crm_campaigns').select('id', 'send_rate_per_minute').where('send_status', 'sending').andWhere((q) => q.whereNull('sender_lease_until').orWhere('sender_lease_until', '<', now));
	const taken: string[] = [];
	for (const c of abandoned) {
		const until = new Date(now.getTime() + leaseMs(Number(c.send_rate_per_minute ?? 120)));
		const won = await deps.knex('crm_campaigns').where({ id: c.id, send_status: 'sending' }).andWhere((q) => q.whereNull('sender_lease_until').orWhere('sender_lease_until', '<', now)).update({ sender: deps.instance, sender_lease_until: until });
		if (won === 1) taken.push(String(c.id));
	}
	return taken;
}

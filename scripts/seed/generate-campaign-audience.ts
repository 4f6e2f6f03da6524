// Campaign members and their touches for the demo: the spring mailing went out to the contacts of the
// construction and crafts customers, the safety weeks are visits to construction sites. Members come from
// crm-core's planCampaignMembers and every touch from planTouch, as in the running CRM.
import { type CampaignChannel, type MemberTaskState, planCampaignMembers, planCampaignTasks, planTouch, type TouchKind } from '../../packages/crm-core/src/index.ts';
import type { ContactRow, CustomerSegmentLinkRow, InteractionRow, MarketSegmentRow, Uuid } from './demo-rows.ts';
import type { CampaignRow } from './discount-data-rows.ts';
import { DAY, HOUR, iso } from './moments.ts';
import { createRng, type Rng } from './random.ts';

export type CampaignSegmentLinkRow = { crm_campaigns_id: Uuid; crm_market_segments_id: Uuid };
export type CampaignMemberRow = {
	id: Uuid;
	campaign: Uuid;
	customer: Uuid;
	contact: Uuid;
	email: string | null;
	send_state: string;
	skip_reason: null;
	claimed_at: string | null;
	sent_at: string | null;
	last_touch: TouchKind | null;
	last_touch_at: string | null;
	rep: Uuid | null;
	task_due: string | null;
	task_state: MemberTaskState | null;
	best_offer: null;
	best_offer_margin_base: null;
	best_offer_discount_base: null;
	offers_priced_at: null;
	date_created: string;
};
export type CampaignTouchRow = { id: Uuid; campaign: Uuid; member: Uuid; customer: Uuid; contact: Uuid | null; kind: TouchKind; occurred_at: string; link: string | null; dedupe_key: string | null; outcome: string | null; date_created: string; user_created: null };

export interface CampaignAudience {
	crm_campaigns_market_segments: CampaignSegmentLinkRow[];
	crm_campaign_members: CampaignMemberRow[];
	crm_campaign_touches: CampaignTouchRow[];
	/** The timeline entries of the touches. */
	interactions: InteractionRow[];
	/** Contacts who unsubscribed: consent withdrawn at that moment. */
	withdrawn: Map<Uuid, string>;
}

interface AudienceInput {
	seed: number;
	now: Date;
	campaigns: readonly CampaignRow[];
	segments: readonly MarketSegmentRow[];
	customerSegmentLinks: readonly CustomerSegmentLinkRow[];
	contacts: readonly ContactRow[];
	/** Orders that count (neither drafts nor cancelled): a member whose customer ordered during the campaign was touched before that order. */
	orders: readonly { customer: Uuid; order_date: string; status: string }[];
	/** Each customer's rep: a visit campaign's members are their tasks. */
	repOf: ReadonlyMap<Uuid, Uuid | null>;
}

/** What happens after a touch, with its chance and delay: an e-mail is opened by some, clicked by fewer. */
const FOLLOW_UPS: Record<'email' | 'visit', readonly (readonly [TouchKind, number, number])[]> = {
	email: [['opened', 0.45, 30 * HOUR], ['clicked', 0.35, 2 * HOUR]],
	visit: [['responded', 0.35, 3 * DAY], ['converted', 0.3, 5 * DAY]],
};

const LANDING = 'https://shop.example.com/spring-tools';
/** The keys the tracking links would have stored (crm-core's trackingDedupeKey): the landing page is the mail's first link. */
const DEDUPE: Partial<Record<TouchKind, (member: Uuid) => string>> = { opened: (m) => `opened:${m}`, clicked: (m) => `clicked:${m}:0`, unsubscribed: (m) => `unsubscribed:${m}` };

/** The first touch: a few days before the customer's first order during the campaign when there is one (so that the demo has orders to attribute), else early in the campaign. */
function firstTouchAt(rng: Rng, startMs: number, endMs: number, firstOrderMs: number | undefined): number {
	const early = startMs + rng.int(0, 3 * DAY);
	return firstOrderMs === undefined ? early : Math.min(endMs, Math.max(startMs, firstOrderMs - rng.int(2 * DAY, 20 * DAY)));
}

function touchesOf(rng: Rng, campaign: CampaignRow, span: { startMs: number; endMs: number; nowMs: number }, firstOrderMs: number | undefined) {
	const { startMs, endMs, nowMs } = span;
	const channel = campaign.channel as 'email' | 'visit';
	const events: { kind: TouchKind; at: number }[] = [{ kind: channel === 'email' ? 'sent' : 'delivered', at: firstTouchAt(rng, startMs, endMs, firstOrderMs) }];
	for (const [kind, chance, delay] of FOLLOW_UPS[channel]) {
		if (!rng.chance(chance)) break;
		events.push({ kind, at: events[events.length - 1]!.at + rng.int(10 * 60_000, delay) });
	}
	// Some readers want no more of it: they unsubscribe after opening.
	if (events.length > 1 && channel === 'email' && rng.chance(0.08)) events.push({ kind: 'unsubscribed', at: events[events.length - 1]!.at + rng.int(60_000, HOUR) });
	return events.filter((e) => e.at <= nowMs);
}

function recordMember(out: CampaignAudience, rng: Rng, member: CampaignMemberRow, campaign: CampaignRow, events: { kind: TouchKind; at: number }[]) {
	for (const e of events) {
		const id = rng.uuid();
		const at = new Date(e.at);
		const plan = planTouch({ id: member.id, customer: member.customer, contact: member.contact, campaign: { id: campaign.id, code: campaign.code, channel: campaign.channel as CampaignChannel }, openTaskOf: member.task_state === 'open' ? member.rep : null }, { kind: e.kind, at, link: e.kind === 'clicked' ? LANDING : null, dedupeKey: DEDUPE[e.kind]?.(member.id) ?? null });
		out.crm_campaign_touches.push({ id, ...plan.touch, occurred_at: iso(e.at), date_created: iso(e.at), user_created: null });
		out.interactions.push({ id: rng.uuid(), ...plan.interaction, occurred_at: iso(e.at), next_step_date: null, related_key: id, date_created: iso(e.at), date_updated: null, user_created: null });
		if (plan.withdrawConsent) out.withdrawn.set(plan.withdrawConsent.contact, iso(e.at));
		member.last_touch = e.kind;
		member.last_touch_at = iso(e.at);
		if (plan.member.task_state) member.task_state = plan.member.task_state;
	}
	if (campaign.channel === 'email' && events[0]) Object.assign(member, { send_state: 'sent', claimed_at: iso(events[0].at), sent_at: iso(events[0].at) });
}

/** A visit campaign's members become their reps' tasks when it starts, as POST /crm/campaigns/:id/tasks makes them. */
function assignVisits(members: CampaignMemberRow[], campaign: CampaignRow, repOf: AudienceInput['repOf'], startDay: string): void {
	const taskable = members.map((m) => ({ id: m.id, rep: repOf.get(m.customer) ?? null, taskState: null, touched: false }));
	const plan = planCampaignTasks({ id: campaign.id, status: 'running', channel: 'visit', startDate: startDay }, taskable, {}, startDay);
	const byId = new Map(members.map((m) => [m.id, m]));
	for (const [rep, ids] of plan.byRep) for (const id of ids) Object.assign(byId.get(id)!, { rep, task_due: plan.due, task_state: 'open' });
}

/** Each customer's first order (that counts) between two instants, at noon of its day. */
function firstOrdersDuring(orders: AudienceInput['orders'], fromMs: number, toMs: number): Map<Uuid, number> {
	const first = new Map<Uuid, number>();
	for (const o of orders) {
		const at = Date.parse(`${o.order_date}T12:00:00.000Z`);
		if (o.status === 'draft' || o.status === 'cancelled' || at < fromMs + 2 * DAY || at > toMs) continue;
		if (!first.has(o.customer) || at < first.get(o.customer)!) first.set(o.customer, at);
	}
	return first;
}

/** The demo campaigns' audiences: targeted segments, members with consent, and what happened with each. */
export function generateCampaignAudience(input: AudienceInput): CampaignAudience {
	const rng = createRng(input.seed ^ 0x6ca3);
	const nowMs = input.now.getTime();
	const out: CampaignAudience = { crm_campaigns_market_segments: [], crm_campaign_members: [], crm_campaign_touches: [], interactions: [], withdrawn: new Map() };
	const targets: Record<string, string[]> = { email: ['CONSTR', 'CRAFT'], visit: ['CONSTR'] };
	for (const campaign of input.campaigns) {
		const codes = targets[campaign.channel ?? ''] ?? [];
		const segmentIds = input.segments.filter((s) => codes.includes(s.code)).map((s) => s.id);
		out.crm_campaigns_market_segments.push(...segmentIds.map((id) => ({ crm_campaigns_id: campaign.id, crm_market_segments_id: id })));
		const customers = new Set(input.customerSegmentLinks.filter((l) => segmentIds.includes(l.crm_market_segments_id)).map((l) => l.crm_customers_id));
		const contacts = input.contacts.filter((c) => customers.has(c.customer)).map((c) => ({ id: c.id, customer: c.customer, email: c.email, phone: c.phone, mobile: c.mobile, marketingConsent: c.marketing_consent, active: c.active }));
		const startMs = Date.parse(`${campaign.start_date}T08:00:00.000Z`);
		if (startMs > nowMs) continue;
		const endMs = Math.min(nowMs, Date.parse(`${campaign.end_date}T18:00:00.000Z`));
		// Orders up to two months after the campaign can still follow from its touches (the attribution window is 90 days).
		const firstOrder = firstOrdersDuring(input.orders, startMs, endMs + 60 * DAY);
		const members: CampaignMemberRow[] = planCampaignMembers({ id: campaign.id, channel: campaign.channel as CampaignChannel }, contacts, new Set()).add.map((m) => ({ id: rng.uuid(), ...m, send_state: 'pending', skip_reason: null, claimed_at: null, sent_at: null, last_touch: null, last_touch_at: null, rep: null, task_due: null, task_state: null, best_offer: null, best_offer_margin_base: null, best_offer_discount_base: null, offers_priced_at: null, date_created: iso(Math.min(startMs - HOUR, nowMs)) }));
		if (campaign.channel === 'visit') assignVisits(members, campaign, input.repOf, iso(startMs).slice(0, 10));
		for (const member of members) {
			out.crm_campaign_members.push(member);
			recordMember(out, rng, member, campaign, touchesOf(rng, campaign, { startMs, endMs, nowMs }, firstOrder.get(member.customer)));
		}
	}
	return out;
}

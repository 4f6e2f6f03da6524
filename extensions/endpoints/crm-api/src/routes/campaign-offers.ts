import { priceMemberOffers } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Router } from 'express';
import { assertMayChange } from '../assert-may-change.ts';
import { asyncRoute } from '../async-route.ts';
import { campaignId } from '../campaign-id.ts';
import { serviceOptionsOf } from '../directus-request.ts';

type Row = Record<string, any>;

const MAY_PRICE = 'Pricing the offers of the members stores them on the campaign: it takes the right to change the campaign.';
const MEMBER_FIELDS = ['id', 'contact.id', 'contact.first_name', 'contact.last_name', 'customer.id', 'customer.name', 'best_offer.id', 'best_offer.code', 'best_offer.name', 'best_offer_margin_base', 'best_offer_discount_base', 'offers_priced_at'];


const amount = (value: unknown) => (value === null || value === undefined ? null : Number(value));
const name = (contact: Row | null) => (contact ? [contact['first_name'], contact['last_name']].filter(Boolean).join(' ') : null);

/** A member row as GET member-offers answers it. */
function memberOfferJson(m: Row) {
	const offer = m['best_offer'] as Row | null;
	return {
		member: m['id'],
		contact: m['contact']?.['id'] ?? null,
		contact_name: name(m['contact'] ?? null),
		customer: m['customer']?.['id'] ?? null,
		customer_name: m['customer']?.['name'] ?? null,
		best_offer: offer ? { id: offer['id'], code: offer['code'], name: offer['name'] } : null,
		margin_base: amount(m['best_offer_margin_base']),
		discount_base: amount(m['best_offer_discount_base']),
		priced_at: m['offers_priced_at'] ?? null,
	};
}

/** Best margin first, members without an offer last (databases disagree on where nulls sort), then by member. */
function byMargin(a: ReturnType<typeof memberOfferJson>, b: ReturnType<typeof memberOfferJson>): number {
	if (a.margin_base === null || b.margin_base === null) return Number(a.margin_base === null) - Number(b.margin_base === null) || String(a.member).localeCompare(String(b.member));
	return b.margin_base - a.margin_base || String(a.member).localeCompare(String(b.member));
}

/**
 * M3.5: each member's best personal offer among the campaign's offers, by expected margin, priced by the
 * discount engine for the member's customer (chooseBestOffer). POST prices and stores, for whoever may
 * change the campaign; GET lists the members the caller may read (a rep: her own customers').
 */
export function registerCampaignOfferRoutes(router: Router, { services, getSchema, database, env }: EndpointExtensionContext): void {
	const baseCurrency = String(env['CRM_BASE_CURRENCY'] ?? 'EUR');
	router.post('/campaigns/:id/member-offers', asyncRoute(async (req) => {
		const id = campaignId(req);
		await assertMayChange(services, await serviceOptionsOf(req, getSchema), 'crm_campaigns', id, MAY_PRICE);
		const now = new Date();
		const plan = await priceMemberOffers(database, id, now, baseCurrency);
		return { data: { campaign: id, currency: baseCurrency, priced: plan.priced, with_offer: plan.withOffer, without_offer: plan.withoutOffer, priced_at: now.toISOString() } };
	}));

	router.get('/campaigns/:id/member-offers', asyncRoute(async (req) => {
		const id = campaignId(req);
		const options = await serviceOptionsOf(req, getSchema);
		await new services.ItemsService('crm_campaigns', options).readOne(id, { fields: ['id'] });
		const members = (await new services.ItemsService('crm_campaign_members', options).readByQuery({ filter: { campaign: { _eq: id } }, fields: MEMBER_FIELDS, limit: -1 })) as Row[];
		return { data: members.map(memberOfferJson).sort(byMargin), meta: { campaign: id, currency: baseCurrency, total: members.length } };
	}));
}

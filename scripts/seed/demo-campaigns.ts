// The campaign side of the demo discounts: two campaigns, the special offers the rules belong to, and the
// promo codes that unlock some of them.
import { addDays } from '../../packages/crm-core/src/index.ts';
import type { Uuid } from './demo-rows.ts';
import type { Audit, CampaignRow, DiscountData, PromoCodeRow, SpecialOfferRow } from './discount-data-rows.ts';
import type { Rng } from './random.ts';

type Window = { from: string; to: string };

export interface DemoOffers {
	spring: Window;
	safety: Window;
	springCampaign: CampaignRow;
	safetyCampaign: CampaignRow;
	springOffer: SpecialOfferRow;
	clearanceOffer: SpecialOfferRow;
	welcomeOffer: SpecialOfferRow;
	safetyOffer: SpecialOfferRow;
}

/** The spring campaign of this year once March has come, else last year's; the safety weeks around today. */
function campaigns(rng: Rng, today: string): Pick<DemoOffers, 'spring' | 'safety' | 'springCampaign' | 'safetyCampaign'> {
	const year = Number(today.slice(0, 4));
	const springYear = today.slice(5) >= '03-01' ? year : year - 1;
	const spring = { from: `${springYear}-03-01`, to: `${springYear}-05-31` };
	const safety = { from: addDays(today, -28), to: addDays(today, 27) };
	const statusOf = (w: Window) => {
		if (today < w.from) return 'planned';
		return today <= w.to ? 'running' : 'finished';
	};
	const springCampaign: CampaignRow = {
		id: rng.uuid(),
		code: `SPRING-${springYear}`,
		name: `Spring tools campaign ${springYear}`,
		status: statusOf(spring),
		channel: 'email',
		owner: null,
		start_date: spring.from,
		end_date: spring.to,
		goal: 'Bring tool buyers back for the building season: 150 orders with tools.',
		description: 'Mailing and web shop banners for the spring building season: tools 10 % off, power tools another 5 % with a code.',
		budget_warn_bp: 9000,
		budget_hard_stop: false,
		email_subject: 'Spring is building season, {{first_name}}: tools 10 % off',
		email_body: 'Hello {{first_name}},\n\nthe building season starts, and {{customer}} gets 10 % off every tool until the end of May: {{offer}}.\n\nSee the spring range: https://shop.example.com/spring-tools\n\nYour sales team',
		send_rate_per_minute: 120,
		send_status: statusOf(spring) === 'planned' ? 'idle' : 'sent',
		sender: null,
		sender_lease_until: null,
	};
	const safetyCampaign: CampaignRow = {
		id: rng.uuid(),
		code: 'SAFETY-WEEKS',
		name: 'Workplace safety weeks',
		status: statusOf(safety),
		channel: 'visit',
		owner: null,
		start_date: safety.from,
		end_date: safety.to,
		goal: 'Equip 40 construction customers with safety gear.',
		description: 'Eight weeks on workplace safety: reps hand out codes for 15 % off safety equipment.',
		budget_warn_bp: 9000,
		budget_hard_stop: false,
		email_subject: null,
		email_body: null,
		send_rate_per_minute: 120,
		send_status: 'idle',
		sender: null,
		sender_lease_until: null,
	};
	return { spring, safety, springCampaign, safetyCampaign };
}

export function demoOffers(rng: Rng, today: string, scale: number, audit: Audit): DemoOffers {
	const c = campaigns(rng, today);
	const offer = (code: string, name: string, o: Partial<SpecialOfferRow>): SpecialOfferRow => ({
		id: rng.uuid(),
		code,
		name,
		active: true,
		valid_from: null,
		valid_to: null,
		campaign: null,
		max_uses: null,
		max_uses_per_customer: null,
		max_quantity_milli: null,
		max_quantity_per_customer_milli: null,
		uses_count: 0,
		quantity_used_milli: 0,
		description: null,
		...audit,
		...o,
	});
	const springOffer = offer('SPRING-TOOLS', 'Spring tools offer', { valid_from: c.spring.from, valid_to: c.spring.to, campaign: c.springCampaign.id, description: 'Tools 10 % off during the spring campaign; a spring code adds 5 % on power tools.' });
	const clearanceOffer = offer('CLEARANCE-WEAR', 'Clearance of discontinued workwear', {
		valid_from: addDays(today, -150),
		max_quantity_milli: Math.max(10, Math.round(40 * scale)) * 1000,
		description: 'Old workwear models at 30 % off while the clearance stock lasts; no other discount on them.',
	});
	const welcomeOffer = offer('WELCOME', 'Welcome offer for private customers', { valid_from: addDays(today, -365), max_uses_per_customer: 1, description: "10 % off goods on a private customer's first order, once per customer." });
	const safetyOffer = offer('SAFETY-WEEKS', 'Safety weeks codes', { valid_from: c.safety.from, valid_to: c.safety.to, campaign: c.safetyCampaign.id, description: 'Promo codes of the safety weeks: 15 % off safety equipment.' });
	return { ...c, springOffer, clearanceOffer, welcomeOffer, safetyOffer };
}

/** Codes for the spring and safety offers: shared ones with a use limit, single use, per customer, one reserved for a partner. */
export function demoPromoCodes(rng: Rng, offers: DemoOffers, scale: number, partnerCustomer: Uuid, audit: Audit): PromoCodeRow[] {
	const code = (text: string, offerRow: SpecialOfferRow, kind: PromoCodeRow['kind'], o: Partial<PromoCodeRow> = {}): PromoCodeRow => ({
		id: rng.uuid(),
		code: text,
		offer: offerRow.id,
		kind,
		active: true,
		valid_from: null,
		valid_to: null,
		max_uses: null,
		customer: null,
		uses_count: 0,
		...audit,
		...o,
	});
	return [
		code('SPRING5', offers.springOffer, 'multi_use', { max_uses: Math.max(3, Math.round(30 * scale)) }),
		code('SPRINGVIP', offers.springOffer, 'single_use'),
		code('SAFETY15', offers.safetyOffer, 'per_customer'),
		code('SAFETYTEAM', offers.safetyOffer, 'multi_use', { max_uses: Math.max(2, Math.round(6 * scale)) }),
		code('SAFETY-PARTNER', offers.safetyOffer, 'per_customer', { customer: partnerCustomer }),
	];
}

/**
 * What the demo campaigns planned and spent (M3.4): an agency, print and media for the spring mailing, samples
 * and an event for the safety weeks, with one correction; only what is booked by today.
 */
export function demoCampaignBudgets(rng: Rng, offers: DemoOffers, today: string): Pick<DiscountData, 'crm_campaign_budget_lines' | 'crm_campaign_spend'> {
	const line = (campaign: CampaignRow, cost_item: string, planned_base: number) => ({ id: rng.uuid(), campaign: campaign.id, cost_item, planned_base, note: null });
	const spend = (campaign: CampaignRow, cost_item: string, amount_base: number, days: number, description: string, reference: string | null = null) => {
		const spent_on = addDays(campaign.start_date!, days);
		return { id: rng.uuid(), campaign: campaign.id, cost_item, amount_base, spent_on, description, reference, date_created: `${spent_on}T10:00:00.000Z`, date_updated: null, user_created: null };
	};
	const { springCampaign: spring, safetyCampaign: safety } = offers;
	return {
		crm_campaign_budget_lines: [line(spring, 'agency', 800_000), line(spring, 'print', 350_000), line(spring, 'discounts', 1_500_000), line(safety, 'samples', 200_000), line(safety, 'event', 400_000), line(safety, 'discounts', 500_000)],
		crm_campaign_spend: [
			spend(spring, 'agency', 650_000, 5, 'Mailing concept and banners', 'AG-2041'),
			spend(spring, 'print', 372_000, 10, 'Print and postage of 4,000 mailings', 'PR-771'),
			spend(spring, 'media', 120_000, 12, 'Web shop banner placement'),
			spend(safety, 'samples', 145_000, 3, 'Safety glasses and gloves for visits', 'SM-18'),
			spend(safety, 'event', 380_000, 14, 'Safety day at the North depot'),
			spend(safety, 'samples', -15_000, 20, 'Credit for returned sample boxes', 'SM-18C'),
		].filter((s) => s.spent_on <= today),
	};
}

// The campaign side of the demo discounts: two campaigns, the special offers the rules belong to, and the
// promo codes that unlock some of them.
import { addDays } from '../../packages/crm-core/src/index.ts';
import type { Uuid } from './demo-rows.ts';
import type { Audit, CampaignRow, PromoCodeRow, SpecialOfferRow } from './discount-data-rows.ts';
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
		start_date: spring.from,
		end_date: spring.to,
		description: 'Mailing and web shop banners for the spring building season: tools 10 % off, power tools another 5 % with a code.',
	};
	const safetyCampaign: CampaignRow = {
		id: rng.uuid(),
		code: 'SAFETY-WEEKS',
		name: 'Workplace safety weeks',
		status: statusOf(safety),
		start_date: safety.from,
		end_date: safety.to,
		description: 'Eight weeks on workplace safety: reps hand out codes for 15 % off safety equipment.',
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

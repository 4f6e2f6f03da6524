// The offers and codes the demo orders claimed, and when: what every later document sees as their usage
// (toSpecialOffer, toPromoCode: the same row mappers the server's loaders use), and the redemption rows.
// An order claims as claimRedemptions does: scopeClaims and planClaims over the offers and codes with
// what other orders hold at that moment.
import { normalizePromoCode, type OfferConsumption, planClaims, type PromoCode, scopeClaims, type SpecialOffer } from '../../packages/crm-core/src/index.ts';
import { toPromoCode, toSpecialOffer } from '../../packages/crm-directus/src/discounts/discount-rows.ts';
import { usageOf } from './claim-usage.ts';
import type { Uuid } from './demo-rows.ts';
import type { DiscountRedemptionRow } from './discount-data-rows.ts';
import { iso } from './moments.ts';
import type { OrdersToCash } from './orders-to-cash-context.ts';
import type { OrderRow } from './orders-to-cash-rows.ts';
import type { DocumentPlans } from './plan-demo-documents.ts';
import type { Rng } from './random.ts';

interface Claim {
	order: Uuid;
	customer: Uuid;
	offer: Uuid;
	promoCode: Uuid | null;
	quantityMilli: number;
	/** When the pricing that made the claim happened (an accepted proposal's, for its order). */
	at: number;
	createdMs: number;
	releasedMs: number | null;
}

export interface Claims {
	offersAt: (at: number, customer: Uuid) => SpecialOffer[];
	codesAt: (codes: readonly string[], at: number, customer: Uuid) => PromoCode[];
	claim: (order: OrderRow, at: number, createdMs: number, uses: readonly OfferConsumption[]) => void;
	redemptions: () => DiscountRedemptionRow[];
}

/**
 * A cancelled order gives its claims back when it is cancelled: after it was created (and confirmed),
 * before the customer's next document, so the next one no longer counts it. `docs.events` are sorted.
 */
function cancellationMoments(otc: OrdersToCash, drng: Rng, docs: DocumentPlans): Map<Uuid, number> {
	const cancelledAt = new Map<Uuid, number>();
	for (const plan of docs.plans) {
		if (plan.row.status !== 'cancelled') continue;
		const after = Math.max(plan.createdMs, plan.row.confirmed_at ? Date.parse(plan.row.confirmed_at) : 0);
		const next = docs.events.find((e) => e.customer.id === plan.customer.id && e.at > after)?.at;
		let at = Math.min(otc.nowMs, after + drng.int(1, 72) * 3_600_000);
		if (next !== undefined && next - 1000 > after) at = Math.min(at, next - 1000);
		cancelledAt.set(plan.row.id, otc.uniqueMoment(Math.max(after + 1000, at)));
	}
	return cancelledAt;
}

export function createClaims(otc: OrdersToCash, drng: Rng, docs: DocumentPlans): Claims {
	const { discounts } = otc.input;
	const cancelledAt = cancellationMoments(otc, drng, docs);
	const claims: Claim[] = [];
	const activeAt = (at: number) => claims.filter((c) => c.at < at && (c.releasedMs === null || c.releasedMs > at));
	const offersAt = (at: number, customer: Uuid) => {
		const active = activeAt(at);
		return discounts.crm_special_offers.map((row) => toSpecialOffer(row, usageOf(active.filter((c) => c.offer === row.id), customer)));
	};
	const codeRowsAt = (rows: typeof discounts.crm_promo_codes, at: number, customer: Uuid) => {
		const active = activeAt(at);
		return rows.map((row) => {
			const used = usageOf(active.filter((c) => c.promoCode === row.id), customer);
			return toPromoCode(row, used.uses, used.customerUses);
		});
	};
	return {
		offersAt,
		codesAt: (codes, at, customer) => codeRowsAt(discounts.crm_promo_codes.filter((row) => codes.includes(normalizePromoCode(row.code))), at, customer),
		claim: (order, at, createdMs, uses) => {
			const scope = scopeClaims(uses, []);
			const offers = offersAt(at, order.customer).filter((o) => scope.growingOfferIds.includes(o.id));
			const codes = codeRowsAt(discounts.crm_promo_codes.filter((row) => scope.newCodeIds.includes(row.id)), at, order.customer);
			const { outcome, plan } = planClaims(scope, [], offers, codes);
			// Pricing saw the same usage, so what it used must fit; anything else is a bug in the history.
			if (!plan) throw new Error(`demo order ${order.id} claims more than is left: ${JSON.stringify(outcome)}`);
			for (const w of plan.insert) claims.push({ order: order.id, customer: order.customer, offer: w.offerId, promoCode: w.promoCodeId, quantityMilli: w.quantityMilli, at, createdMs, releasedMs: cancelledAt.get(order.id) ?? null });
		},
		redemptions: () =>
			claims.map((c) => ({
				id: drng.uuid(),
				order: c.order,
				customer: c.customer,
				offer: c.offer,
				promo_code: c.promoCode,
				quantity_milli: c.quantityMilli,
				status: c.releasedMs === null ? 'active' : 'released',
				released_at: c.releasedMs === null ? null : iso(c.releasedMs),
				date_created: iso(c.createdMs),
			})),
	};
}

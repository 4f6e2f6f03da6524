import { type ClaimOutcome, type ClaimScope, type ClaimsPlan, type HeldClaim, normalizePromoCode, type OfferConsumption, planClaims, type PromoCode, scopeClaims, type SpecialOffer } from '@crm/core';

export type { ClaimOutcome } from '@crm/core';
import type { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { forUpdate } from '../ledger-rows.ts';
import { queryAll } from '../query-all.ts';
import { type PromoCodeRow, type SpecialOfferRow, toPromoCode, toSpecialOffer } from './discount-rows.ts';

/** A crm_discount_redemptions row: one order's claim on an offer, through a code or not. */
interface RedemptionRow {
	id: string;
	offer: string | null;
	promo_code: string | null;
	quantity_milli: number | string | null;
}

/** Claims counted per offer or code (counts and sums arrive as text on PostgreSQL). */
interface UsageRow {
	offer?: string;
	promo_code?: string;
	uses: number | string | null;
	quantity?: number | string | null;
}

const TABLE = 'crm_discount_redemptions';

function activeRows(knex: Knex, excludeOrderId: string | null) {
	const q = knex(TABLE).where('status', 'active');
	if (excludeOrderId) q.where((w) => w.whereNull('order').orWhereNot('order', excludeOrderId));
	return q;
}

/** Offers with their usage so far (uses = orders holding an active claim), not counting the order being priced. */
export async function loadOffersWithUsage(knex: Knex, offerRows: ReadonlyMap<string, SpecialOfferRow>, customerId: string, excludeOrderId: string | null): Promise<SpecialOffer[]> {
	if (offerRows.size === 0) return [];
	const [overall, mine] = await queryAll(knex, [
		() => activeRows(knex, excludeOrderId).select('offer').countDistinct({ uses: 'order' }).sum({ quantity: 'quantity_milli' }).groupBy('offer') as Promise<UsageRow[]>,
		() => activeRows(knex, excludeOrderId).where('customer', customerId).select('offer').countDistinct({ uses: 'order' }).sum({ quantity: 'quantity_milli' }).groupBy('offer') as Promise<UsageRow[]>,
	]);
	const byOffer = (rows: UsageRow[]) => new Map(rows.map((r) => [r.offer as string, { uses: Number(r.uses ?? 0), quantity: Number(r.quantity ?? 0) }]));
	const all = byOffer(overall);
	const own = byOffer(mine);
	return [...offerRows.values()].map((row) => {
		const a = all.get(row.id);
		const o = own.get(row.id);
		return toSpecialOffer(row, { uses: a?.uses ?? 0, quantityMilli: a?.quantity ?? 0, customerUses: o?.uses ?? 0, customerQuantityMilli: o?.quantity ?? 0 });
	});
}

/** Codes with their redemptions by other orders, overall and by the customer. */
async function withCodeUsage(knex: Knex, rows: readonly PromoCodeRow[], customerId: string, excludeOrderId: string | null): Promise<PromoCode[]> {
	if (rows.length === 0) return [];
	const ids = rows.map((r) => r.id);
	const [overall, mine] = await queryAll(knex, [
		() => activeRows(knex, excludeOrderId).whereIn('promo_code', ids).select('promo_code').countDistinct({ uses: 'order' }).groupBy('promo_code') as Promise<UsageRow[]>,
		() => activeRows(knex, excludeOrderId).whereIn('promo_code', ids).where('customer', customerId).select('promo_code').countDistinct({ uses: 'order' }).groupBy('promo_code') as Promise<UsageRow[]>,
	]);
	const count = (list: UsageRow[], id: string) => Number(list.find((r) => r.promo_code === id)?.uses ?? 0);
	return rows.map((r) => toPromoCode(r, count(overall, r.id), count(mine, r.id)));
}

/** The entered codes that exist, with their redemptions so far (not counting the order being priced). */
export async function loadPromoCodes(knex: Knex, codes: readonly string[], customerId: string, excludeOrderId: string | null): Promise<PromoCode[]> {
	const wanted = [...new Set(codes.map(normalizePromoCode).filter((c) => c !== ''))];
	if (wanted.length === 0) return [];
	return withCodeUsage(knex, (await knex('crm_promo_codes').select('*').whereIn('code', wanted)) as PromoCodeRow[], customerId, excludeOrderId);
}

/** Entered codes as a list: separated by commas, semicolons or spaces; normalised and deduplicated. */
export function parsePromoCodes(text: unknown): string[] {
	if (typeof text !== 'string') return [];
	return [...new Set(text.split(/[\s,;]+/).map(normalizePromoCode).filter((c) => c !== ''))];
}

const toHeldClaim = (r: RedemptionRow): HeldClaim => ({ id: String(r.id), offerId: String(r.offer), promoCodeId: r.promo_code ?? null, quantityMilli: Number(r.quantity_milli) });

/** Locks the offers and codes in key order (so two orders never wait on each other in a circle), then counts what other orders hold of them. */
async function lockWithUsage(trx: Knex, scope: ClaimScope, orderId: string, customerId: string): Promise<{ offers: SpecialOffer[]; codes: PromoCode[] }> {
	const offerRows = scope.growingOfferIds.length === 0 ? [] : ((await forUpdate(trx, trx('crm_special_offers').select('*').whereIn('id', scope.growingOfferIds).orderBy('id'))) as SpecialOfferRow[]);
	const codeRows = scope.newCodeIds.length === 0 ? [] : ((await forUpdate(trx, trx('crm_promo_codes').select('*').whereIn('id', scope.newCodeIds).orderBy('id'))) as PromoCodeRow[]);
	return { offers: await loadOffersWithUsage(trx, new Map(offerRows.map((o) => [String(o.id), o])), customerId, orderId), codes: await withCodeUsage(trx, codeRows, customerId, orderId) };
}

async function applyClaimsPlan(trx: Knex, orderId: string, customerId: string, plan: ClaimsPlan): Promise<void> {
	const now = new Date();
	if (plan.release.length > 0) await trx(TABLE).whereIn('id', plan.release).update({ status: 'released', released_at: now });
	for (const r of plan.resize) await trx(TABLE).where('id', r.id).update({ quantity_milli: r.quantityMilli });
	if (plan.insert.length > 0) await trx(TABLE).insert(plan.insert.map((w) => ({ id: randomUUID(), order: orderId, customer: customerId, offer: w.offerId, promo_code: w.promoCodeId, quantity_milli: w.quantityMilli, status: 'active', date_created: now })));
	// Most saves of a draft change nothing here: then the counters stay as they are.
	if (plan.touched.offerIds.length > 0) await refreshCounters(trx, plan.touched.offerIds, plan.touched.codeIds);
}

/**
 * Makes the order's claims match what its pricing uses, inside the order's write transaction.
 * The offer and code rows are locked before usage is counted, so two orders racing for the last use of
 * a code cannot both get it: the second counts after the first committed. Nothing is written unless
 * every claim fits (planClaims decides).
 */
export async function claimRedemptions(trx: Knex, orderId: string, customerId: string, offers: readonly OfferConsumption[]): Promise<ClaimOutcome> {
	const held = ((await trx(TABLE).select('*').where({ order: orderId, status: 'active' })) as RedemptionRow[]).map(toHeldClaim);
	const scope = scopeClaims(offers, held);
	const locked = await lockWithUsage(trx, scope, orderId, customerId);
	const { outcome, plan } = planClaims(scope, held, locked.offers, locked.codes);
	if (plan) await applyClaimsPlan(trx, orderId, customerId, plan);
	return outcome;
}

/** Releases every active claim of the orders (cancelled or deleted): the uses become available again. */
export async function releaseRedemptions(trx: Knex, orderIds: readonly string[]): Promise<number> {
	if (orderIds.length === 0) return 0;
	const rows = (await trx(TABLE).select('id', 'offer', 'promo_code').whereIn('order', [...orderIds]).where('status', 'active')) as Pick<RedemptionRow, 'id' | 'offer' | 'promo_code'>[];
	if (rows.length === 0) return 0;
	await trx(TABLE).whereIn('id', rows.map((r) => r.id)).update({ status: 'released', released_at: new Date() });
	await refreshCounters(trx, rows.map((r) => r.offer), rows.map((r) => r.promo_code));
	return rows.length;
}

/** The offers and codes an order's active claims use: remembered before a delete, recounted after it. */
export async function claimedByOrders(knex: Knex, orderIds: readonly string[]): Promise<{ offerIds: string[]; codeIds: string[] }> {
	if (orderIds.length === 0) return { offerIds: [], codeIds: [] };
	const rows = (await knex(TABLE).select('offer', 'promo_code').whereIn('order', [...orderIds]).where('status', 'active')) as Pick<RedemptionRow, 'offer' | 'promo_code'>[];
	return { offerIds: rows.map((r) => r.offer).filter((o): o is string => Boolean(o)), codeIds: rows.map((r) => r.promo_code).filter((c): c is string => Boolean(c)) };
}

/**
 * Inside the delete's transaction, once the order is gone: its claims were removed with it (foreign key
 * cascade) or are released now, and the counters of what they used are recounted.
 */
export async function releaseDeletedOrderClaims(trx: Knex, orderId: string, claimed: { offerIds: readonly string[]; codeIds: readonly string[] }): Promise<void> {
	await releaseRedemptions(trx, [orderId]);
	await refreshCounters(trx, claimed.offerIds, claimed.codeIds);
}

/** uses_count / quantity_used_milli are shown in the Studio; they are recounted from the claims, never incremented blindly. */
async function refreshCounters(trx: Knex, offerIds: readonly (string | null | undefined)[], codeIds: readonly (string | null | undefined)[]): Promise<void> {
	const offers = [...new Set(offerIds.filter((x): x is string => !!x))];
	const codes = [...new Set(codeIds.filter((x): x is string => !!x))];
	// Correlated subqueries: one statement per table, on PostgreSQL and SQLite alike.
	const active = (column: string, outer: string) => trx(TABLE).whereRaw('?? = ??', [`${TABLE}.${column}`, outer]).where(`${TABLE}.status`, 'active');
	if (offers.length > 0) {
		await trx('crm_special_offers')
			.whereIn('id', offers)
			.update({
				uses_count: active('offer', 'crm_special_offers.id').countDistinct(`${TABLE}.order`),
				quantity_used_milli: trx.raw('coalesce((?), 0)', [active('offer', 'crm_special_offers.id').sum(`${TABLE}.quantity_milli`)]),
			});
	}
	if (codes.length > 0) {
		await trx('crm_promo_codes').whereIn('id', codes).update({ uses_count: active('promo_code', 'crm_promo_codes.id').countDistinct(`${TABLE}.order`) });
	}
}

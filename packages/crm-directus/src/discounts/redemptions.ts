import { normalizePromoCode, type OfferConsumption, type PromoCode, type SpecialOffer } from '@crm/core';
import type { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { forUpdate } from '../ledger-rows.ts';
import { queryAll } from '../query-all.ts';
import { toPromoCode, toSpecialOffer } from './discount-rows.ts';

type Row = Record<string, any>;

const TABLE = 'crm_discount_redemptions';

function activeRows(knex: Knex, excludeOrderId: string | null) {
	const q = knex(TABLE).where('status', 'active');
	if (excludeOrderId) q.where((w) => w.whereNull('order').orWhereNot('order', excludeOrderId));
	return q;
}

/** Offers with their usage so far (uses = orders holding an active claim), not counting the order being priced. */
export async function loadOffersWithUsage(knex: Knex, offerRows: ReadonlyMap<string, Row>, customerId: string, excludeOrderId: string | null): Promise<SpecialOffer[]> {
	if (offerRows.size === 0) return [];
	const [overall, mine] = await queryAll(knex, [
		() => activeRows(knex, excludeOrderId).select('offer').countDistinct({ uses: 'order' }).sum({ quantity: 'quantity_milli' }).groupBy('offer'),
		() => activeRows(knex, excludeOrderId).where('customer', customerId).select('offer').countDistinct({ uses: 'order' }).sum({ quantity: 'quantity_milli' }).groupBy('offer'),
	]);
	const byOffer = (rows: Row[]) => new Map(rows.map((r) => [r['offer'] as string, { uses: Number(r['uses'] ?? 0), quantity: Number(r['quantity'] ?? 0) }]));
	const all = byOffer(overall as Row[]);
	const own = byOffer(mine as Row[]);
	return [...offerRows.values()].map((row) => {
		const a = all.get(row['id']);
		const o = own.get(row['id']);
		return toSpecialOffer(row, { uses: a?.uses ?? 0, quantityMilli: a?.quantity ?? 0, customerUses: o?.uses ?? 0, customerQuantityMilli: o?.quantity ?? 0 });
	});
}

/** The entered codes that exist, with their redemptions so far (not counting the order being priced). */
export async function loadPromoCodes(knex: Knex, codes: readonly string[], customerId: string, excludeOrderId: string | null): Promise<PromoCode[]> {
	const wanted = [...new Set(codes.map(normalizePromoCode).filter((c) => c !== ''))];
	if (wanted.length === 0) return [];
	const rows: Row[] = await knex('crm_promo_codes').select('*').whereIn('code', wanted);
	if (rows.length === 0) return [];
	const ids = rows.map((r) => r['id']);
	const [overall, mine] = await queryAll(knex, [
		() => activeRows(knex, excludeOrderId).whereIn('promo_code', ids).select('promo_code').countDistinct({ uses: 'order' }).groupBy('promo_code'),
		() => activeRows(knex, excludeOrderId).whereIn('promo_code', ids).where('customer', customerId).select('promo_code').countDistinct({ uses: 'order' }).groupBy('promo_code'),
	]);
	const count = (list: Row[], id: string) => Number(list.find((r) => r['promo_code'] === id)?.['uses'] ?? 0);
	return rows.map((r) => toPromoCode(r, count(overall as Row[], r['id']), count(mine as Row[], r['id'])));
}

/** Entered codes as a list: separated by commas, semicolons or spaces; normalised and deduplicated. */
export function parsePromoCodes(text: unknown): string[] {
	if (typeof text !== 'string') return [];
	return [...new Set(text.split(/[\s,;]+/).map(normalizePromoCode).filter((c) => c !== ''))];
}

interface WantedRow {
	offer: string;
	promoCode: string | null;
	quantityMilli: number;
}

const keyOf = (offer: string, code: string | null) => `${offer}|${code ?? ''}`;

export interface ClaimOutcome {
	/** Offers whose limits the order no longer fits in (someone else took what was left). */
	exhaustedOffers: string[];
	exhaustedCodes: string[];
}

/**
 * Makes the order's claims match what its pricing uses, inside the order's write transaction.
 * The offer and code rows are locked (sorted, so two orders never wait on each other in a circle)
 * before usage is counted, so two orders racing for the last use of a code cannot both get it:
 * the second counts after the first committed. Nothing is written unless every claim fits.
 */
export async function claimRedemptions(trx: Knex, orderId: string, customerId: string, offers: readonly OfferConsumption[]): Promise<ClaimOutcome> {
	const wanted = new Map<string, WantedRow>();
	for (const use of offers) {
		const codes = [...use.promoCodeIds].sort();
		wanted.set(keyOf(use.offerId, codes[0] ?? null), { offer: use.offerId, promoCode: codes[0] ?? null, quantityMilli: use.quantityMilli });
		for (const code of codes.slice(1)) wanted.set(keyOf(use.offerId, code), { offer: use.offerId, promoCode: code, quantityMilli: 0 });
	}

	const existing: Row[] = await trx(TABLE).select('*').where({ order: orderId, status: 'active' });
	const existingByKey = new Map(existing.map((r) => [keyOf(r['offer'], r['promo_code'] ?? null), r]));
	const releases = existing.filter((r) => !wanted.has(keyOf(r['offer'], r['promo_code'] ?? null)));
	const heldOffers = new Set(existing.filter((r) => !releases.includes(r)).map((r) => r['offer'] as string));

	const growingOffers = new Set<string>();
	const newCodes = new Set<string>();
	for (const [key, w] of wanted) {
		const had = existingByKey.get(key);
		if (!had || Number(had['quantity_milli']) < w.quantityMilli) growingOffers.add(w.offer);
		if (!had && w.promoCode) newCodes.add(w.promoCode);
	}

	const outcome: ClaimOutcome = { exhaustedOffers: [], exhaustedCodes: [] };
	if (growingOffers.size > 0) {
		const offers: Row[] = await forUpdate(trx, trx('crm_special_offers').select('*').whereIn('id', [...growingOffers]).orderBy('id'));
		// One grouped count for all offers (overall and this customer's), after the locks: what other orders hold.
		const ids = offers.map((o) => o['id'] as string);
		const [all, mine] = await queryAll(trx, [
			() => activeRows(trx, orderId).whereIn('offer', ids).select('offer').countDistinct({ uses: 'order' }).sum({ quantity: 'quantity_milli' }).groupBy('offer'),
			() => activeRows(trx, orderId).whereIn('offer', ids).where('customer', customerId).select('offer').countDistinct({ uses: 'order' }).sum({ quantity: 'quantity_milli' }).groupBy('offer'),
		]);
		const usage = (rows: Row[], id: string) => rows.find((r) => r['offer'] === id);
		const over = (limit: unknown, used: unknown, add: number) => limit !== null && limit !== undefined && Number(used ?? 0) + add > Number(limit);
		for (const offer of offers) {
			const a = usage(all as Row[], offer['id']);
			const m = usage(mine as Row[], offer['id']);
			const quantity = [...wanted.values()].filter((w) => w.offer === offer['id']).reduce((sum, w) => sum + w.quantityMilli, 0);
			const newUse = heldOffers.has(offer['id']) ? 0 : 1;
			if (over(offer['max_uses'], a?.['uses'], newUse) || over(offer['max_uses_per_customer'], m?.['uses'], newUse) || over(offer['max_quantity_milli'], a?.['quantity'], quantity) || over(offer['max_quantity_per_customer_milli'], m?.['quantity'], quantity)) {
				outcome.exhaustedOffers.push(offer['id']);
			}
		}
	}
	if (newCodes.size > 0) {
		const codes: Row[] = await forUpdate(trx, trx('crm_promo_codes').select('*').whereIn('id', [...newCodes]).orderBy('id'));
		const ids = codes.map((c) => c['id'] as string);
		const [all, mine] = await queryAll(trx, [
			() => activeRows(trx, orderId).whereIn('promo_code', ids).select('promo_code').countDistinct({ uses: 'order' }).groupBy('promo_code'),
			() => activeRows(trx, orderId).whereIn('promo_code', ids).where('customer', customerId).select('promo_code').countDistinct({ uses: 'order' }).groupBy('promo_code'),
		]);
		const uses = (rows: Row[], id: string) => Number(rows.find((r) => r['promo_code'] === id)?.['uses'] ?? 0);
		for (const code of codes) {
			const maxUses = code['max_uses'] === null || code['max_uses'] === undefined ? Infinity : Number(code['max_uses']);
			const limit = code['kind'] === 'single_use' ? 1 : maxUses;
			if (uses(all as Row[], code['id']) + 1 > limit || (code['kind'] === 'per_customer' && uses(mine as Row[], code['id']) >= 1)) outcome.exhaustedCodes.push(code['id']);
		}
	}
	if (outcome.exhaustedOffers.length > 0 || outcome.exhaustedCodes.length > 0) return outcome;

	const now = new Date();
	const inserts: Row[] = [];
	const changed: { offer: string; promoCode: string | null }[] = releases.map((r) => ({ offer: r['offer'], promoCode: r['promo_code'] ?? null }));
	if (releases.length > 0) await trx(TABLE).whereIn('id', releases.map((r) => r['id'])).update({ status: 'released', released_at: now });
	for (const [key, w] of wanted) {
		const had = existingByKey.get(key);
		if (!had) inserts.push({ id: randomUUID(), order: orderId, customer: customerId, offer: w.offer, promo_code: w.promoCode, quantity_milli: w.quantityMilli, status: 'active', date_created: now });
		else if (Number(had['quantity_milli']) !== w.quantityMilli) await trx(TABLE).where('id', had['id']).update({ quantity_milli: w.quantityMilli });
		else continue;
		changed.push({ offer: w.offer, promoCode: w.promoCode });
	}
	if (inserts.length > 0) await trx(TABLE).insert(inserts);
	// Most saves of a draft change nothing here: then the counters stay as they are.
	if (changed.length > 0) await refreshCounters(trx, changed.map((c) => c.offer), changed.map((c) => c.promoCode));
	return outcome;
}

/** Releases every active claim of the orders (cancelled or deleted): the uses become available again. */
export async function releaseRedemptions(trx: Knex, orderIds: readonly string[]): Promise<number> {
	if (orderIds.length === 0) return 0;
	const rows: Row[] = await trx(TABLE).select('id', 'offer', 'promo_code').whereIn('order', [...orderIds]).where('status', 'active');
	if (rows.length === 0) return 0;
	await trx(TABLE).whereIn('id', rows.map((r) => r['id'])).update({ status: 'released', released_at: new Date() });
	await refreshCounters(trx, rows.map((r) => r['offer']), rows.map((r) => r['promo_code']));
	return rows.length;
}

/** The offers and codes an order's active claims use: remembered before a delete, recounted after it. */
export async function claimedByOrders(knex: Knex, orderIds: readonly string[]): Promise<{ offerIds: string[]; codeIds: string[] }> {
	if (orderIds.length === 0) return { offerIds: [], codeIds: [] };
	const rows: Row[] = await knex(TABLE).select('offer', 'promo_code').whereIn('order', [...orderIds]).where('status', 'active');
	return { offerIds: rows.map((r) => r['offer']).filter(Boolean), codeIds: rows.map((r) => r['promo_code']).filter(Boolean) };
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

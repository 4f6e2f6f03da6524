import { randomUUID } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { claimRedemptions, releaseRedemptions } from '../../packages/crm-directus/src/discounts/redemptions.ts';
import { useAdapterDatabase } from './adapter-database.ts';

const db = useAdapterDatabase();

async function newOffer(limits: Record<string, number>): Promise<string> {
	const id = randomUUID();
	await db.knex('crm_special_offers').insert({ id, code: `T-${id.slice(0, 8)}`, name: 'Adapter test offer', active: true, ...limits });
	return id;
}

async function newCode(offer: string, kind: 'single_use' | 'multi_use'): Promise<string> {
	const id = randomUUID();
	await db.knex('crm_promo_codes').insert({ id, code: `C-${id.slice(0, 8)}`.toUpperCase(), offer, kind, active: true });
	return id;
}

const newDraftOrder = () => db.newDraftOrder();

const claim = (order: string, offerId: string, promoCodeIds: string[] = []) => db.knex.transaction((trx) => claimRedemptions(trx, order, db.customer, [{ offerId, quantityMilli: 2000, promoCodeIds }]));
const activeClaims = (offer: string) => db.knex('crm_discount_redemptions').where({ offer, status: 'active' }).select('order', 'promo_code', 'quantity_milli');
const usesOf = async (table: string, id: string) => Number((await db.knex(table).where('id', id).first('uses_count')).uses_count);

describe('claims of offers and codes, written by crm-directus on the real schema', () => {
	test('two orders racing for the last use of an offer: one holds it, the other is told it ran out and nothing of it is written', async () => {
		const offer = await newOffer({ max_uses: 1 });
		const [first, second] = [await newDraftOrder(), await newDraftOrder()];
		const outcomes = await Promise.all([claim(first, offer), claim(second, offer)]);
		expect(outcomes).toEqual([
			{ exhaustedOffers: [], exhaustedCodes: [] },
			{ exhaustedOffers: [offer], exhaustedCodes: [] },
		]);
		expect(await activeClaims(offer)).toEqual([{ order: first, promo_code: null, quantity_milli: 2000 }]);
		expect(await usesOf('crm_special_offers', offer)).toBe(1);
	});

	test('an order saved again keeps its claim: it is not counted twice against the limit', async () => {
		const offer = await newOffer({ max_uses: 1 });
		const order = await newDraftOrder();
		expect(await claim(order, offer)).toEqual({ exhaustedOffers: [], exhaustedCodes: [] });
		expect(await claim(order, offer)).toEqual({ exhaustedOffers: [], exhaustedCodes: [] });
		expect(await activeClaims(offer)).toHaveLength(1);
	});

	test('a released order gives its use back to the next order', async () => {
		const offer = await newOffer({ max_uses: 1 });
		const [first, second] = [await newDraftOrder(), await newDraftOrder()];
		await claim(first, offer);
		expect(await db.knex.transaction((trx) => releaseRedemptions(trx, [first]))).toBe(1);
		expect(await usesOf('crm_special_offers', offer)).toBe(0);
		expect(await claim(second, offer)).toEqual({ exhaustedOffers: [], exhaustedCodes: [] });
		expect(await activeClaims(offer)).toEqual([{ order: second, promo_code: null, quantity_milli: 2000 }]);
	});

	test('a single-use code goes to the first order only, on an offer without limits', async () => {
		const offer = await newOffer({});
		const code = await newCode(offer, 'single_use');
		const [first, second] = [await newDraftOrder(), await newDraftOrder()];
		const outcomes = await Promise.all([claim(first, offer, [code]), claim(second, offer, [code])]);
		expect(outcomes).toEqual([
			{ exhaustedOffers: [], exhaustedCodes: [] },
			{ exhaustedOffers: [], exhaustedCodes: [code] },
		]);
		expect(await usesOf('crm_promo_codes', code)).toBe(1);
	});

	test('a quantity limit counts what the orders take, not how many orders there are', async () => {
		const offer = await newOffer({ max_quantity_milli: 3000 });
		const [first, second] = [await newDraftOrder(), await newDraftOrder()];
		expect(await claim(first, offer)).toEqual({ exhaustedOffers: [], exhaustedCodes: [] });
		expect(await claim(second, offer)).toEqual({ exhaustedOffers: [offer], exhaustedCodes: [] });
	});
});

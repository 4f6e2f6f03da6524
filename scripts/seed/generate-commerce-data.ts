// Demo price lists and exchange rates (S6.7, multi-currency). Kept apart from the core demo data and
// driven by its own random stream, so adding commerce data leaves the customers and history unchanged.
import type { ProductRow, Uuid } from './demo-rows.ts';
import { createRng, type Rng } from './random.ts';

export type PriceListRow = {
	id: Uuid;
	code: string;
	name: string;
	kind: string;
	currency: string;
	valid_from: string | null;
	valid_to: string | null;
	active: boolean;
	parent: Uuid | null;
	derivation_bp: number | null;
	rounding_step: number | null;
	rounding_mode: string;
	notes: string | null;
	date_created: string;
	date_updated: null;
	user_created: null;
};

export type PriceListItemRow = { id: Uuid; price_list: Uuid; product: Uuid; min_quantity_milli: number; unit_price: number };
export type ExchangeRateRow = { id: Uuid; currency: string; rate_date: string; rate: string; date_created: string; date_updated: null; user_created: null };

export interface CommerceData {
	crm_price_lists: PriceListRow[];
	crm_price_list_items: PriceListItemRow[];
	crm_exchange_rates: ExchangeRateRow[];
	/** Which list each channel, group and customer gets (by code or id). */
	channelListByCode: Map<string, Uuid>;
	groupListByCode: Map<string, Uuid>;
	customerListById: Map<Uuid, Uuid>;
}

interface CustomerRef {
	id: Uuid;
	name: string;
	status: string;
	currency: string;
}

// Quantity breaks of the base list for goods: from 10 units 5 % off, from 50 units 10 % off.
const BREAKS: readonly (readonly [number, number])[] = [
	[10_000, 9500],
	[50_000, 9000],
];

const percentOf = (amount: number, bp: number) => Math.round((amount * bp) / 10_000);

/** Rates to EUR: a slow deterministic walk around a centre, four decimals, first of each month. */
function monthlyRates(rng: Rng, currency: string, centre: number, months: number, now: Date): ExchangeRateRow[] {
	const rows: ExchangeRateRow[] = [];
	let rate = centre;

	for (let m = months - 1; m >= 0; m--) {
		const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - m, 1));
		rate = Math.max(centre * 0.9, Math.min(centre * 1.1, rate + (rng.float() - 0.5) * centre * 0.02));
		const day = d.toISOString().slice(0, 10);
		rows.push({ id: rng.uuid(), currency, rate_date: day, rate: rate.toFixed(4), date_created: `${day}T06:00:00.000Z`, date_updated: null, user_created: null });
	}

	return rows;
}

export function generateCommerceData({ seed, now, products, customers }: { seed: number; now: Date; products: readonly ProductRow[]; customers: readonly CustomerRef[] }): CommerceData {
	const rng = createRng(seed ^ 0x5eed_c0de);
	const created = now.toISOString();
	const list = (code: string, name: string, kind: string, o: Partial<PriceListRow> = {}): PriceListRow => ({
		id: rng.uuid(),
		code,
		name,
		kind,
		currency: 'EUR',
		valid_from: '2025-01-01',
		valid_to: null,
		active: true,
		parent: null,
		derivation_bp: null,
		rounding_step: null,
		rounding_mode: 'half-up',
		notes: null,
		date_created: created,
		date_updated: null,
		user_created: null,
		...o,
	});

	const base = list('BASE', 'Base prices', 'base', { notes: 'Catalogue prices; the fallback for every customer.' });
	const wholesale = list('WHOLESALE', 'Wholesale', 'wholesale', { parent: base.id, derivation_bp: -1200, rounding_step: 10, notes: '12 % below base, rounded to 0.10; own prices for selected lines.' });
	const dealer = list('DEALER', 'Dealer network', 'dealer', { parent: base.id, derivation_bp: -2000, rounding_step: 50 });
	const online = list('WEBSHOP', 'Web shop', 'channel', { parent: base.id, derivation_bp: 500, rounding_step: 1, valid_from: '2026-01-01' });
	const oldWholesale = list('WHOLESALE-2024', 'Wholesale 2024', 'wholesale', { parent: base.id, derivation_bp: -1500, valid_from: '2024-01-01', valid_to: '2024-12-31', notes: 'Expired; kept for history.' });
	const usd = list('USD', 'US dollar prices', 'group', { currency: 'USD', notes: 'For customers invoiced in USD.' });
	const gbp = list('GBP', 'Sterling prices', 'group', { currency: 'GBP', notes: 'For customers invoiced in GBP.' });
	const lists = [base, wholesale, dealer, online, oldWholesale, usd, gbp];
	const items: PriceListItemRow[] = [];
	const item = (priceList: PriceListRow, product: Uuid, min: number, price: number) => items.push({ id: rng.uuid(), price_list: priceList.id, product, min_quantity_milli: min, unit_price: price });

	for (const [i, p] of products.entries()) {
		item(base, p.id, 1000, p.list_price);
		if (p.kind === 'goods') for (const [min, bp] of BREAKS) item(base, p.id, min, percentOf(p.list_price, bp));
		// Every seventh product has a negotiated wholesale price below the derived one.
		if (i % 7 === 0) item(wholesale, p.id, 1000, Math.max(p.cost_price, percentOf(p.list_price, 8500)));
		item(usd, p.id, 1000, Math.round((p.list_price * 1.09) / 5) * 5);
		item(gbp, p.id, 1000, Math.round((p.list_price * 0.86) / 5) * 5);
	}

	const keyCustomers = customers.filter((c) => c.status === 'key' && c.currency === 'EUR').slice(0, 3);
	const customerListById = new Map<Uuid, Uuid>();

	for (const c of keyCustomers) {
		const own = list(`KEY-${lists.length}`, `${c.name} contract prices`, 'customer', { parent: wholesale.id, derivation_bp: -300, rounding_step: 5, notes: 'Framework contract: 3 % below wholesale.' });
		lists.push(own);
		customerListById.set(c.id, own.id);
	}

	for (const c of customers) {
		if (c.currency === 'USD') customerListById.set(c.id, usd.id);
		if (c.currency === 'GBP') customerListById.set(c.id, gbp.id);
	}

	return {
		crm_price_lists: lists,
		crm_price_list_items: items,
		crm_exchange_rates: [...monthlyRates(rng, 'USD', 0.92, 24, now), ...monthlyRates(rng, 'GBP', 1.17, 24, now)],
		channelListByCode: new Map([
			['DEALER', dealer.id],
			['WEBSHOP', online.id],
		]),
		groupListByCode: new Map([
			['WHOLESALE', wholesale.id],
			['DEALERS', dealer.id],
		]),
		customerListById,
	};
}

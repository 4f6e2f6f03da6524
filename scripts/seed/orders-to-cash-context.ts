// What every step of the orders-to-cash history shares: its random stream, the clock, the price lists
// and rates, and the moments already taken.
import { addDays, convertCurrency, daysBetween, type PriceList } from '../../packages/crm-core/src/index.ts';
import type { ProductRow, Uuid } from './demo-rows.ts';
import type { ExchangeRateRow, PriceListItemRow } from './generate-commerce-data.ts';
import { iso, MINUTE } from './moments.ts';
import { toPriceList } from './orders-to-cash-catalogue.ts';
import { type Audit, BASE_CURRENCY, type OrdersToCashInput } from './orders-to-cash-rows.ts';
import { createRng, type Rng } from './random.ts';

export interface OrdersToCash {
	input: OrdersToCashInput;
	rng: Rng;
	nowMs: number;
	today: string;
	/** How many days of history: price lists are dated from 2025, older documents would have no prices. */
	windowDays: number;
	daysAgo: (n: number) => string;
	/** A moment on `day` during office hours, never after now and never before `notBefore`. */
	stamp: (day: string, notBefore?: number) => number;
	/** Every proposal and order is created at its own moment, so "before" is never ambiguous when offers are counted. */
	uniqueMoment: (ms: number) => number;
	audit: (ms: number) => Audit;
	/** The rate of the month (exchange rates are monthly), else the earliest known. */
	rateOn: (currency: string, day: string) => string;
	toBase: (amount: number, currency: string, rate: string) => number;
	productById: Map<Uuid, ProductRow>;
	itemsByList: Map<Uuid, PriceListItemRow[]>;
	lists: Map<Uuid, PriceList>;
}

function rateLookup(rates: readonly ExchangeRateRow[]): (currency: string, day: string) => string {
	const ratesByMonth = new Map<string, string>();
	const earliestRate = new Map<string, ExchangeRateRow>();
	for (const r of rates) {
		ratesByMonth.set(`${r.currency}:${r.rate_date.slice(0, 7)}`, r.rate);
		const first = earliestRate.get(r.currency);
		if (!first || r.rate_date < first.rate_date) earliestRate.set(r.currency, r);
	}
	return (currency, day) => {
		if (currency === BASE_CURRENCY) return '1';
		const rate = ratesByMonth.get(`${currency}:${day.slice(0, 7)}`) ?? earliestRate.get(currency)?.rate;
		if (!rate) throw new Error(`no ${currency} rate for ${day}`);
		return rate;
	};
}

function uniqueMoments(nowMs: number): (ms: number) => number {
	const taken = new Set<number>();
	return (ms) => {
		let t = ms;
		for (let k = 1; taken.has(t); k++) t = ms + k * 1000 <= nowMs ? ms + k * 1000 : ms - k * 1000;
		taken.add(t);
		return t;
	};
}

const dayStartMs = (day: string) => Date.parse(`${day}T00:00:00.000Z`);

/** A moment on `day` in working hours (7:00–17:00, five-minute steps), never after now nor before `notBefore`. */
function stampWith(rng: Rng, nowMs: number): OrdersToCash['stamp'] {
	return (day, notBefore = 0) => Math.max(notBefore, Math.min(nowMs, dayStartMs(day) + rng.int(7 * 12, 17 * 12) * 5 * MINUTE));
}

export function createOrdersToCash(input: OrdersToCashInput): OrdersToCash {
	const rng = createRng(input.seed ^ 0x0c2c_a5e5);
	const nowMs = input.now.getTime();
	const today = iso(nowMs).slice(0, 10);
	const itemsByList = new Map<Uuid, PriceListItemRow[]>();
	for (const item of input.commerce.crm_price_list_items) itemsByList.set(item.price_list, [...(itemsByList.get(item.price_list) ?? []), item]);
	return {
		input,
		rng,
		nowMs,
		today,
		windowDays: Math.max(60, Math.min(540, daysBetween('2025-01-02', today))),
		daysAgo: (n) => addDays(today, -n),
		stamp: stampWith(rng, nowMs),
		uniqueMoment: uniqueMoments(nowMs),
		audit: (ms) => ({ date_created: iso(ms), date_updated: null, user_created: null }),
		rateOn: rateLookup(input.commerce.crm_exchange_rates),
		toBase: (amount, currency, rate) => convertCurrency({ amount, currency }, BASE_CURRENCY, rate, 'half-even').amount,
		productById: new Map(input.products.map((p) => [p.id, p])),
		itemsByList,
		lists: new Map(input.commerce.crm_price_lists.map((l) => [l.id, toPriceList(l, itemsByList.get(l.id) ?? [])])),
	};
}

/** The same context drawing from a random stream of its own (`salt` on the demo's seed): what it plans leaves the main stream as it was. */
export function withOwnRandom(otc: OrdersToCash, salt: number): OrdersToCash {
	const rng = createRng(otc.input.seed ^ salt);
	return { ...otc, rng, stamp: stampWith(rng, otc.nowMs) };
}

export const minDay = (a: string, b: string) => (a < b ? a : b);
export const maxDay = (a: string, b: string) => (a > b ? a : b);

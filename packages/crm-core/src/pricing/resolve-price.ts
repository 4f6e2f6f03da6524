import { CrmError } from '../errors/crm-error.ts';
import { isCurrencyCode } from '../money/currency.ts';
import { isCalendarDate } from '../calendar/calendar-day.ts';
import { describeInactive, describeMissingPrice, describeNotValidOnDate, describeOtherCurrency, describeUsedPrice } from './describe-price-list-outcome.ts';
import type { ExplanationStep, PriceListSource } from './explanation-step.ts';
import { findListPrice } from './find-list-price.ts';
import { describeQuantity } from './format-quantity.ts';
import { indexPriceLists } from './index-price-lists.ts';
import type { PriceList, PriceLists } from './price-list.ts';
import { priceListValidOn } from './price-list-in-force.ts';
import { selectBasePriceList, sortBasePriceLists } from './select-base-price-list.ts';

/** What to price: a quantity of a product for a customer on a day, and every list that may be involved. */
export interface PriceRequest {
	productId: string;
	/** Thousandths of a unit: 12 units = 12000. */
	quantityMilli: number;
	/** The price date, 'YYYY-MM-DD' in the business's calendar. */
	date: string;
	/** When set, only lists in this currency can price; when absent, the first list that prices wins, whatever its currency. */
	currency?: string | null;
	customerListId: string | null;
	/** The customer's groups' lists, in the order they should be tried. */
	groupListIds: readonly string[];
	channelListId: string | null;
	/** Every list named above, every base list and all their parents. */
	lists: PriceLists;
}

export interface ResolvedPrice {
	/** Minor units of `currency` per whole unit. */
	unitPrice: number;
	currency: string;
	/** The list that quoted the price (for a derived price: the derived list, not its parent). */
	priceListId: string;
	/** The quantity break of the item the price comes from (in the parent that owns it, for a derived price). */
	itemMinQuantityMilli: number;
	/** Ids of the parents the price was derived through, nearest first; empty for the list's own item. */
	derivedFrom: string[];
	explanation: ExplanationStep[];
}

interface Candidate {
	list: PriceList;
	source: PriceListSource;
}

function assertValidRequest(request: PriceRequest): void {
	if (typeof request.productId !== 'string' || request.productId === '') throw new CrmError('CRM_REQUIRED_FIELD', 'A product is required to find a price.', { field: 'productId' });
	if (!Number.isSafeInteger(request.quantityMilli) || request.quantityMilli < 1) {
		throw new CrmError('CRM_OUT_OF_RANGE', `The quantity must be a positive whole number of thousandths, got ${JSON.stringify(request.quantityMilli)}.`, { field: 'quantityMilli' });
	}
	if (!isCalendarDate(request.date)) throw new CrmError('CRM_INVALID_FORMAT', `The price date must be a day written YYYY-MM-DD, got ${JSON.stringify(request.date)}.`, { field: 'date' });
	if (request.currency && !isCurrencyCode(request.currency)) {
		throw new CrmError('CRM_INVALID_CURRENCY', `"${request.currency}" is not an ISO 4217 currency code (three capital letters).`, { field: 'currency', currency: request.currency });
	}
}

function requireList(lists: ReadonlyMap<string, PriceList>, id: string, field: string): PriceList {
	const list = lists.get(id);
	// A missing list means the caller loaded too little; pricing without it could quote the wrong price.
	if (!list) throw new CrmError('CRM_REFERENCE_NOT_FOUND', `Price list "${id}" (${field}) was not found.`, { field, priceListId: id });
	return list;
}

/** The customer's, groups' and channel's lists in that order, each once: a list shared by two sources is judged at its first. */
function collectCandidates(request: PriceRequest, lists: ReadonlyMap<string, PriceList>): Candidate[] {
	const named: { id: string | null; source: PriceListSource; field: string }[] = [
		{ id: request.customerListId, source: 'customer', field: 'customerListId' },
		...request.groupListIds.map((id, i) => ({ id, source: 'group' as const, field: `groupListIds[${i}]` })),
		{ id: request.channelListId, source: 'channel', field: 'channelListId' },
	];
	const candidates: Candidate[] = [];
	for (const { id, source, field } of named) {
		if (id === null || candidates.some((c) => c.list.id === id)) continue;
		candidates.push({ list: requireList(lists, id, field), source });
	}
	return candidates;
}

/**
 * Finds the unit price for a customer: own list → groups' lists → channel's list → base list; the
 * first list that is in force, in the requested currency and has a price for the product at the
 * quantity wins. Every list looked at gets an explanation step, so "why this price?" always has an
 * answer. Throws CRM_NO_PRICE (with the explanation in details) when no list has a price.
 */
export function resolvePrice(request: PriceRequest): ResolvedPrice {
	assertValidRequest(request);
	const lists = indexPriceLists(request.lists);
	const { productId, quantityMilli, date } = request;
	const currency = request.currency || null;
	const explanation: ExplanationStep[] = [];

	const candidates = collectCandidates(request, lists);
	const base = selectBasePriceList(lists.values(), date, currency);
	if (base) candidates.push({ list: base, source: 'base' });
	// Without an applicable base list, every base list is shown with its reason, since "no base list" is usually the surprise.
	else for (const list of sortBasePriceLists(lists.values())) candidates.push({ list, source: 'base' });

	const seen = new Set<string>();
	for (const { list, source } of candidates) {
		if (seen.has(list.id)) continue;
		seen.add(list.id);
		const step = (outcome: ExplanationStep['outcome'], detail: string): ExplanationStep => ({ priceListId: list.id, code: list.code, source, outcome, detail });

		if (!list.active) {
			explanation.push(step('inactive', describeInactive(list)));
			continue;
		}
		if (!priceListValidOn(list, date)) {
			explanation.push(step('not_valid_on_date', describeNotValidOnDate(list, date)));
			continue;
		}
		if (currency !== null && list.currency !== currency) {
			explanation.push(step('other_currency', describeOtherCurrency(list, currency)));
			continue;
		}

		const lookup = findListPrice(list, productId, quantityMilli, date, lists);
		if (!lookup.found) {
			explanation.push(step('no_price', describeMissingPrice(lookup.missing, quantityMilli, date)));
			continue;
		}

		explanation.push(step('used', describeUsedPrice(lookup.path, lookup.unitPrice, lookup.itemMinQuantityMilli)));
		return {
			unitPrice: lookup.unitPrice,
			currency: list.currency,
			priceListId: list.id,
			itemMinQuantityMilli: lookup.itemMinQuantityMilli,
			derivedFrom: lookup.path.slice(1).map((parent) => parent.id),
			explanation,
		};
	}

	const inCurrency = currency === null ? '' : ` in ${currency}`;
	const considered = explanation.length === 0 ? 'no price list applies' : `none of the ${explanation.length} price list${explanation.length === 1 ? '' : 's'} considered has one`;
	throw new CrmError('CRM_NO_PRICE', `No price for product "${productId}" at ${describeQuantity(quantityMilli)} on ${date}${inCurrency}: ${considered}.`, {
		productId,
		quantityMilli,
		date,
		currency,
		explanation,
	});
}

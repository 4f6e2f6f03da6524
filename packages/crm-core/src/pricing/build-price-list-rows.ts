import { CrmError } from '../errors/crm-error.ts';
import { applyDerivations } from './apply-derivations.ts';
import { isCalendarDate } from '../calendar/calendar-day.ts';
import { findPriceSource } from './find-price-source.ts';
import { indexPriceLists } from './index-price-lists.ts';
import type { PriceList, PriceLists } from './price-list.ts';

/** The product facts an exported price list shows. */
export interface PriceListProduct {
	id: string;
	sku: string;
	name: string;
	unit: string;
}

/** One line of an exported price list: a product from a quantity break on, at a unit price. */
export interface PriceListRow {
	productId: string;
	sku: string;
	name: string;
	unit: string;
	minQuantityMilli: number;
	/** Minor units of `currency` per whole unit. */
	unitPrice: number;
	currency: string;
	/** `own`: an item of this list; `derived`: computed from a parent's item. */
	source: 'own' | 'derived';
	/** Ids of the parents the price was derived through, nearest first; empty for own items. */
	derivedFrom: string[];
}

/**
 * The price list as a customer would read it, for CSV or PDF: every product of `products` that
 * has a price in the list, one row per quantity break, own or derived, sorted by SKU then quantity.
 * `products` decides what is exported (e.g. only active products); products with no price are left
 * out. Derived rows use the parents in force on `date`, exactly as `resolvePrice` would on that day;
 * the list itself is exported whatever its own validity, since someone asked for that very list.
 */
export function buildPriceListRows(list: PriceList, lists: PriceLists, date: string, products: readonly PriceListProduct[]): PriceListRow[] {
	if (!isCalendarDate(date)) throw new CrmError('CRM_INVALID_FORMAT', `The price date must be a day written YYYY-MM-DD, got ${JSON.stringify(date)}.`, { field: 'date' });
	const byId = indexPriceLists(lists);
	const rows: PriceListRow[] = [];

	for (const product of products) {
		const source = findPriceSource(list, product.id, date, byId);
		if (source.kind !== 'own') continue;

		const derivedFrom = source.path.slice(1).map((parent) => parent.id);
		for (const item of source.items) {
			rows.push({
				productId: product.id,
				sku: product.sku,
				name: product.name,
				unit: product.unit,
				minQuantityMilli: item.minQuantityMilli,
				unitPrice: applyDerivations(item.unitPrice, source.path),
				currency: list.currency,
				source: derivedFrom.length === 0 ? 'own' : 'derived',
				derivedFrom: [...derivedFrom],
			});
		}
	}

	// Code-unit order, not locale order, so that the same list exports identically everywhere.
	return rows.sort((a, b) => {
		if (a.sku !== b.sku) return a.sku < b.sku ? -1 : 1;
		if (a.minQuantityMilli !== b.minQuantityMilli) return a.minQuantityMilli - b.minQuantityMilli;
		if (a.productId !== b.productId) return a.productId < b.productId ? -1 : 1;
		return 0;
	});
}

import type { PriceList } from './price-list.ts';
import { priceListInForce } from './price-list-in-force.ts';

/**
 * Base lists, the one that should apply first: latest `validFrom` first (a list valid "since ever"
 * counts as oldest), then by code so that the choice never depends on the order rows were loaded in.
 */
export function sortBasePriceLists(lists: Iterable<PriceList>): PriceList[] {
	return [...lists]
		.filter((list) => list.kind === 'base')
		.sort((a, b) => {
			const fromA = a.validFrom ?? '';
			const fromB = b.validFrom ?? '';
			if (fromA !== fromB) return fromA > fromB ? -1 : 1;
			if (a.code !== b.code) return a.code < b.code ? -1 : 1;
			return 0;
		});
}

/**
 * The base list that applies on `date`: active, valid on that day and, when a currency is asked
 * for, in that currency (so a USD base list never hides the EUR one). Null when there is none.
 */
export function selectBasePriceList(lists: Iterable<PriceList>, date: string, currency?: string | null): PriceList | null {
	return sortBasePriceLists(lists).find((list) => priceListInForce(list, date) && (!currency || list.currency === currency)) ?? null;
}

import type { PriceList } from './price-list.ts';

/** True when `date` ('YYYY-MM-DD') lies within the list's validity; both ends are inclusive, null ends are open. */
export function priceListValidOn(list: Pick<PriceList, 'validFrom' | 'validTo'>, date: string): boolean {
	// ISO dates compare correctly as text, so no Date objects (and no time zones) are involved.
	return (list.validFrom === null || list.validFrom <= date) && (list.validTo === null || date <= list.validTo);
}

/** True when the list is switched on and valid on `date`: only then may its prices be quoted. */
export function priceListInForce(list: Pick<PriceList, 'active' | 'validFrom' | 'validTo'>, date: string): boolean {
	return list.active && priceListValidOn(list, date);
}

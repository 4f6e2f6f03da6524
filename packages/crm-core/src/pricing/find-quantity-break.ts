import type { PriceListItem } from './price-list.ts';

/** A list's items for one product, smallest quantity break first. */
export function productItems(items: readonly PriceListItem[], productId: string): PriceListItem[] {
	return items.filter((item) => item.productId === productId).sort((a, b) => a.minQuantityMilli - b.minQuantityMilli);
}

/**
 * The item whose quantity break applies to `quantityMilli`: the largest `minQuantityMilli` not above
 * it, so 12 units get the 10-unit price. Null when the product is missing or every break is higher.
 */
export function findQuantityBreak(items: readonly PriceListItem[], productId: string, quantityMilli: number): PriceListItem | null {
	let best: PriceListItem | null = null;
	for (const item of items) {
		if (item.productId !== productId || item.minQuantityMilli > quantityMilli) continue;
		if (best === null || item.minQuantityMilli > best.minQuantityMilli) best = item;
	}
	return best;
}

import { derivePrice } from './derive-price.ts';
import type { PriceList } from './price-list.ts';

/**
 * Carries a price down a derivation path (the list first, the owner of `ownerUnitPrice` last):
 * each list derives from the price its parent ended up with, rounding included, exactly as the
 * parent would quote it.
 */
export function applyDerivations(ownerUnitPrice: number, path: readonly PriceList[]): number {
	let price = ownerUnitPrice;
	for (let i = path.length - 2; i >= 0; i--) price = derivePrice(price, path[i]!);
	return price;
}

import { applyDerivations } from './apply-derivations.ts';
import { findPriceSource } from './find-price-source.ts';
import { findQuantityBreak } from './find-quantity-break.ts';
import type { PriceList } from './price-list.ts';

/** Why a list has no price for the product at the quantity, in terms the explanation can word. */
export type MissingPrice =
	| { kind: 'no_item'; path: PriceList[] }
	| { kind: 'below_first_break'; path: PriceList[]; firstBreakMilli: number }
	| { kind: 'parent_not_in_force'; path: PriceList[] };

/** One list's price for a product at a quantity, or why it has none. `path` is the list and the parents walked. */
export type ListPriceLookup =
	| { found: true; unitPrice: number; itemMinQuantityMilli: number; path: PriceList[] }
	| { found: false; missing: MissingPrice };

/**
 * A single list's unit price for `quantityMilli` of a product: its own quantity break if it has
 * items for the product, else its parent's price (recursively) with the list's markup and rounding.
 * The list's own validity is the caller's business; its parents must be in force on `date`.
 */
export function findListPrice(list: PriceList, productId: string, quantityMilli: number, date: string, lists: ReadonlyMap<string, PriceList>): ListPriceLookup {
	const source = findPriceSource(list, productId, date, lists);
	if (source.kind === 'none') return { found: false, missing: { kind: 'no_item', path: source.path } };
	if (source.kind === 'parent_not_in_force') return { found: false, missing: { kind: 'parent_not_in_force', path: source.path } };

	const item = findQuantityBreak(source.items, productId, quantityMilli);
	if (!item) return { found: false, missing: { kind: 'below_first_break', path: source.path, firstBreakMilli: source.items[0]!.minQuantityMilli } };

	return { found: true, unitPrice: applyDerivations(item.unitPrice, source.path), itemMinQuantityMilli: item.minQuantityMilli, path: source.path };
}

import { CrmError } from '../errors/crm-error.ts';
import { productItems } from './find-quantity-break.ts';
import type { PriceList, PriceListItem } from './price-list.ts';
import { priceListInForce } from './price-list-in-force.ts';

/**
 * Where a list gets a product's prices from. `path` runs from the list itself up its parent chain,
 * so `path.length - 1` derivations separate the owner's items from the list's prices.
 * - `own`: the last list of `path` has items for the product (its whole quantity ladder is used).
 * - `none`: nobody on the path has items for the product and the chain ends.
 * - `parent_not_in_force`: the chain reaches a parent that is inactive or not valid on the date (last of `path`).
 */
export type PriceSource =
	| { kind: 'own'; path: PriceList[]; items: PriceListItem[] }
	| { kind: 'none'; path: PriceList[] }
	| { kind: 'parent_not_in_force'; path: PriceList[] };

/**
 * Walks from `list` up its parents to the first list with items for the product. An own item always
 * beats a derived price, and a product's quantity ladder is taken from one list only: mixing an
 * override's breaks with the parent's would make the price jump back and forth with the quantity.
 * A parent is only used while it is in force on `date`, because an expired or switched-off list's
 * prices are no longer prices; a parent in another currency or a cycle is bad data and throws.
 */
export function findPriceSource(list: PriceList, productId: string, date: string, lists: ReadonlyMap<string, PriceList>): PriceSource {
	const path: PriceList[] = [list];
	let current = list;

	for (;;) {
		const items = productItems(current.items, productId);
		if (items.length > 0) return { kind: 'own', path, items };
		if (current.parentId === null) return { kind: 'none', path };

		const parent = lists.get(current.parentId);
		if (!parent) {
			throw new CrmError('CRM_REFERENCE_NOT_FOUND', `Price list "${current.code}" derives from price list "${current.parentId}", which does not exist.`, { priceListId: current.id, field: 'parentId', parentId: current.parentId });
		}
		if (path.some((seen) => seen.id === parent.id)) {
			const chain = [...path.map((seen) => seen.code), parent.code];
			throw new CrmError('CRM_PRICE_LIST_CYCLE', `Price lists derive from each other in a circle: ${chain.join(' → ')}.`, { priceListId: list.id, field: 'parentId', chain: [...path.map((seen) => seen.id), parent.id] });
		}
		if (parent.currency !== current.currency) {
			throw new CrmError('CRM_PRICE_LIST_INVALID', `Price list "${current.code}" (${current.currency}) derives from "${parent.code}" (${parent.currency}); a derived list must have its parent's currency.`, { priceListId: current.id, field: 'parentId', parentId: parent.id });
		}

		path.push(parent);
		if (!priceListInForce(parent, date)) return { kind: 'parent_not_in_force', path };
		current = parent;
	}
}

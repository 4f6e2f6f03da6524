import { CrmError } from '../errors/crm-error.ts';
import type { PriceList, PriceLists } from './price-list.ts';

/** Keys price lists by id. Two lists with one id would make every lookup ambiguous, so that is an error. */
export function indexPriceLists(lists: PriceLists): ReadonlyMap<string, PriceList> {
	if (!Array.isArray(lists)) return lists as ReadonlyMap<string, PriceList>;

	const byId = new Map<string, PriceList>();
	for (const list of lists as readonly PriceList[]) {
		if (byId.has(list.id)) throw new CrmError('CRM_PRICE_LIST_INVALID', `Price list id "${list.id}" appears more than once.`, { priceListId: list.id, field: 'id' });
		byId.set(list.id, list);
	}
	return byId;
}

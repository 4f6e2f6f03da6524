import type { PriceList, RoundingMode } from '@crm/core';
import type { EndpointExtensionContext } from '@directus/types';
import type { ServiceOptions } from './directus-request.ts';

type Row = Record<string, any>;

const LIST_FIELDS = ['id', 'code', 'name', 'currency', 'kind', 'valid_from', 'valid_to', 'active', 'parent', 'derivation_bp', 'rounding_step', 'rounding_mode', 'items.product', 'items.min_quantity_milli', 'items.unit_price'];

function toPriceList(row: Row): PriceList {
	return {
		id: row['id'],
		code: row['code'],
		name: row['name'],
		currency: row['currency'],
		kind: row['kind'],
		validFrom: row['valid_from'] ?? null,
		validTo: row['valid_to'] ?? null,
		active: Boolean(row['active']),
		parentId: row['parent'] ?? null,
		derivationBp: row['derivation_bp'] ?? null,
		roundingStep: row['rounding_step'] === null || row['rounding_step'] === undefined ? null : Number(row['rounding_step']),
		roundingMode: (row['rounding_mode'] ?? 'half-up') as RoundingMode,
		items: ((row['items'] ?? []) as Row[]).map((i) => ({ productId: i['product'], minQuantityMilli: Number(i['min_quantity_milli']), unitPrice: Number(i['unit_price']) })),
	};
}

/** Every price list, with its items for the given products only (all products when none are given), read under the caller's permissions. */
export async function loadPriceLists(services: EndpointExtensionContext['services'], options: ServiceOptions, productIds?: readonly string[]): Promise<PriceList[]> {
	const rows = (await new services.ItemsService('crm_price_lists', options).readByQuery({
		fields: LIST_FIELDS,
		limit: -1,
		deep: { items: { _limit: -1, ...(productIds ? { _filter: { product: { _in: [...productIds] } } } : {}) } },
	})) as Row[];
	return rows.map(toPriceList);
}

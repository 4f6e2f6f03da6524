import type { PriceList, RoundingMode } from '@crm/core';
import type { EndpointExtensionContext } from '@directus/types';
import type { ServiceOptions } from './directus-request.ts';

/** A crm_price_lists row with LIST_FIELDS as ItemsService returns it (dates as text; bigint as text on PostgreSQL). */
interface PriceListRow {
	id: string;
	code: string;
	name: string;
	currency: string;
	kind: PriceList['kind'];
	valid_from: string | null;
	valid_to: string | null;
	active: boolean | number;
	parent: string | null;
	derivation_bp: number | null;
	rounding_step: number | string | null;
	rounding_mode: RoundingMode | null;
	items?: PriceListItemRow[] | null;
}

interface PriceListItemRow {
	product: string;
	min_quantity_milli: number | string;
	unit_price: number | string;
}

const LIST_FIELDS = ['id', 'code', 'name', 'currency', 'kind', 'valid_from', 'valid_to', 'active', 'parent', 'derivation_bp', 'rounding_step', 'rounding_mode', 'items.product', 'items.min_quantity_milli', 'items.unit_price'];

function toPriceList(row: PriceListRow): PriceList {
	return {
		id: row.id,
		code: row.code,
		name: row.name,
		currency: row.currency,
		kind: row.kind,
		validFrom: row.valid_from ?? null,
		validTo: row.valid_to ?? null,
		active: Boolean(row.active),
		parentId: row.parent ?? null,
		derivationBp: row.derivation_bp ?? null,
		roundingStep: row.rounding_step === null || row.rounding_step === undefined ? null : Number(row.rounding_step),
		roundingMode: row.rounding_mode ?? 'half-up',
		items: (row.items ?? []).map((i) => ({ productId: i.product, minQuantityMilli: Number(i.min_quantity_milli), unitPrice: Number(i.unit_price) })),
	};
}

/** Every price list, with its items for the given products only (all products when none are given), read under the caller's permissions. */
export async function loadPriceLists(services: EndpointExtensionContext['services'], options: ServiceOptions, productIds?: readonly string[]): Promise<PriceList[]> {
	const rows = (await new services.ItemsService('crm_price_lists', options).readByQuery({
		fields: LIST_FIELDS,
		limit: -1,
		deep: { items: { _limit: -1, ...(productIds ? { _filter: { product: { _in: [...productIds] } } } : {}) } },
	})) as PriceListRow[];
	return rows.map(toPriceList);
}

// What the demo orders-to-cash history is made of: how orders and proposals spread over their statuses
// and ages, warehouses, and the reasons people give.
import type { PriceList, RoundingMode } from '../../packages/crm-core/src/index.ts';
import type { PriceListItemRow, PriceListRow } from './generate-commerce-data.ts';

/** Manual discount a sales rep may give without approval (the sales rep role is given 10 %). */
export const REP_DISCOUNT_LIMIT_BP = 1000;

export const ORDER_SHARES: readonly (readonly [string, number])[] = [
	['draft', 0.06],
	['confirmed', 0.1],
	['partially_shipped', 0.06],
	['shipped', 0.08],
	['invoiced', 0.2],
	['paid', 0.2],
	['closed', 0.24],
	['cancelled', 0.06],
];
export const QUOTE_SHARES: readonly (readonly [string, number])[] = [
	['accepted', 0.4],
	['sent', 0.15],
	['draft', 0.1],
	['rejected', 0.15],
	['expired', 0.2],
];
/** Days before today an order of each status was placed (clamped to the history window). */
export const ORDER_AGE: Record<string, readonly [number, number]> = {
	draft: [0, 14],
	confirmed: [0, 21],
	partially_shipped: [4, 30],
	shipped: [3, 25],
	invoiced: [8, 220],
	paid: [15, 330],
	closed: [60, 540],
	cancelled: [1, 540],
};
export const CANCEL_REASONS = ['Customer ordered by mistake.', 'Replaced by a new order with other quantities.', 'Customer found a cheaper offer.', 'Project postponed by the customer.', 'Delivery date could not be met.'];
export const REJECT_NOTES = ['Customer chose a competitor offer.', 'Budget not approved this year.', 'Price too high for the quantity.', null];
export const RETURN_REASONS = ['Goods returned: damaged in transit.', 'Goods returned: wrong variant delivered.', 'Partial return agreed with the customer.', 'Quantity difference found at goods receipt.'];
export const WAREHOUSES = [
	['WH-MAIN', 'Central warehouse', 'Industriestraße 12, 34123 Kassel, DE'],
	['WH-SOUTH', 'South depot', 'Hafenstraße 40, 90451 Nürnberg, DE'],
	['WH-NORTH', 'North depot', 'Am Hafen 7, 21079 Hamburg, DE'],
	['WH-WEST', 'West depot', 'Rheinallee 88, 47119 Duisburg, DE'],
	['WH-AT', 'Austria depot', 'Lagerweg 3, 4020 Linz, AT'],
	['WH-UK', 'UK depot', '14 Dock Road, Birmingham B7 4AA, GB'],
] as const;

/** Splits `total` into per-key counts by share, each at least `min`, adding up exactly to `total`. */
export function quotas(shares: readonly (readonly [string, number])[], total: number, min: number): Map<string, number> {
	const out = new Map(shares.map(([k, s]) => [k, Math.max(min, Math.round(s * total))]));
	let sum = [...out.values()].reduce((a, b) => a + b, 0);
	while (sum !== total) {
		const step = sum > total ? -1 : 1;
		// Grow or shrink the largest share that may still move.
		const key = [...out.entries()].filter(([, n]) => step > 0 || n > min).sort((a, b) => b[1] - a[1])[0]?.[0];
		if (key === undefined) break;
		out.set(key, out.get(key)! + step);
		sum += step;
	}
	return out;
}

export const toPriceList = (row: PriceListRow, items: readonly PriceListItemRow[]): PriceList => ({
	id: row.id,
	code: row.code,
	name: row.name,
	currency: row.currency,
	kind: row.kind as PriceList['kind'],
	validFrom: row.valid_from,
	validTo: row.valid_to,
	active: row.active,
	parentId: row.parent,
	derivationBp: row.derivation_bp,
	roundingStep: row.rounding_step,
	roundingMode: row.rounding_mode as RoundingMode,
	items: items.map((i) => ({ productId: i.product, minQuantityMilli: i.min_quantity_milli, unitPrice: i.unit_price })),
});

/** Days before today a proposal of each status (other than accepted) was issued. */
export const QUOTE_AGE: Record<string, readonly [number, number]> = { sent: [0, 25], draft: [0, 10], rejected: [10, 300], expired: [35, 400] };

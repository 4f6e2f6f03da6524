import { QUANTITY_SCALE } from '../money/apply-rate.ts';
import { roundedProduct } from './rounded-product.ts';

/** The lowest net automatic discounts may leave on a line: cost × quantity plus the minimum margin on it; null when the cost is unknown. */
export function floorAmount(unitCost: number | null, quantityMilli: number, minMarginBp: number): number | null {
	if (unitCost === null) return null;
	const cost = roundedProduct(unitCost, quantityMilli, QUANTITY_SCALE);
	return cost + roundedProduct(cost, minMarginBp, 10_000);
}

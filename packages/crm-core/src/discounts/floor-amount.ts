import { applyBasisPoints, multiplyByQuantity } from '../money/apply-rate.ts';

/** The lowest net automatic discounts may leave on a line: cost × quantity plus the minimum margin on it; null when the cost is unknown. */
export function floorAmount(unitCost: number | null, quantityMilli: number, minMarginBp: number): number | null {
	if (unitCost === null) return null;
	const cost = multiplyByQuantity(unitCost, quantityMilli);
	return cost + applyBasisPoints(cost, minMarginBp);
}

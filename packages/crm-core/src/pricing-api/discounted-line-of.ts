import { multiplyByQuantity } from '../money/apply-rate.ts';
import type { DiscountedLine } from './summarize-discounts-given.ts';

/** A stored order line's amounts; list and discount are null on lines priced before the discount engine. */
export interface StoredDiscountedLine {
	netAmount: number;
	listAmount: number | null;
	discountAmount: number | null;
	unitPrice: number;
	quantityMilli: number;
	applied: unknown;
}

/**
 * A stored line as the discounts report counts it. Lines priced before the discount engine have no list
 * amount (quantity × unit price stands in) and no discount amount (list − net, never negative), and no
 * applied rules: their whole discount counts as manual.
 */
export function discountedLineOf(line: StoredDiscountedLine): DiscountedLine {
	const net = line.netAmount;
	const list = line.listAmount ?? multiplyByQuantity(line.unitPrice, line.quantityMilli);
	const discount = line.discountAmount ?? Math.max(0, list - net);
	return { listAmount: net + discount, discountAmount: discount, netAmount: net, applied: Array.isArray(line.applied) ? line.applied : [] };
}

import type { BasketLine } from './pricing-request.ts';

/** A line as the rules see it: its place in the basket, its facts and its amount before discounts. */
export interface LineView {
	index: number;
	line: BasketLine;
	listAmount: number;
}

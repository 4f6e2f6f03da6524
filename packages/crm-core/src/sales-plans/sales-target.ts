import { daysBetween } from '../calendar/calendar-day.ts';
import { CrmError } from '../errors/crm-error.ts';

export const TARGET_MEASURES = ['revenue', 'margin', 'quantity'] as const;
export type TargetMeasure = (typeof TARGET_MEASURES)[number];

/** The longest period one plan may cover: a year, leap day included. */
export const TARGET_MAX_DAYS = 366;

/** A sales plan (S6.5): what is to be sold in a period by a rep, a team or the company, narrowed to a product group and a customer group. */
export interface SalesTarget {
	id: string;
	name: string;
	measure: TargetMeasure;
	repId: string | null;
	teamId: string | null;
	productGroupId: string | null;
	customerGroupId: string | null;
	periodStart: string;
	periodEnd: string;
	/** Revenue or margin to reach, in minor units of the base currency. */
	targetAmount: number | null;
	/** Quantity to sell, in thousandths of the unit. */
	targetQuantity: number | null;
	/** How far below the plan to date the actual may fall before the rep is alerted, in basis points of that plan. */
	behindMarginBp: number;
}

const invalid = (field: string, message: string) => new CrmError('CRM_SALES_TARGET_INVALID', message, { field });

/** The figure a plan is measured in: an amount for revenue and margin, a quantity for quantity. */
export function targetValueOf(target: Pick<SalesTarget, 'measure' | 'targetAmount' | 'targetQuantity'>): number {
	return (target.measure === 'quantity' ? target.targetQuantity : target.targetAmount) ?? 0;
}

/**
 * A plan is measurable: its period runs forward and at most a year; it is a rep's, a team's or the company's,
 * never both a rep's and a team's; it names a positive figure in its measure's field; a quantity plan names a
 * product group (quantities of unlike products do not add up).
 */
export function assertSalesTargetValid(target: SalesTarget): void {
	const days = daysBetween(target.periodStart, target.periodEnd, { from: 'period_start', to: 'period_end' }) + 1;
	if (days < 1) throw invalid('period_end', 'The period ends before it starts: the last day must be on or after the first.');
	if (days > TARGET_MAX_DAYS) throw invalid('period_end', `A plan covers at most a year (${TARGET_MAX_DAYS} days); this one covers ${days}. Split it into shorter periods.`);
	if (target.repId && target.teamId) throw invalid('team', 'A plan is either a rep\'s or a team\'s: leave the team empty for a rep\'s plan, or the rep for a team\'s.');
	if (target.measure === 'quantity') {
		if (!target.productGroupId) throw invalid('product_group', 'A quantity plan needs a product group: quantities of different products do not add up.');
		if (!(target.targetQuantity && target.targetQuantity > 0)) throw invalid('target_quantity_milli', 'Give the quantity to sell, more than zero.');
		return;
	}
	if (!(target.targetAmount && target.targetAmount > 0)) throw invalid('target_amount', `Give the ${target.measure} to reach, more than zero.`);
}

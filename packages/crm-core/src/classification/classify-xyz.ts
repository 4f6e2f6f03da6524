import { assertIsoDay } from '../calendar/calendar-day.ts';
import type { ClassificationSettings } from './classification-settings.ts';
import { coefficientOfVariationBp } from './coefficient-of-variation-bp.ts';
import type { XyzClass } from './customer-classes.ts';

/** Months since year 0 of a 'YYYY-MM-DD' day: two days' difference is the number of month boundaries between them. */
export function monthNumber(day: string, field = 'day'): number {
	assertIsoDay(day, field);
	return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
}

/**
 * XYZ class by the coefficient of variation of monthly net revenue. Only the months of the customer's
 * history count: from the month of their first order (or the window's first month, if later) to the
 * current month, so that a customer acquired two months ago is not called erratic for ten months of
 * zeros before they existed. With fewer such months than xyzMinMonths (or no order ever) there is no
 * class: too new to judge. Months with no net sales at all are Z, with no cv (there is no mean).
 *
 * `monthly` is the window, oldest first, ending with the current month (length windowMonths).
 */
export function classifyXyz(monthly: readonly number[], firstOrderDay: string | null, today: string, settings: ClassificationSettings): { xyz: XyzClass | null; cvBp: number | null } {
	if (monthly.length !== settings.windowMonths) throw new RangeError(`monthly revenue must have one amount per month of the window (${settings.windowMonths}), got ${monthly.length}`);
	const months = firstOrderDay === null ? 0 : Math.min(settings.windowMonths, monthNumber(today, 'today') - monthNumber(firstOrderDay, 'firstOrderDay') + 1);
	if (months < settings.xyzMinMonths) return { xyz: null, cvBp: null };
	const cvBp = coefficientOfVariationBp(monthly.slice(monthly.length - months));
	if (cvBp === null) return { xyz: 'Z', cvBp };
	if (cvBp <= settings.xyzXCvBp) return { xyz: 'X', cvBp };
	return { xyz: cvBp <= settings.xyzYCvBp ? 'Y' : 'Z', cvBp };
}

import { assertIsoDay } from '../calendar/calendar-day.ts';

/** How many calendar months the customer card's sales cover, the current one included. */
export const OVERVIEW_SALES_MONTHS = 12;

/** The months whose orders the card counts: first and last day, and each month as 'YYYY-MM', oldest first. */
export interface SalesWindow {
	from: string;
	to: string;
	months: string[];
}

/**
 * The last OVERVIEW_SALES_MONTHS calendar months up to `today` (its month included, up to today itself):
 * on 2026-12-07 that is 2026-01-01 … 2026-12-07. Whole months, so every bar of the series is comparable.
 */
export function salesWindow(today: string, months = OVERVIEW_SALES_MONTHS): SalesWindow {
	assertIsoDay(today, 'today');
	const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
	const list: string[] = [];
	for (let back = months - 1; back >= 0; back -= 1) {
		const index = year * 12 + (month - 1) - back;
		list.push(`${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`);
	}
	return { from: `${list[0]}-01`, to: today, months: list };
}

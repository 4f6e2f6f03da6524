/** The calendar months a classification measures: `months` of them, the current one included. */
export interface ClassificationWindow {
	from: string;
	to: string;
	months: number;
}

const monthNumber = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
const firstDayOf = (n: number) => `${String(Math.floor(n / 12)).padStart(4, '0')}-${String((n % 12) + 1).padStart(2, '0')}-01`;

/** From the first day of the first month to today (the current month counts as far as it has gone). */
export function classificationWindow(today: string, months: number): ClassificationWindow {
	return { from: firstDayOf(monthNumber(today) - months + 1), to: today, months };
}

/** Which month of the window a day falls in, 0 for the first; outside the window: null. */
export function monthOfWindow(window: ClassificationWindow, day: string): number | null {
	const index = monthNumber(day) - monthNumber(window.from);
	return index >= 0 && index < window.months && day <= window.to ? index : null;
}

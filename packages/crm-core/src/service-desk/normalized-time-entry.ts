/** A time entry as stored: canonical ISO UTC instants and whole minutes. */
export interface NormalizedTimeEntry {
	startedAt: string;
	endedAt: string;
	minutes: number;
}

/** One entry may cover at most a day: longer work is booked per day, and a day-long typo is caught. */
export const MAX_TIME_ENTRY_MINUTES = 24 * 60;

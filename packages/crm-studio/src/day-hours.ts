/**
 * One weekday of a business calendar as people type it: "09:00–12:00, 13:00–17:00", empty when the day
 * is off. Stored as the calendar's list of { from, to } intervals; whether they overlap is checked by
 * the server with the rest of the calendar.
 */
export interface DayInterval {
	from: string;
	to: string;
}

export type ParsedDayHours = { ok: true; intervals: DayInterval[] } | { ok: false; error: string };

/** [{09:00, 12:00}, {13:00, 17:00}] → "09:00–12:00, 13:00–17:00"; nothing → "". */
export function formatDayHours(intervals: readonly DayInterval[] | null | undefined): string {
	return (intervals ?? []).map((i) => `${i.from}–${i.to}`).join(', ');
}

/** "9-12, 13:00–17:30" → [{ from: '09:00', to: '12:00' }, { from: '13:00', to: '17:30' }]; "" → []. */
export function parseDayHours(text: string): ParsedDayHours {
	const parts = text.split(/[,;]/).map((p) => p.trim()).filter((p) => p !== '');
	const intervals: DayInterval[] = [];
	for (const part of parts) {
		const m = /^(\d{1,2}(?::\d{2})?)\s*[-–—]\s*(\d{1,2}(?::\d{2})?)$/.exec(part);
		const [from, to] = m ? [toClock(m[1]!, false), toClock(m[2]!, true)] : [null, null];
		if (from === null || to === null) return { ok: false, error: `"${part}" is not a time span; type e.g. 09:00–17:00, several separated by commas.` };
		if (to <= from) return { ok: false, error: `"${part}" must end after it starts.` };
		intervals.push({ from, to });
	}
	return { ok: true, intervals };
}

/** "9" → "09:00", "9:30" → "09:30"; "24:00" only as an end. Null when it is no time of day. */
function toClock(text: string, isEnd: boolean): string | null {
	const [h, m = '00'] = text.split(':') as [string, string?];
	const hours = Number(h);
	const minutes = Number(m);
	if (minutes > 59 || hours > 24 || (hours === 24 && (minutes !== 0 || !isEnd))) return null;
	return `${String(hours).padStart(2, '0')}:${m.padStart(2, '0')}`;
}

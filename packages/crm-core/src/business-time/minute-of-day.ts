const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Minutes since midnight of a wall-clock time 'HH:MM' ('24:00' only as an end: the midnight that
 * closes the day), or null when the text is not one.
 */
export function minuteOfDay(value: unknown, allowEndOfDay: boolean): number | null {
	if (typeof value !== 'string') return null;
	if (value === '24:00') return allowEndOfDay ? 24 * 60 : null;
	const m = CLOCK.exec(value);
	return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/**
 * A timestamp of the API as a Date; null when it is none or not a time. Directus sends ISO times with a
 * zone ("2026-05-12T03:00:00.000Z"); one without a zone ("2026-05-12 03:00:00", as SQLite may store it)
 * is UTC, the time the server keeps.
 */
export function parseTimestamp(text: string | null): Date | null {
	if (text === null) return null;
	const iso = text.trim().replace(' ', 'T');
	const zoned = /(Z|[+-]\d{2}:?\d{2})$/i.test(iso) || !iso.includes('T') ? iso : `${iso}Z`;
	const time = Date.parse(zoned);
	return Number.isNaN(time) ? null : new Date(time);
}

/**
 * Timestamps come back as Date (pg), epoch milliseconds (SQLite, as Directus stores them there) or
 * text; the service desk works in ISO UTC strings and writes Date objects, which both drivers store
 * the way Directus reads them.
 */
export function instantOf(value: unknown): string | null {
	if (value === null || value === undefined || value === '') return null;
	if (value instanceof Date) return value.toISOString();
	if (typeof value === 'number') return new Date(value).toISOString();
	const text = String(value);
	const ms = /^\d+$/.test(text) ? Number(text) : Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) || !/T|\s\d/.test(text) ? text : `${text}Z`);
	return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

export function dbInstant(iso: string | null): Date | null {
	return iso === null ? null : new Date(iso);
}

/** JSON columns come back parsed (pg) or as text (SQLite). */
export function jsonOf<T>(value: unknown, fallback: T): T {
	if (value === null || value === undefined || value === '') return fallback;
	if (typeof value === 'string') {
		try {
			return JSON.parse(value) as T;
		} catch {
			return fallback;
		}
	}
	return value as T;
}

/** A date column as 'YYYY-MM-DD': Date at local midnight (pg), epoch ms of local midnight (SQLite) or text. */
export function dayOf(value: unknown): string | null {
	if (value === null || value === undefined || value === '') return null;
	if (typeof value === 'number') return dayOf(new Date(value));
	if (value instanceof Date) return `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}`;
	return String(value).slice(0, 10);
}

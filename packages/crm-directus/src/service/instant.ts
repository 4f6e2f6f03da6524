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

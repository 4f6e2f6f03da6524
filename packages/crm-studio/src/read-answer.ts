/** Readers of the values in a /crm answer: objects, whole numbers (PostgreSQL may send bigints as text), texts. */

export function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A whole number, or null when the value is none (null, missing, not a number). */
export function intOrNull(value: unknown): number | null {
	const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	return typeof n === 'number' && Number.isFinite(n) ? Math.trunc(n) : null;
}

/** A whole number, 0 when the value is none. */
export function int(value: unknown): number {
	return intOrNull(value) ?? 0;
}

/** A non-empty text, else null. */
export function textOrNull(value: unknown): string | null {
	return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** The objects of an array value (nothing when it is not an array). */
export function objectsOf(value: unknown): Record<string, unknown>[] {
	return Array.isArray(value) ? value.filter(isObject) : [];
}

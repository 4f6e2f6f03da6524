/** A nullable column as text: null stays null (drivers hand back null or undefined for an empty cell). */
export const textOrNull = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

/** A nullable numeric column (bigint arrives as text on PostgreSQL) as a number: null stays null. */
export const numberOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

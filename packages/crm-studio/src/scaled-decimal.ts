/**
 * Integers stored at a fixed scale (thousandths of a unit, basis points) shown and typed as decimals:
 * 2500 at 3 digits is "2.5", 1250 at 2 digits is "12.5". Only what people see changes; the stored
 * integer stays exact.
 */

/** "2500", 3 → "2.5"; "-1000", 3 → "-1"; trailing zeros of the fraction are dropped. */
export function toScaledText(value: number, digits: number): string {
	const sign = value < 0 ? '-' : '';
	const padded = String(Math.abs(value)).padStart(digits + 1, '0');
	const whole = digits === 0 ? padded : padded.slice(0, -digits);
	const fraction = digits === 0 ? '' : padded.slice(-digits).replace(/0+$/, '');
	return fraction === '' ? `${sign}${whole}` : `${sign}${whole}.${fraction}`;
}

/** Reads an integer from what Directus hands over: a number, or a text for bigInteger on PostgreSQL. */
export function toStoredInteger(value: unknown): number | null {
	if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null;
	if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return toStoredInteger(Number(value.trim()));
	return null;
}

export interface ScaledInputRules {
	digits: number;
	allowNegative?: boolean;
	/** Bounds on the stored integer, inclusive. */
	min?: number;
	max?: number;
	/** How a value is named in messages: "a quantity", "a percentage". */
	what: string;
	/** Formats a stored bound for a message ("100 %"). */
	show: (stored: number) => string;
}

export type ParsedScaled = { ok: true; value: number | null } | { ok: false; error: string };

/**
 * What someone typed → the stored integer. Empty is null; thousands separators (",", spaces,
 * apostrophes) are ignored; more decimals than the scale holds, letters, a sign where none is
 * allowed and values out of bounds are errors that say what to type.
 */
export function parseScaledInput(text: string, rules: ScaledInputRules): ParsedScaled {
	const trimmed = text.trim();
	if (trimmed === '') return { ok: true, value: null };
	const compact = trimmed.replace(/[\s,'\u00a0\u202f%]/g, '');
	const m = /^(-?)(\d*)(?:\.(\d*))?$/.exec(compact);
	if (!m || (m[2] === '' && (m[3] ?? '') === '')) return { ok: false, error: `"${trimmed}" is not ${rules.what}; type digits with "." before the decimals, e.g. ${example(rules.digits)}.` };
	const fraction = (m[3] ?? '').replace(/0+$/, '');
	if (fraction.length > rules.digits) return { ok: false, error: rules.digits === 0 ? `Type ${rules.what} without decimals.` : `Type ${rules.what} with at most ${rules.digits} decimals.` };
	const stored = Number(`${m[2] === '' ? '0' : m[2]}${fraction.padEnd(rules.digits, '0')}`) * (m[1] === '-' ? -1 : 1);
	if (!Number.isSafeInteger(stored)) return { ok: false, error: `"${trimmed}" is too large.` };
	const value = Object.is(stored, -0) ? 0 : stored;
	if (value < 0 && !rules.allowNegative) return { ok: false, error: `${capitalize(rules.what)} cannot be negative.` };
	if (rules.min !== undefined && value < rules.min) return { ok: false, error: `At least ${rules.show(rules.min)}.` };
	if (rules.max !== undefined && value > rules.max) return { ok: false, error: `At most ${rules.show(rules.max)}.` };
	return { ok: true, value };
}

function example(digits: number): string {
	return digits === 0 ? '12' : '12.5';
}

function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

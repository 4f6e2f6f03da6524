/**
 * Pure helpers of the money interface and display: amounts are integer minor units of an ISO 4217
 * currency (12345 EUR = 123.45 EUR, 12345 JPY = 12345 JPY, 12345 KWD = 12.345 KWD).
 */
import { currencyExponent, isCurrencyCode, parseDecimalAmount } from '@crm/core';
import { FALLBACK_EXPONENT, formatMoneyLabel, toStoredInteger } from '@crm/studio';

/** Reads minor units from what Directus hands over: a number, or a text for bigInteger on PostgreSQL. */
export function toMinor(value: unknown): number | null {
	return toStoredInteger(typeof value === 'bigint' ? Number(value) : value);
}

/** An ISO code if `value` is one (lower case is accepted), otherwise null. */
export function normalizeCurrency(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	const code = value.trim().toUpperCase();
	return isCurrencyCode(code) ? code : null;
}

export interface CurrencySource {
	/** Interface/display option: a fixed currency that wins over the record's. */
	fixedCurrency?: string | null;
	/** Interface option: the sibling field that holds the record's currency (default `currency`). */
	currencyField?: string | null;
	/** The record's values (the item page's `values` injection). */
	values?: Record<string, unknown> | null;
	/** The field shown: amounts named `*_base` are in the base currency, not the record's. */
	field?: string | null;
	/** The server's base currency (GET /crm/settings), once known. */
	baseCurrency?: string | null;
}

export const DEFAULT_CURRENCY_FIELD = 'currency';

/** Whether an amount is in the server's base currency, whatever the record's: `gross_total_base`, `amount_base`. */
export function isBaseAmount(field: string | null | undefined): boolean {
	return typeof field === 'string' && field.endsWith('_base');
}

/**
 * The currency of an amount: the fixed option, else the record's currency field. A `*_base` field
 * (gross_total_base, amount_base) is in the server's base currency, never the record's (which would be wrong
 * for a USD order): null until the Studio has asked the server for it.
 */
export function resolveCurrency(source: CurrencySource): string | null {
	const fixed = normalizeCurrency(source.fixedCurrency);
	if (fixed) return fixed;
	if (isBaseAmount(source.field)) return normalizeCurrency(source.baseCurrency);
	const key = source.currencyField && source.currencyField.trim() !== '' ? source.currencyField.trim() : DEFAULT_CURRENCY_FIELD;
	const values = source.values;
	if (!values || typeof values !== 'object') return null;
	return normalizeCurrency(readPath(values, key));
}

function readPath(values: Record<string, unknown>, path: string): unknown {
	let current: unknown = values;
	for (const part of path.split('.')) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<string, unknown>)[part];
	}
	return current;
}

/** Digits after the decimal point for a currency, or the fallback when it is unknown. */
export function exponentOf(currency: string | null): number {
	return currency ? currencyExponent(currency) : FALLBACK_EXPONENT;
}

/** "1,234.56 EUR", "1,235 JPY", "1.235 KWD"; without a currency just "1,234.56". Null for no amount. */
export function formatMoney(value: unknown, currency: string | null): string | null {
	const minor = toMinor(value);
	return minor === null ? null : formatMoneyLabel(minor, currency);
}

export type ParsedMoney = { ok: true; value: number | null } | { ok: false; error: string };

/**
 * What the user typed → minor units. Empty is null; thousands separators (",", spaces, apostrophes)
 * are ignored; more decimals than the currency has, letters or a sign where none is allowed are errors.
 */
export function parseMoneyInput(text: string, currency: string | null, options: { allowNegative?: boolean } = {}): ParsedMoney {
	const trimmed = text.trim();
	if (trimmed === '') return { ok: true, value: null };
	const compact = trimmed.replace(/[\s,'\u00a0\u202f]/g, '');
	const exponent = exponentOf(currency);
	const label = currency ?? 'this currency';
	if (!/^-?\d+(\.\d+)?$/.test(compact) && !/^-?\.\d+$/.test(compact)) {
		return { ok: false, error: `"${trimmed}" is not an amount; type digits with "." before the ${exponent === 0 ? 'end (no decimals)' : 'decimals'}, e.g. ${exampleFor(exponent)}.` };
	}
	const normalized = compact.replace(/^(-?)\./, '$10.');
	const decimals = normalized.split('.')[1]?.length ?? 0;
	if (decimals > exponent) {
		return { ok: false, error: exponent === 0 ? `${label} has no decimals.` : `${label} has at most ${exponent} decimals.` };
	}
	if (normalized.startsWith('-') && !options.allowNegative) return { ok: false, error: 'The amount cannot be negative.' };
	try {
		const value = parseDecimalAmount(normalized, currency ?? 'EUR');
		return { ok: true, value: Object.is(value, -0) ? 0 : value };
	} catch {
		return { ok: false, error: `"${trimmed}" is too large.` };
	}
}

function exampleFor(exponent: number): string {
	return exponent === 0 ? '1234' : `1234.${'5'.repeat(exponent)}`;
}

import { CrmError } from '../errors/crm-error.ts';
import { currencyExponent } from './currency.ts';

/** An amount in integer minor units of its currency (cents for EUR). Never a float. */
export interface Money {
	amount: number;
	currency: string;
}

/** Reads minor units from a number or an integer string (PostgreSQL returns bigint as text). */
export function toMinorUnits(value: unknown, field = 'amount'): number {
	const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
	if (typeof n !== 'number' || !Number.isSafeInteger(n)) throw new CrmError('CRM_INVALID_AMOUNT', `"${field}" must be a whole number of minor units (e.g. 1999 for 19.99), got ${JSON.stringify(value)}.`, { field });
	return n;
}

/** Parses a decimal text ("19.99", "-5", "1000.5") into exact minor units; more decimals than the currency has is an error. */
export function parseDecimalAmount(text: string, currency: string): number {
	const exponent = currencyExponent(currency);
	const m = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text.trim());
	if (!m || (m[3]?.length ?? 0) > exponent) throw new CrmError('CRM_INVALID_AMOUNT', `"${text}" is not an amount in ${currency} (at most ${exponent} decimals).`, { currency });
	const minor = BigInt(m[2]! + (m[3] ?? '').padEnd(exponent, '0'));
	return toMinorUnits(String(m[1] ? -minor : minor));
}

/** Formats minor units as a plain decimal text with the currency's digits: 123456 EUR → "1234.56". */
export function formatDecimalAmount(amount: number, currency: string): string {
	const exponent = currencyExponent(currency);
	const sign = amount < 0 ? '-' : '';
	const digits = String(Math.abs(amount)).padStart(exponent + 1, '0');
	return exponent === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

import { formatDecimalAmount } from '@crm/core';

/** Digits used when an amount's currency is unknown (most currencies have two). */
export const FALLBACK_EXPONENT = 2;

/** Plain decimal text with the currency's digits: 123456 EUR → "1234.56"; two digits when the currency is null. */
export function toDecimalText(minor: number, currency: string | null): string {
	if (currency) return formatDecimalAmount(minor, currency);
	const sign = minor < 0 ? '-' : '';
	const digits = String(Math.abs(minor)).padStart(FALLBACK_EXPONENT + 1, '0');
	return `${sign}${digits.slice(0, -FALLBACK_EXPONENT)}.${digits.slice(-FALLBACK_EXPONENT)}`;
}

import { currencyExponent } from '@crm/core';

/** Minor → major units, for drawing only (labels and tooltips use the exact minor units). */
export function toMajor(minor: number, currency: string): number {
	return minor / 10 ** currencyExponent(currency);
}

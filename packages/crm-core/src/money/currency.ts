import { CrmError } from '../errors/crm-error.ts';

// ISO 4217 currencies whose minor unit is not the hundredth.
const EXPONENTS: Readonly<Record<string, number>> = {
	BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, UYI: 0, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
	BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
	CLF: 4, UYW: 4,
};

const CODE = /^[A-Z]{3}$/;

export function isCurrencyCode(value: unknown): value is string {
	return typeof value === 'string' && CODE.test(value);
}

/** Digits after the decimal point of a currency's minor unit (EUR 2, JPY 0, KWD 3). */
export function currencyExponent(currency: string): number {
	if (!isCurrencyCode(currency)) throw new CrmError('CRM_INVALID_CURRENCY', `"${currency}" is not an ISO 4217 currency code (three capital letters).`, { currency });
	return EXPONENTS[currency] ?? 2;
}

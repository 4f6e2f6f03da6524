import { CrmError } from '../errors/crm-error.ts';
import { parseRate } from '../money/convert-currency.ts';
import { currencyExponent } from '../money/currency.ts';
import { assertIsoDay } from '../calendar/calendar-day.ts';
import type { SettlementDocumentBase } from './settlement-documents.ts';

/** Throws CRM_INVALID_AMOUNT unless `amount` is a whole number of minor units above zero (or zero when allowed). */
export function assertMinorUnits(amount: number, field: string, allowZero = false): void {
	if (!Number.isSafeInteger(amount) || amount < 0 || (amount === 0 && !allowZero)) {
		const expected = allowZero ? 'zero or more' : 'more than zero';
		throw new CrmError('CRM_INVALID_AMOUNT', `"${field}" must be a whole number of minor units, ${expected}, got ${JSON.stringify(amount)}.`, { field });
	}
}

/**
 * Checks what every builder relies on before it writes an entry: an entry that cannot be undone
 * (the ledger is append-only) must not be written from a malformed document.
 */
export function assertSettlementDocument(document: SettlementDocumentBase, options: { allowZero?: boolean } = {}): void {
	if (typeof document.customerId !== 'string' || document.customerId === '') throw new CrmError('CRM_REQUIRED_FIELD', 'A settlement document needs its customer.', { field: 'customerId' });
	if (typeof document.key !== 'string' || document.key === '') throw new CrmError('CRM_REQUIRED_FIELD', 'A settlement document needs its key.', { field: 'key' });
	assertIsoDay(document.date, 'date');
	assertMinorUnits(document.amount, 'amount', options.allowZero);
	currencyExponent(document.currency);
	currencyExponent(document.baseCurrency);
	// Parsed even when the currency is the base currency: a wrong rate is a bug worth reporting early.
	parseRate(document.rateToBase);
}

import { convertCurrency } from '../money/convert-currency.ts';
import type { SettlementDocumentBase } from './settlement-documents.ts';

/** `amount` (signed, in the document's currency) in the base currency at the document's rate, half-even. */
export function convertToBase(amount: number, document: SettlementDocumentBase): number {
	return convertCurrency({ amount, currency: document.currency }, document.baseCurrency, document.rateToBase, 'half-even').amount;
}

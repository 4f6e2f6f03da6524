import { convertCurrency, parseRate } from '../money/convert-currency.ts';
import { assertMinorUnits } from './assert-settlement-document.ts';
import { type InvoicePosition, type InvoiceTerms, invoicePositionAfter } from './invoice-position.ts';
import type { LedgerEntry } from './ledger-entry.ts';

/** A document that settles (part of) an invoice: an allocation of a payment, or a credit note. */
export interface InvoiceSettlement {
	/** What the document posts; its entry on the invoice is the one measured. */
	entries: readonly LedgerEntry[];
	/** The document's rate to the base currency, exact decimal text. */
	rateToBase: string;
}

/**
 * What the open amount of an invoice is carried at in the base currency when `open` of its gross is
 * left: its base amount less the cumulative share of what is settled, both at the invoice's own rate.
 * Cumulative, so that a part settlement and the rest add up to the invoice's base amount exactly.
 */
function carriedBase(invoice: InvoiceTerms, open: number): number {
	const atInvoiceRate = (amount: number) => convertCurrency({ amount, currency: invoice.currency }, invoice.baseCurrency, invoice.rateToBase, 'half-even').amount;
	return atInvoiceRate(invoice.gross) - atInvoiceRate(invoice.gross - open);
}

/** At least four decimals, as rates are quoted: '0.9' → '0.9000', '1.08451' stays. */
function formatRate(rate: string): string {
	const [whole, decimals = ''] = rate.trim().split('.');
	return `${whole}.${decimals.padEnd(4, '0')}`;
}

/**
 * The realised exchange difference of a settlement of a foreign-currency invoice. The settling
 * document is booked at its own rate; this entry (amount 0 in the invoice's currency, only a base
 * amount) brings the invoice's base amount to what its remaining open amount is carried at, at the
 * invoice's rate. So a settled invoice is exactly 0 in the base currency too, and what the customer
 * paid more (gain, positive) or less (loss, negative) in base value is recognised as it is realised.
 *
 * The invoice's base amount before the settlement is taken from the ledger rather than recomputed, so
 * a stray minor unit left by an earlier reversal is absorbed by the next settlement.
 *
 * @param position the invoice before the settlement (its entries so far).
 * @returns no entry for a base-currency invoice, a settlement that does not touch the invoice, or a
 *   difference of zero.
 */
export function postExchangeDifference(position: InvoicePosition, settlement: InvoiceSettlement): LedgerEntry[] {
	if (position.currency === position.baseCurrency) return [];
	assertMinorUnits(position.gross, 'gross', true);
	parseRate(settlement.rateToBase);
	const settling = settlement.entries.find((entry) => entry.invoiceKey === position.key);
	if (!settling) return [];

	const after = invoicePositionAfter(position, settlement.entries);
	const difference = carriedBase(position, after.open) - after.openBase;
	if (difference === 0) return [];
	return [
		{
			customerId: settling.customerId,
			entryDate: settling.entryDate,
			kind: 'exchange_difference',
			documentCollection: settling.documentCollection,
			documentKey: settling.documentKey,
			invoiceKey: position.key,
			amount: 0,
			currency: position.currency,
			amountBase: difference,
			description: `Exchange ${difference > 0 ? 'gain' : 'loss'} on invoice ${position.number}: rate ${formatRate(position.rateToBase)} → ${formatRate(settlement.rateToBase)}`,
		},
	];
}

import { CrmError } from '../errors/crm-error.ts';
import { assertMinorUnits, assertSettlementDocument } from './assert-settlement-document.ts';
import { convertToBase } from './convert-to-base.ts';
import type { InvoicePosition } from './invoice-position.ts';
import type { LedgerEntry } from './ledger-entry.ts';
import { postExchangeDifference } from './post-exchange-difference.ts';
import { SETTLEMENT_COLLECTIONS } from './settlement-collections.ts';
import type { AllocationDocument } from './settlement-documents.ts';

/** Throws unless the allocation is in the currency of its invoice and of its payment. */
export function assertAllocationCurrency(allocation: AllocationDocument): void {
	for (const [side, currency] of [['invoice', allocation.invoiceCurrency], ['payment', allocation.paymentCurrency]] as const) {
		if (allocation.currency !== currency) {
			throw new CrmError('CRM_CURRENCY_MISMATCH', `An allocation must be in its ${side}'s currency (${currency}), not ${allocation.currency}.`, {
				field: 'currency',
				[`${side}Currency`]: currency,
				currency: allocation.currency,
			});
		}
	}
}

/**
 * Moves money from the customer's unallocated credit onto an invoice: +amount on null and −amount on
 * the invoice, both with one base amount, so the pair itself never changes the base balance. That
 * base amount is the allocation's cumulative share of the payment at the payment's rate, so a fully
 * allocated payment clears its own base amount exactly. When the invoice was issued at another rate,
 * the realised exchange difference follows (see postExchangeDifference).
 *
 * @param invoice where the invoice stands before this allocation.
 */
export function postAllocation(allocation: AllocationDocument, invoice: InvoicePosition): LedgerEntry[] {
	assertSettlementDocument(allocation);
	for (const field of ['paymentKey', 'invoiceKey'] as const) {
		if (typeof allocation[field] !== 'string' || allocation[field] === '') throw new CrmError('CRM_REQUIRED_FIELD', `An allocation needs its ${field}.`, { field });
	}
	assertMinorUnits(allocation.paymentAllocatedBefore, 'paymentAllocatedBefore', true);
	assertAllocationCurrency(allocation);
	if (invoice.key !== allocation.invoiceKey || invoice.currency !== allocation.invoiceCurrency || invoice.baseCurrency !== allocation.baseCurrency) {
		throw new CrmError('CRM_DOCUMENT_MISMATCH', `The invoice facts given are of ${invoice.number}, not of the allocation's invoice ${allocation.invoiceNumber}.`, { invoiceKey: allocation.invoiceKey });
	}

	const before = allocation.paymentAllocatedBefore;
	const amountBase = convertToBase(before + allocation.amount, allocation) - convertToBase(before, allocation);
	const base = {
		customerId: allocation.customerId,
		entryDate: allocation.date,
		kind: 'allocation',
		documentCollection: SETTLEMENT_COLLECTIONS.allocation,
		documentKey: allocation.key,
		currency: allocation.currency,
		description: `Payment ${allocation.paymentNumber} allocated to invoice ${allocation.invoiceNumber}`,
	} as const;
	const pair: LedgerEntry[] = [
		{ ...base, invoiceKey: null, amount: allocation.amount, amountBase },
		{ ...base, invoiceKey: allocation.invoiceKey, amount: -allocation.amount, amountBase: -amountBase },
	];
	return [...pair, ...postExchangeDifference(invoice, { entries: pair, rateToBase: allocation.rateToBase })];
}

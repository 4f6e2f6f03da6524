import { CrmError } from '../errors/crm-error.ts';
import { assertSettlementDocument } from './assert-settlement-document.ts';
import { convertToBase } from './convert-to-base.ts';
import type { LedgerEntry } from './ledger-entry.ts';
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
 * the invoice. The base amount is computed once and used with both signs, so an allocation can never
 * change the customer's base-currency balance through rounding.
 */
export function postAllocation(allocation: AllocationDocument): LedgerEntry[] {
	assertSettlementDocument(allocation);
	for (const field of ['paymentKey', 'invoiceKey'] as const) {
		if (typeof allocation[field] !== 'string' || allocation[field] === '') throw new CrmError('CRM_REQUIRED_FIELD', `An allocation needs its ${field}.`, { field });
	}
	assertAllocationCurrency(allocation);
	const amountBase = convertToBase(allocation.amount, allocation);
	const base = {
		customerId: allocation.customerId,
		entryDate: allocation.date,
		kind: 'allocation',
		documentCollection: SETTLEMENT_COLLECTIONS.allocation,
		documentKey: allocation.key,
		currency: allocation.currency,
		description: `Payment ${allocation.paymentNumber} allocated to invoice ${allocation.invoiceNumber}`,
	} as const;
	return [
		{ ...base, invoiceKey: null, amount: allocation.amount, amountBase },
		{ ...base, invoiceKey: allocation.invoiceKey, amount: -allocation.amount, amountBase: -amountBase },
	];
}

import { CrmError } from '../errors/crm-error.ts';

/** The statuses of crm_invoices (kind invoice). */
export type DerivedInvoiceStatus = 'issued' | 'partially_paid' | 'paid' | 'credited';

function whole(value: number, field: string, nonNegative: boolean): void {
	if (!Number.isSafeInteger(value) || (nonNegative && value < 0)) {
		throw new CrmError('CRM_INVALID_AMOUNT', `"${field}" must be a whole number of minor units${nonNegative ? ' ≥ 0' : ''}, got ${JSON.stringify(value)}.`, { field });
	}
}

/**
 * An invoice's status from its amounts, in minor units of its currency:
 * `gross` its gross total, `open` what the ledger still has open on it (invoice − credit notes −
 * allocated payments; negative when over-settled), `credited` the sum of its credit notes.
 * What was paid is therefore gross − credited − open.
 *
 * - credited in full (credited ≥ gross > 0) and nothing paid → credited;
 * - nothing open (open ≤ 0) → paid;
 * - something paid and something open → partially_paid;
 * - nothing paid → issued, also after a partial credit: a credit note lowers the debt but is not a payment.
 */
export function deriveInvoiceStatus(input: { gross: number; open: number; credited: number }): DerivedInvoiceStatus {
	whole(input.gross, 'gross', true);
	whole(input.open, 'open', false);
	whole(input.credited, 'credited', true);
	const paid = input.gross - input.credited - input.open;
	if (input.credited > 0 && input.credited >= input.gross && paid <= 0) return 'credited';
	if (input.open <= 0) return 'paid';
	return paid > 0 ? 'partially_paid' : 'issued';
}

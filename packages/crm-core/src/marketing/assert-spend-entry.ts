import { CrmError } from '../errors/crm-error.ts';

/** A spend entry moves money: an amount of zero books nothing and is refused, so the ledger holds only real costs. */
export function assertSpendEntry(entry: Record<string, unknown>): void {
	const amount = entry['amount_base'];
	if (amount === 0 || amount === '0') throw new CrmError('CRM_OUT_OF_RANGE', '"amount_base" is 0: book the amount spent, or a negative amount to correct an earlier entry.', { field: 'amount_base' });
}

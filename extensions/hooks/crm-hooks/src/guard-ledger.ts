import { guardAppendOnly } from './guard-append-only.ts';
import type { CrmHooks } from './hook-kit.ts';

export const LEDGER = 'crm_ledger_entries';

/** The settlement ledger is append-only (S6): only the CRM posts entries, and nobody edits or deletes them. */
export function guardLedgerWrites(hooks: CrmHooks): void {
	guardAppendOnly(hooks, LEDGER, {
		create: 'Ledger entries are posted by the CRM from invoices, credit notes and payments.',
		changed: 'Ledger entries are never changed or deleted; post a correcting document instead.',
	});
}

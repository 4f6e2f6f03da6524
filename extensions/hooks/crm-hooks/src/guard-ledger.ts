import { CrmError } from '@crm/core';
import { isTrustedWrite } from '@crm/directus';
import type { CrmHooks } from './hook-kit.ts';

export const LEDGER = 'crm_ledger_entries';

/** The settlement ledger is append-only (S6): only the CRM posts entries, and nobody edits or deletes them. */
export function guardLedger(action: 'create' | 'update' | 'delete'): void {
	if (action === 'create' && isTrustedWrite()) return;
	throw new CrmError(
		'CRM_LEDGER_APPEND_ONLY',
		action === 'create' ? 'Ledger entries are posted by the CRM from invoices, credit notes and payments.' : 'Ledger entries are never changed or deleted; post a correcting document instead.',
		{ collection: LEDGER },
	);
}

export function guardLedgerWrites(hooks: CrmHooks): void {
	hooks.onCreate(LEDGER, () => guardLedger('create'));
	hooks.onUpdate(LEDGER, () => guardLedger('update'));
	hooks.onDelete(LEDGER, () => guardLedger('delete'));
}

import { CrmError } from '@crm/core';
import { isTrustedWrite } from '@crm/directus';
import type { CrmHooks, Payload } from './hook-kit.ts';

export interface AppendOnlyRules {
	/** Who writes the rows: the CRM alone (the message tells a client why not), or clients, through this check. */
	create: string | ((data: Payload) => void);
	/** Why a row is never changed or deleted, and what to do instead. */
	changed: string;
}

/**
 * A ledger-like collection: rows are written once and never changed or deleted, by anyone
 * (`CRM_LEDGER_APPEND_ONLY`). The settlement ledger, segment history and campaign spend follow it.
 */
export function guardAppendOnly(hooks: CrmHooks, collection: string, rules: AppendOnlyRules): void {
	const refuse = (message: string) => {
		throw new CrmError('CRM_LEDGER_APPEND_ONLY', message, { collection });
	};
	hooks.onCreate(collection, (data) => {
		if (typeof rules.create === 'function') return void rules.create(data);
		if (!isTrustedWrite()) refuse(rules.create);
	});
	hooks.onUpdate(collection, () => refuse(rules.changed));
	hooks.onDelete(collection, () => refuse(rules.changed));
}

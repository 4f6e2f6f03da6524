import { assertSpendEntry } from '@crm/core';
import { guardAppendOnly } from './guard-append-only.ts';
import type { CrmHooks } from './hook-kit.ts';

/** Campaign spend is a ledger (M3.4): marketing books entries, nobody changes them; a correction is a new entry. */
export function guardCampaignSpend(hooks: CrmHooks): void {
	guardAppendOnly(hooks, 'crm_campaign_spend', {
		create: assertSpendEntry,
		changed: 'Campaign spend is never changed or deleted: book a correcting entry with the opposite amount.',
	});
}

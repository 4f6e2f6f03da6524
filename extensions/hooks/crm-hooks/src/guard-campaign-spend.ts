import { assertSpendEntry, CrmError } from '@crm/core';
import type { CrmHooks } from './hook-kit.ts';

const SPEND = 'crm_campaign_spend';

/** Campaign spend is a ledger (M3.4): entries are booked and never changed; a correction is a new entry. */
export function guardCampaignSpend(hooks: CrmHooks): void {
	hooks.onCreate(SPEND, (data) => void assertSpendEntry(data));
	hooks.onUpdate(SPEND, () => {
		throw new CrmError('CRM_LEDGER_APPEND_ONLY', 'Campaign spend is never changed: book a correcting entry with the opposite amount.', { collection: SPEND });
	});
	hooks.onDelete(SPEND, () => {
		throw new CrmError('CRM_LEDGER_APPEND_ONLY', 'Campaign spend is never deleted: book a correcting entry with the opposite amount.', { collection: SPEND });
	});
}

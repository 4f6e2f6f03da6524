import { assertValidTemplate } from '@crm/core';
import { guardAppendOnly } from './guard-append-only.ts';
import type { CrmHooks, Payload } from './hook-kit.ts';

function checkTemplate(data: Payload): void {
	for (const field of ['email_subject', 'email_body']) if (typeof data[field] === 'string') assertValidTemplate(field, data[field]);
}

/**
 * A campaign's e-mail names only merge fields that exist, checked when it is saved rather than when it
 * is sent. Members and touches are written by the CRM alone and kept as they happened.
 */
export function guardCampaigns(hooks: CrmHooks): void {
	hooks.onCreate('crm_campaigns', (data) => checkTemplate(data));
	hooks.onUpdate('crm_campaigns', (data) => checkTemplate(data));
	guardAppendOnly(hooks, 'crm_campaign_members', {
		create: 'Members come from the campaign\'s segments: add them with "Add members" on the campaign (POST /crm/campaigns/{id}/members).',
		changed: 'A member keeps what happened to it: log a call or visit as a touch (POST /crm/campaign-members/{id}/touches), which also ends its task; to leave someone out of later sends, withdraw their consent on the contact.',
	});
	guardAppendOnly(hooks, 'crm_campaign_touches', {
		create: 'Touches are recorded by the CRM as they happen (sends, opens, clicks, unsubscribes).',
		changed: 'A touch is a record of what happened: it is never changed or deleted.',
	});
}

import { CrmError } from '@crm/core';
import type { EndpointExtensionContext } from '@directus/types';
import type { Router } from 'express';
import { asyncRoute } from '../async-route.ts';
import { serviceOptionsOf } from '../directus-request.ts';

/**
 * GET /crm/settings — what the Studio must know of this server's CRM settings to show amounts: the base currency
 * (CRM_BASE_CURRENCY) that every `*_base` amount is in. Any signed-in user; nothing about the data.
 */
export function registerSettingsRoute(router: Router, context: EndpointExtensionContext): void {
	const base = String(context.env['CRM_BASE_CURRENCY'] ?? 'EUR');
	router.get('/settings', asyncRoute(async (req) => {
		const { accountability } = await serviceOptionsOf(req, context.getSchema);
		if (!accountability?.user) throw new CrmError('CRM_NOT_PERMITTED', 'Sign in to read the CRM settings.', {});
		return { data: { base_currency: base } };
	}));
}

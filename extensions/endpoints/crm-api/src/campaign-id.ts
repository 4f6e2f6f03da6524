import { CrmError, isUuid } from '@crm/core';
import type { Request } from 'express';

/** The campaign named by the route's `:id`; a malformed id is a campaign that does not exist. */
export function campaignId(req: Request): string {
	const id = String(req.params['id']);
	if (!isUuid(id)) throw new CrmError('CRM_NOT_FOUND', `There is no campaign "${id}".`, { parameter: 'id' });
	return id;
}

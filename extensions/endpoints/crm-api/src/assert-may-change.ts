import { CrmError } from '@crm/core';
import type { EndpointExtensionContext } from '@directus/types';
import type { ServiceOptions } from './directus-request.ts';

/** The caller may read the record and change it; else CRM_NOT_FOUND (hidden) or CRM_NOT_PERMITTED with `why`. */
export async function assertMayChange(services: EndpointExtensionContext['services'], options: ServiceOptions, collection: string, id: string, why: string): Promise<void> {
	await new services.ItemsService(collection, options).readOne(id, { fields: ['id'] });
	if (!options.accountability || options.accountability.admin) return;
	const allowed = await new services.PermissionsService(options).getItemPermissions(collection, id);
	if (!allowed.update.access) throw new CrmError('CRM_NOT_PERMITTED', why, { collection, id });
}

import { idsMentioned, skillCodesMentioned, type StoredDecision } from '@crm/core';
import type { EndpointExtensionContext, Filter } from '@directus/types';
import type { ServiceOptions } from '../directus-request.ts';
import { ifPermitted } from '../if-permitted.ts';

type Services = EndpointExtensionContext['services'];

/** The collections whose ids routing decisions hold or write into their texts (rules match on products and groups). */
const NAMED_BY_ID = ['crm_service_request_types', 'crm_service_categories', 'crm_service_teams', 'crm_service_specialists', 'crm_products', 'crm_product_groups'];

interface NameRow {
	id?: unknown;
	code?: unknown;
	name?: unknown;
}

/**
 * Names of what the decisions mention, read under the caller's policy: a collection or row they may
 * not read adds no name (the page then names it neutrally). Only the ids mentioned are asked for.
 */
export async function loadMentionedNames(services: Services, options: ServiceOptions, decisions: readonly StoredDecision[]): Promise<{ names: Map<string, string>; skillNames: Map<string, string> }> {
	const ids = idsMentioned(decisions);
	const codes = skillCodesMentioned(decisions);
	const read = (collection: string, filter: Filter, fields: string[]) => ifPermitted(async () => (await new services.ItemsService(collection, options).readByQuery({ filter, fields, limit: -1 })) as NameRow[], []);
	const [named, skills] = await Promise.all([
		ids.length === 0 ? [] : Promise.all(NAMED_BY_ID.map((c) => read(c, { id: { _in: ids } }, ['id', 'name']))),
		codes.length === 0 ? [] : read('crm_service_skills', { code: { _in: codes } }, ['code', 'name']),
	]);
	const names = new Map(named.flat().filter((r) => typeof r.name === 'string').map((r) => [String(r.id), String(r.name)]));
	const skillNames = new Map(skills.filter((r) => typeof r.name === 'string').map((r) => [String(r.code), String(r.name)]));
	return { names, skillNames };
}

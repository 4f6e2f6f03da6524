import type { ServiceContractTerms, ServiceMapTerms } from '@crm/core';
import type { Knex } from 'knex';
import { queryAll } from '../query-all.ts';
import { readReference } from '../reference-data/reference-data.ts';
import { type LoadedTerms, toContractTerms, toServiceMapTerms } from './sla-terms-rows.ts';

export type { LoadedTerms, WarnShares } from './sla-terms-rows.ts';

type Row = Record<string, unknown>;

/** The customer's contracts with coverage and targets, as pickServiceContract reads them. */
export async function loadContractsOf(knex: Knex, customerId: string): Promise<LoadedTerms<ServiceContractTerms>[]> {
	const contracts = (await knex('crm_service_contracts').where('customer', customerId).select('id', 'code', 'level', 'active', 'valid_from', 'valid_to', 'calendar')) as Row[];
	if (contracts.length === 0) return [];
	const ids = contracts.map((c) => String(c['id']));
	const [targets, products, groups, categories] = await queryAll(knex, [
		() => knex('crm_sla_targets').whereIn('contract', ids).select('contract', 'priority', 'response_minutes', 'resolution_minutes', 'warn_at_percent') as Promise<Row[]>,
		() => knex('crm_service_contracts_products').whereIn('crm_service_contracts_id', ids).select('crm_service_contracts_id as owner', 'crm_products_id as id') as Promise<Row[]>,
		() => knex('crm_service_contracts_product_groups').whereIn('crm_service_contracts_id', ids).select('crm_service_contracts_id as owner', 'crm_product_groups_id as id') as Promise<Row[]>,
		() => knex('crm_service_contracts_categories').whereIn('crm_service_contracts_id', ids).select('crm_service_contracts_id as owner', 'crm_service_categories_id as id') as Promise<Row[]>,
	] as const);
	return contracts.map((c) => {
		const id = String(c['id']);
		const owned = (rows: Row[]) => rows.filter((r) => String(r['owner']) === id && r['id'] !== null).map((r) => String(r['id']));
		return toContractTerms(c, { targets: targets.filter((t) => String(t['contract']) === id), productIds: owned(products), productGroupIds: owned(groups), categoryIds: owned(categories) });
	});
}

/** The active service map for a customer status, with its targets and ordered steps. */
export async function loadServiceMapFor(knex: Knex, customerStatus: string | null): Promise<LoadedTerms<ServiceMapTerms> | null> {
	if (!customerStatus) return null;
	return readReference(knex, `service-map:${customerStatus}`, () => readServiceMapFor(knex, customerStatus));
}

async function readServiceMapFor(knex: Knex, customerStatus: string): Promise<LoadedTerms<ServiceMapTerms> | null> {
	const map = (await knex('crm_service_maps').where({ customer_status: customerStatus, active: true }).first('id', 'name', 'customer_status', 'calendar')) as Row | undefined;
	return map ? loadServiceMap(knex, map) : null;
}

export async function loadServiceMapById(knex: Knex, id: string | null): Promise<LoadedTerms<ServiceMapTerms> | null> {
	if (!id) return null;
	const map = (await knex('crm_service_maps').where({ id }).first('id', 'name', 'customer_status', 'calendar')) as Row | undefined;
	return map ? loadServiceMap(knex, map) : null;
}

async function loadServiceMap(knex: Knex, map: Row): Promise<LoadedTerms<ServiceMapTerms>> {
	const id = String(map['id']);
	const [targets, steps] = await queryAll(knex, [
		() => knex('crm_sla_targets').where('service_map', id).select('priority', 'response_minutes', 'resolution_minutes', 'warn_at_percent') as Promise<Row[]>,
		() => knex('crm_service_map_steps').where('service_map', id).orderBy([{ column: 'sort' }, { column: 'id' }]).select('id', 'sort', 'kind', 'name', 'target_minutes') as Promise<Row[]>,
	] as const);
	return toServiceMapTerms(map, targets, steps);
}

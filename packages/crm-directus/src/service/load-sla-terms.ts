import { isServicePriority, type ServiceContractTerms, type ServiceMapTerms, type ServiceStep, type SlaTarget } from '@crm/core';
import type { Knex } from 'knex';
import { queryAll } from '../query-all.ts';
import { readReference } from '../reference-data/reference-data.ts';
import { toDay } from '../load-pricing-context.ts';

type Row = Record<string, unknown>;

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
function targetsOf(rows: Row[]): SlaTarget[] {
	return rows.flatMap((r) => (isServicePriority(r['priority']) ? [{ priority: r['priority'], responseMinutes: num(r['response_minutes']), resolutionMinutes: num(r['resolution_minutes']) }] : []));
}

/** Warn share per priority of a contract's or map's targets (80 unless set). */
export type WarnShares = Map<string, number>;

export interface LoadedTerms<T> {
	terms: T;
	warnAtPercent: WarnShares;
}

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
	return contracts.map((c) => toContractTerms(c, { targets, products, groups, categories }));
}

/** A contract row with its targets and what it covers (products, product groups, categories). */
function toContractTerms(c: Row, related: { targets: Row[]; products: Row[]; groups: Row[]; categories: Row[] }): LoadedTerms<ServiceContractTerms> {
	const id = String(c['id']);
	const of = (rows: Row[]) => rows.filter((r) => String(r['owner']) === id && r['id'] !== null).map((r) => String(r['id']));
	const own = related.targets.filter((t) => String(t['contract']) === id);
	const level = (['basic', 'standard', 'premium'].includes(String(c['level'])) ? c['level'] : 'standard') as ServiceContractTerms['level'];
	return {
		terms: { id, code: String(c['code']), level, active: Boolean(c['active']), validFrom: toDay(c['valid_from']), validTo: toDay(c['valid_to']), coveredProductIds: of(related.products), coveredProductGroupIds: of(related.groups), coveredCategoryIds: of(related.categories), targets: targetsOf(own), calendarId: (c['calendar'] as string | null) ?? null },
		warnAtPercent: new Map(own.map((t) => [String(t['priority']), Number(t['warn_at_percent'] ?? 80)])),
	};
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
	return {
		terms: {
			id,
			name: String(map['name']),
			customerStatus: String(map['customer_status']),
			targets: targetsOf(targets),
			steps: steps.map((s) => ({ id: String(s['id']), sort: Number(s['sort']), kind: String(s['kind']) as ServiceStep['kind'], name: String(s['name']), targetMinutes: num(s['target_minutes']) })),
			calendarId: (map['calendar'] as string | null) ?? null,
		},
		warnAtPercent: new Map(targets.map((t) => [String(t['priority']), Number(t['warn_at_percent'] ?? 80)])),
	};
}

import type { LogisticsCost, PlaceNames, ProfitabilityPeriod, ShipmentGroup, ShipmentKind } from '@crm/core';
import type { Knex } from 'knex';
import { textOrNull } from '../db-cells.ts';
import { dayForDriver } from '../ledger-rows.ts';
import { queryAll } from '../query-all.ts';
import { inScope, narrowed, type ProfitScope, whole } from './profit-sql.ts';

type Row = Record<string, unknown>;

/** Per customer: shipments of the period by kind, warehouse and the customer's region (the region they have now). */
function shipmentsQuery(knex: Knex, period: ProfitabilityPeriod, scope: ProfitScope): Promise<Row[]> {
	const q = knex('crm_shipments as sh')
		.join('crm_orders as o', 'o.id', 'sh.order')
		.join('crm_customers as c', 'c.id', 'o.customer')
		.where('sh.shipped_on', '>=', dayForDriver(knex, period.from))
		.where('sh.shipped_on', '<=', dayForDriver(knex, period.to));
	return narrowed(q, 'o.customer', scope).groupBy('o.customer', 'sh.kind', 'sh.warehouse', 'c.region').select('o.customer', 'sh.kind', 'sh.warehouse', 'c.region', knex.raw('COUNT(*) as shipments'));
}

const toCost = (r: Row): LogisticsCost => ({ id: String(r['id']), kind: textOrNull(r['kind']) as ShipmentKind | null, warehouse: textOrNull(r['warehouse']), region: textOrNull(r['region']), costBase: whole(r['cost_base']) });

/** Warehouses by code and regions by name, for the explanations. */
async function loadPlaceNames(knex: Knex): Promise<PlaceNames> {
	const [warehouses, regions] = await queryAll(knex, [() => knex('crm_warehouses').select('id', 'code') as Promise<Row[]>, () => knex('crm_regions').select('id', 'name') as Promise<Row[]>]);
	const codes = new Map(warehouses.map((w) => [String(w['id']), String(w['code'])]));
	const names = new Map(regions.map((r) => [String(r['id']), String(r['name'])]));
	return { warehouse: (id) => codes.get(id) ?? 'a warehouse', region: (id) => names.get(id) ?? 'a region' };
}

export interface LogisticsSide {
	shipments: Map<string, ShipmentGroup[]>;
	table: LogisticsCost[];
	names: PlaceNames;
}

/** Shipments per customer (one GROUP BY), the logistics cost table and the names of places. */
export async function loadLogisticsFacts(knex: Knex, period: ProfitabilityPeriod, scope: ProfitScope): Promise<LogisticsSide> {
	const [rows, table, names] = await queryAll(knex, [() => shipmentsQuery(knex, period, scope), () => knex('crm_logistics_costs').select('id', 'kind', 'warehouse', 'region', 'cost_base') as Promise<Row[]>, () => loadPlaceNames(knex)]);
	const shipments = new Map<string, ShipmentGroup[]>();
	for (const r of rows) {
		const customer = String(r['customer']);
		if (!inScope(scope, customer)) continue;
		const group: ShipmentGroup = { kind: String(r['kind']) as ShipmentKind, warehouse: textOrNull(r['warehouse']), region: textOrNull(r['region']), shipments: whole(r['shipments']) };
		shipments.set(customer, [...(shipments.get(customer) ?? []), group]);
	}
	return { shipments, table: table.map(toCost), names };
}

import { count, formatAmount } from './describe-amounts.ts';
import type { ShipmentKind } from '../fulfilment/parse-fulfilment-requests.ts';
import type { ShipmentGroup } from './profit-facts.ts';
import { asCost, PNL_LINE_LABELS, type PnlLine } from './pnl-lines.ts';

/** A row of the logistics cost table: null kind, warehouse or region = any. */
export interface LogisticsCost {
	id: string;
	kind: ShipmentKind | null;
	warehouse: string | null;
	region: string | null;
	/** Per shipment, minor units of the base currency. */
	costBase: number;
}

/** How specific a row is: warehouse and region, then warehouse, then region, then any; a named kind before any kind. */
function specificity(row: LogisticsCost): number {
	// warehouse + region 3, warehouse 2, region 1, any 0; doubled so that a named kind adds less than a step of place.
	const place = (row.warehouse === null ? 0 : 2) + (row.region === null ? 0 : 1);
	return place * 2 + (row.kind === null ? 0 : 1);
}

const applies = (row: LogisticsCost, s: Omit<ShipmentGroup, 'shipments'>) => (row.kind === null || row.kind === s.kind) && (row.warehouse === null || row.warehouse === s.warehouse) && (row.region === null || row.region === s.region);

/**
 * The row that prices a shipment: the most specific one that matches it (warehouse + region, then warehouse,
 * then region, then any; at each of those a row for the shipment's kind before one for any kind). Two rows
 * equally specific: the dearer one, then the lower id, so the answer never depends on the order rows are read.
 */
export function matchLogisticsCost(shipment: Omit<ShipmentGroup, 'shipments'>, table: readonly LogisticsCost[]): LogisticsCost | null {
	let best: LogisticsCost | null = null;
	for (const row of table) {
		if (!applies(row, shipment)) continue;
		const better = best === null || specificity(row) > specificity(best) || (specificity(row) === specificity(best) && (row.costBase > best.costBase || (row.costBase === best.costBase && row.id < best.id)));
		if (better) best = row;
	}
	return best;
}

/** How the explanation names warehouses and regions (by code and name, never by id). */
export interface PlaceNames {
	warehouse(id: string): string;
	region(id: string): string;
}

const KIND_WORDS: Record<ShipmentKind, [string, string]> = { waybill: ['waybill', 'waybills'], service_act: ['service act', 'service acts'] };

function describeRow(row: LogisticsCost, names: PlaceNames): string {
	const from = row.warehouse === null ? 'any warehouse' : names.warehouse(row.warehouse);
	const to = row.region === null ? 'any region' : names.region(row.region);
	return `${row.kind === null ? 'any shipment' : KIND_WORDS[row.kind][0]} from ${from} to ${to}`;
}

/** The shipments priced by the row that matches each (largest first), those no row matches, and what they cost together. */
export function priceShipments(groups: readonly ShipmentGroup[], table: readonly LogisticsCost[]): { priced: { row: LogisticsCost; shipments: number }[]; unpriced: number; amount: number } {
	const byRow = new Map<string, { row: LogisticsCost; shipments: number }>();
	let unpriced = 0;
	for (const g of groups) {
		const row = matchLogisticsCost(g, table);
		if (row === null) unpriced += g.shipments;
		else byRow.set(row.id, { row, shipments: (byRow.get(row.id)?.shipments ?? 0) + g.shipments });
	}
	const priced = [...byRow.values()].sort((a, b) => b.shipments * b.row.costBase - a.shipments * a.row.costBase || a.row.id.localeCompare(b.row.id));
	return { priced, unpriced, amount: priced.reduce((s, p) => s + p.shipments * p.row.costBase, 0) };
}

/** Logistics: every shipment of the period at the cost of the row that matches it; shipments no row matches cost nothing and are counted. */
export function logisticsLine(groups: readonly ShipmentGroup[], table: readonly LogisticsCost[], base: string, names: PlaceNames): PnlLine {
	const { priced, unpriced, amount } = priceShipments(groups, table);
	const parts = priced.map((p) => `${count(p.shipments, 'shipment')} × ${formatAmount(p.row.costBase, base)} (${describeRow(p.row, names)})`);
	if (unpriced > 0) parts.push(`${count(unpriced, 'shipment')} no logistics cost row matches, at 0`);
	const explanation = parts.length === 0 ? 'No shipment in the period.' : `Shipments of the period at the most specific logistics cost that matches each: ${parts.join('; ')}.`;
	return { key: 'logistics', label: PNL_LINE_LABELS.logistics, amount: asCost(amount), explanation };
}

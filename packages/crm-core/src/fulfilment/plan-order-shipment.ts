import { CrmError, isCrmError } from '../errors/crm-error.ts';
import { planShipment, type ShipmentOrderLine, type ShipmentPlan } from '../orders/plan-shipment.ts';
import type { LineKind, StockLevel } from '../orders/stock-level.ts';
import type { RequestedQuantity, ShipmentKind } from './parse-fulfilment-requests.ts';

const KIND_OF_LINE: Readonly<Record<LineKind, ShipmentKind>> = { goods: 'waybill', service: 'service_act' };
const NOUN: Readonly<Record<ShipmentKind, string>> = { waybill: 'A waybill carries goods only', service_act: 'A service act carries services only' };

/** The kind of document that ships a line: goods go on a waybill, services on an act of services rendered. */
export function shipmentKindOf(kind: LineKind): ShipmentKind {
	return KIND_OF_LINE[kind];
}

export interface OrderShipmentPlan extends ShipmentPlan {
	kind: ShipmentKind;
}

/**
 * Decides what one shipping document carries and plans it (planShipment).
 *
 * One document has one kind, so a request never mixes goods and services:
 * - with `lines`, their order lines decide the kind; goods and services together, or lines that do not
 *   match an explicit `kind`, are CRM_MIXED_SHIPMENT (400);
 * - without `lines`, everything still to ship of `kind` ships; without `kind` either, everything still to
 *   ship, which must then be all goods or all services (CRM_MIXED_SHIPMENT otherwise: send `kind` and ship
 *   the two parts as two documents). Nothing left → CRM_NOTHING_TO_SHIP (409).
 * Errors name the request's fields (`lines[i].order_line`, `lines[i].quantity_milli`).
 */
export function planOrderShipment(input: {
	orderLines: readonly ShipmentOrderLine[];
	kind?: ShipmentKind;
	lines?: readonly RequestedQuantity[];
	stock: readonly StockLevel[];
	warehouseId?: string;
}): OrderShipmentPlan {
	const { orderLines } = input;
	let kind = input.kind;
	let request: RequestedQuantity[];

	if (input.lines !== undefined) {
		const kinds = input.lines.map((req, i) => {
			const line = orderLines.find((l) => l.lineId === req.lineId);
			if (line === undefined) throw new CrmError('CRM_REFERENCE_NOT_FOUND', `Order line ${req.lineId} is not on this order.`, { field: `lines[${i}].order_line`, lineId: req.lineId });
			return shipmentKindOf(line.kind);
		});
		kind ??= kinds[0]!;
		const other = kinds.findIndex((k) => k !== kind);
		if (other >= 0) {
			throw new CrmError('CRM_MIXED_SHIPMENT', `${NOUN[kind]}: line ${input.lines[other]!.lineId} is ${kinds[other] === 'waybill' ? 'goods' : 'a service'}. Ship goods and services as separate documents.`, {
				field: `lines[${other}].order_line`,
				kind,
			});
		}
		request = [...input.lines];
	} else {
		const open = orderLines.filter((l) => l.quantityMilli - l.shippedMilli > 0);
		const openKinds = [...new Set(open.map((l) => shipmentKindOf(l.kind)))];
		if (kind === undefined && openKinds.length > 1) {
			throw new CrmError('CRM_MIXED_SHIPMENT', 'The order still has goods and services to ship: send "kind": "waybill" for the goods or "service_act" for the services (one document each).', { field: 'kind', kinds: openKinds });
		}
		kind ??= openKinds[0];
		const chosen = open.filter((l) => shipmentKindOf(l.kind) === kind);
		if (kind === undefined || chosen.length === 0) {
			throw new CrmError('CRM_NOTHING_TO_SHIP', kind === undefined ? 'Everything on this order has shipped.' : `Nothing on this order is left to ship on a ${kind === 'waybill' ? 'waybill' : 'service act'}.`, { field: 'kind' });
		}
		request = chosen.map((l) => ({ lineId: l.lineId, quantityMilli: l.quantityMilli - l.shippedMilli }));
	}

	try {
		const plan = planShipment({ orderLines, request, stock: input.stock, ...(input.warehouseId !== undefined ? { warehouseId: input.warehouseId } : {}) });
		return { ...plan, kind };
	} catch (error) {
		throw isCrmError(error) ? renameRequestFields(error) : error;
	}
}

// planShipment speaks of request[i].lineId / .quantityMilli; the API's fields are lines[i].order_line / .quantity_milli.
function renameRequestFields(error: CrmError): CrmError {
	const field = error.details['field'];
	if (typeof field !== 'string' || !field.startsWith('request')) return error;
	const renamed = field.replace(/^request/, 'lines').replace(/\.lineId$/, '.order_line').replace(/\.quantityMilli$/, '.quantity_milli');
	return new CrmError(error.code, error.message, { ...error.details, field: renamed });
}

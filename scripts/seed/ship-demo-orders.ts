// The demo shipments go through shipOrder, as POST /crm/orders/:id/shipments does: in the order they happened,
// each against its order and lines as they stood then and the stock of that moment (demo-stock-book.ts), and
// its plan is applied as applyShipOrderPlan applies it (stock, line quantities, the order's status, the
// document through toShipmentRow).
import { type OrderStatus, type ShipmentRequest, shipmentStockScope, type ShipOrderPlan, shipOrder } from '../../packages/crm-core/src/index.ts';
import { toFulfilmentOrder, toFulfilmentOrderLine, toShipmentRow } from '../../packages/crm-directus/src/fulfilment/fulfilment-rows.ts';
import { applyStockMoves, openStockBook, reserveStock, type StockBook, stockInScope } from './demo-stock-book.ts';
import type { Uuid } from './demo-rows.ts';
import type { OrdersToCash } from './orders-to-cash-context.ts';
import type { OrderLineRow, ShipmentLineRow, ShipmentRow } from './orders-to-cash-rows.ts';
import type { OrderPlan } from './plan-demo-documents.ts';

/** A shipment the history asks for, with the keys and moment it gets. */
export interface ShipmentAsked {
	plan: OrderPlan;
	id: Uuid;
	lineIds: Uuid[];
	createdMs: number;
	request: ShipmentRequest & { shippedOn: string; lines: NonNullable<ShipmentRequest['lines']> };
}

type Event = { at: number; confirms: OrderPlan } | { at: number; ships: ShipmentAsked };

// An order cancelled after confirming released its reservation when it was cancelled, which the history does not
// date; it never ships, so it is left out rather than given a made-up cancellation moment.
const confirmedForGood = (plan: OrderPlan) => plan.row.confirmed_at !== null && plan.row.status !== 'cancelled';
const holdsStock = (plan: OrderPlan) => confirmedForGood(plan) && plan.row.warehouse !== null;

/** Confirmations and shipments in the order they happened; at the same moment the confirmation comes first. */
function eventsOf(plans: readonly OrderPlan[], asked: readonly ShipmentAsked[]): Event[] {
	const events: Event[] = [...plans.filter(confirmedForGood).map((p) => ({ at: Date.parse(p.row.confirmed_at!), confirms: p })), ...asked.map((a) => ({ at: a.createdMs, ships: a }))];
	return events.sort((a, b) => a.at - b.at || Number('ships' in a) - Number('ships' in b));
}

/** Confirming reserves each goods line in full in the order's warehouse, as confirmOrder does with stock on hand. */
function confirm(book: StockBook, status: Map<Uuid, OrderStatus>, plan: OrderPlan, isGoods: (l: OrderLineRow) => boolean): void {
	status.set(plan.row.id, 'confirmed');
	if (plan.row.warehouse === null) return;
	for (const l of plan.lines.filter(isGoods)) {
		l.reserved_milli = l.quantity_milli;
		reserveStock(book, l.product, plan.row.warehouse!, l.quantity_milli);
	}
}

function ship(otc: OrdersToCash, book: StockBook, status: Map<Uuid, OrderStatus>, a: ShipmentAsked): ShipOrderPlan {
	const { row, lines } = a.plan;
	const order = { ...toFulfilmentOrder(row), status: status.get(row.id) ?? 'draft' };
	const orderLines = lines.map(toFulfilmentOrderLine);
	const kinds = new Map(lines.map((l) => [l.product, otc.productById.get(l.product)?.kind === 'goods' ? ('goods' as const) : ('service' as const)]));
	const stock = stockInScope(book, shipmentStockScope(order, orderLines, kinds, a.request));
	const plan = shipOrder({ order, lines: orderLines, kinds, stock, warehouseExists: true, today: otc.today }, a.request);
	applyStockMoves(book, plan.stock);
	for (const p of plan.lines) Object.assign(lines.find((l) => l.id === p.lineId)!, { shipped_milli: p.shippedMilli, reserved_milli: p.reservedMilli });
	if (plan.status) status.set(row.id, plan.status);
	return plan;
}

// Where shipping must leave an order of each planned status; invoicing and payments move the later ones on.
const SHIPPED_AS: Readonly<Record<string, OrderStatus>> = { partially_shipped: 'partially_shipped', shipped: 'shipped', invoiced: 'shipped', paid: 'shipped', closed: 'shipped' };

/** The order statuses the history planned must be where shipOrder left them. */
function checkStatuses(plans: readonly OrderPlan[], status: ReadonlyMap<Uuid, OrderStatus>): void {
	for (const plan of plans) {
		const { row } = plan;
		const shipped = status.get(row.id);
		const expected = SHIPPED_AS[row.status] ?? (confirmedForGood(plan) ? 'confirmed' : undefined);
		if (shipped !== expected) throw new Error(`demo order ${row.id} is ${row.status}, but shipping left it ${shipped ?? 'unconfirmed'}`);
	}
}

function rowsOf(otc: OrdersToCash, asked: readonly ShipmentAsked[], planned: ReadonlyMap<Uuid, ShipOrderPlan>) {
	const shipments: ShipmentRow[] = [];
	const shipmentLines: ShipmentLineRow[] = [];
	for (const a of asked) {
		const { lines, ...doc } = toShipmentRow(planned.get(a.id)!.shipment, '') as Omit<ShipmentRow, 'id' | 'notes'> & { lines: { order_line: Uuid; quantity_milli: number }[] };
		shipments.push({ id: a.id, ...doc, notes: null, ...otc.audit(a.createdMs) });
		lines.forEach((l, i) => shipmentLines.push({ id: a.lineIds[i]!, shipment: a.id, ...l }));
	}
	return { shipments, shipmentLines };
}

/** Ships what the history asked for, in the order it happened; the rows keep the order they were asked in. */
export function shipDemoOrders(otc: OrdersToCash, plans: readonly OrderPlan[], asked: readonly ShipmentAsked[]) {
	const isGoods = (l: OrderLineRow) => otc.productById.get(l.product)?.kind === 'goods';
	const book = openStockBook(plans.filter(holdsStock).flatMap((p) => p.lines.filter(isGoods).map((l) => ({ productId: l.product, warehouseId: p.row.warehouse!, quantityMilli: l.quantity_milli }))));
	const status = new Map<Uuid, OrderStatus>();
	const planned = new Map<Uuid, ShipOrderPlan>();
	for (const e of eventsOf(plans, asked)) {
		if ('confirms' in e) confirm(book, status, e.confirms, isGoods);
		else planned.set(e.ships.id, ship(otc, book, status, e.ships));
	}
	checkStatuses(plans, status);
	return { ...rowsOf(otc, asked, planned), stock: book };
}

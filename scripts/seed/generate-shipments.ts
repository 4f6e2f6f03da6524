// Which waybills for goods and service acts for services the orders that got that far asked for: partial
// deliveries on partially shipped orders, now and then two deliveries on the others. What each one ships, and
// what it does to the order, its lines and the stock, is shipOrder's answer (ship-demo-orders.ts).
import { addDays } from '../../packages/crm-core/src/index.ts';
import type { Uuid } from './demo-rows.ts';
import { maxDay, minDay, type OrdersToCash } from './orders-to-cash-context.ts';
import type { OrderLineRow, ShipmentLineRow, ShipmentRow } from './orders-to-cash-rows.ts';
import type { OrderPlan } from './plan-demo-documents.ts';
import { type ShipmentAsked, shipDemoOrders } from './ship-demo-orders.ts';

export interface Shipments {
	shipments: ShipmentRow[];
	shipmentLines: ShipmentLineRow[];
	shipmentCreated: Map<Uuid, number>;
	/** The day of each order's last shipment: its invoice follows it. */
	lastShipment: Map<Uuid, string>;
}

type Moves = readonly (readonly [OrderLineRow, number])[];
type Asked = { asked: ShipmentAsked[]; lastShipment: Map<Uuid, string> };

/** A shipment as POST /crm/orders/:id/shipments would be asked for it, with the keys and moment it gets. */
function ship(otc: OrdersToCash, out: Asked, plan: OrderPlan, kind: 'waybill' | 'service_act', day: string, quantities: Moves): void {
	const moves = quantities.filter(([, q]) => q > 0);
	if (moves.length === 0) return;
	const createdMs = otc.stamp(day, Date.parse(plan.row.confirmed_at ?? plan.row.date_created));
	const id = otc.rng.uuid();
	const lineIds = moves.map(() => otc.rng.uuid());
	out.asked.push({ plan, id, lineIds, createdMs, request: { kind, shippedOn: day, lines: moves.map(([line, q]) => ({ lineId: line.id, quantityMilli: q })) } });
	out.lastShipment.set(plan.row.id, maxDay(out.lastShipment.get(plan.row.id) ?? day, day));
}

const wholeUnitsBelow = (otc: OrdersToCash, q: number) => Math.max(1000, Math.floor((q * (0.2 + otc.rng.float() * 0.6)) / 1000) * 1000);

/** Part of the lines, or part of a line, shipped; never all of it and never nothing. */
function shipPartially(otc: OrdersToCash, out: Asked, plan: OrderPlan, firstDay: string, isGoods: (l: OrderLineRow) => boolean): void {
	const { lines } = plan;
	const target = lines.map((l) => {
		const r = otc.rng.float();
		if (r < 0.3) return l.quantity_milli;
		if (r < 0.7 && l.quantity_milli >= 2000) return wholeUnitsBelow(otc, l.quantity_milli);
		return 0;
	});
	if (target.every((t, i) => t === lines[i]!.quantity_milli) || target.every((t) => t === 0)) target[0] = wholeUnitsBelow(otc, lines[0]!.quantity_milli);
	ship(otc, out, plan, 'waybill', firstDay, lines.map((l, i) => [l, isGoods(l) ? target[i]! : 0] as const));
	ship(otc, out, plan, 'service_act', firstDay, lines.map((l, i) => [l, isGoods(l) ? 0 : target[i]!] as const));
}

function shipInFull(otc: OrdersToCash, out: Asked, plan: OrderPlan, firstDay: string, isGoods: (l: OrderLineRow) => boolean): void {
	const { rng, today } = otc;
	const goods = plan.lines.filter(isGoods);
	if (goods.some((l) => l.quantity_milli >= 2000) && rng.chance(0.25)) {
		// Two deliveries: part of the goods first, the rest a few days later.
		const first = goods.map((l) => [l, l.quantity_milli >= 2000 ? wholeUnitsBelow(otc, l.quantity_milli) : l.quantity_milli] as const);
		ship(otc, out, plan, 'waybill', firstDay, first);
		ship(otc, out, plan, 'waybill', minDay(today, addDays(firstDay, rng.int(2, 12))), first.map(([l, q]) => [l, l.quantity_milli - q] as const));
	} else ship(otc, out, plan, 'waybill', firstDay, goods.map((l) => [l, l.quantity_milli] as const));
	const services = plan.lines.filter((l) => !isGoods(l));
	ship(otc, out, plan, 'service_act', minDay(today, addDays(firstDay, rng.int(0, 4))), services.map((l) => [l, l.quantity_milli] as const));
}

export function generateShipments(otc: OrdersToCash, plans: readonly OrderPlan[]): Shipments & { stock: ReturnType<typeof shipDemoOrders>['stock'] } {
	const out: Asked = { asked: [], lastShipment: new Map() };
	const isGoods = (l: OrderLineRow) => otc.productById.get(l.product)?.kind === 'goods';
	for (const plan of plans) {
		const { row } = plan;
		const firstDay = minDay(otc.today, addDays(row.order_date, otc.rng.int(1, 5)));
		if (row.status === 'partially_shipped') shipPartially(otc, out, plan, firstDay, isGoods);
		else if (['shipped', 'invoiced', 'paid', 'closed'].includes(row.status)) shipInFull(otc, out, plan, firstDay, isGoods);
	}
	const shipped = shipDemoOrders(otc, plans, out.asked);
	return { ...shipped, shipmentCreated: new Map(out.asked.map((a) => [a.id, a.createdMs])), lastShipment: out.lastShipment };
}

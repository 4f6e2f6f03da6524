// Waybills for goods and service acts for services, on the orders that got that far: partial deliveries on
// partially shipped orders, now and then two deliveries on the others. Confirmed goods stay reserved until they ship.
import { addDays } from '../../packages/crm-core/src/index.ts';
import type { Uuid } from './demo-rows.ts';
import { maxDay, minDay, type OrdersToCash } from './orders-to-cash-context.ts';
import type { OrderLineRow, ShipmentLineRow, ShipmentRow } from './orders-to-cash-rows.ts';
import type { OrderPlan } from './plan-demo-documents.ts';

export interface Shipments {
	shipments: ShipmentRow[];
	shipmentLines: ShipmentLineRow[];
	shipmentCreated: Map<Uuid, number>;
	/** The day of each order's last shipment: its invoice follows it. */
	lastShipment: Map<Uuid, string>;
}

type Moves = readonly (readonly [OrderLineRow, number])[];

function ship(otc: OrdersToCash, out: Shipments, plan: OrderPlan, kind: 'waybill' | 'service_act', day: string, quantities: Moves): void {
	const moves = quantities.filter(([, q]) => q > 0);
	if (moves.length === 0) return;
	const createdMs = otc.stamp(day, Date.parse(plan.row.confirmed_at ?? plan.row.date_created));
	const s: ShipmentRow = {
		id: otc.rng.uuid(),
		number: '',
		kind,
		order: plan.row.id,
		customer: plan.row.customer,
		warehouse: kind === 'waybill' ? plan.row.warehouse : null,
		shipped_on: day,
		notes: null,
		...otc.audit(createdMs),
	};
	out.shipments.push(s);
	out.shipmentCreated.set(s.id, createdMs);
	for (const [line, q] of moves) {
		out.shipmentLines.push({ id: otc.rng.uuid(), shipment: s.id, order_line: line.id, quantity_milli: q });
		line.shipped_milli += q;
	}
	out.lastShipment.set(plan.row.id, maxDay(out.lastShipment.get(plan.row.id) ?? day, day));
}

const wholeUnitsBelow = (otc: OrdersToCash, q: number) => Math.max(1000, Math.floor((q * (0.2 + otc.rng.float() * 0.6)) / 1000) * 1000);

/** Part of the lines, or part of a line, shipped; never all of it and never nothing. */
function shipPartially(otc: OrdersToCash, out: Shipments, plan: OrderPlan, firstDay: string, isGoods: (l: OrderLineRow) => boolean): void {
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

function shipInFull(otc: OrdersToCash, out: Shipments, plan: OrderPlan, firstDay: string, isGoods: (l: OrderLineRow) => boolean): void {
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

export function generateShipments(otc: OrdersToCash, plans: readonly OrderPlan[]): Shipments {
	const out: Shipments = { shipments: [], shipmentLines: [], shipmentCreated: new Map(), lastShipment: new Map() };
	const isGoods = (l: OrderLineRow) => otc.productById.get(l.product)?.kind === 'goods';
	for (const plan of plans) {
		const { row, lines } = plan;
		const firstDay = minDay(otc.today, addDays(row.order_date, otc.rng.int(1, 5)));
		if (row.status === 'partially_shipped') shipPartially(otc, out, plan, firstDay, isGoods);
		else if (['shipped', 'invoiced', 'paid', 'closed'].includes(row.status)) shipInFull(otc, out, plan, firstDay, isGoods);
		if (row.status === 'confirmed' || row.status === 'partially_shipped') for (const l of lines) if (isGoods(l)) l.reserved_milli = l.quantity_milli - l.shipped_milli;
	}
	return out;
}

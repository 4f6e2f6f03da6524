// S6.9 demo: regular buyers, so that the reorder run has something to find. A few customers buy the same goods
// on a rhythm of their own: most of them are due again now, one has been silent for over twice its rhythm (a
// churn risk), and the rest bought recently. The orders go through the same pricing, shipping and invoicing as
// every other demo order.
import { addDays } from '../../packages/crm-core/src/index.ts';
import type { LinePick } from './demo-order-picks.ts';
import type { OrdersToCash } from './orders-to-cash-context.ts';
import type { OtcCustomer } from './orders-to-cash-rows.ts';
import { pickDistinct } from './random.ts';

/** One order of a regular buyer, before it becomes a row. */
export interface RegularOrder {
	customer: OtcCustomer;
	orderDate: string;
	status: string;
	picks: LinePick[];
}

/** Days between purchases, one per buyer in turn. */
const RHYTHMS = [21, 28, 30, 35, 42, 45] as const;
/** Days since the last purchase, in percent of the rhythm, one per buyer in turn: 130–160 due, 250 silent, 50–60 on time. */
const LATENESS_PERCENT = [130, 140, 250, 160, 50, 60] as const;
const PURCHASES = 5;

/** The status an order of that age has reached in the demo (see ORDER_AGE): invoiced, then paid, then closed. */
function statusAtAge(days: number): string {
	if (days >= 60) return 'closed';
	return days >= 15 ? 'paid' : 'invoiced';
}

/** The regular buyers' orders: `count` customers, each buying one goods product PURCHASES times on its rhythm. */
export function planRegularOrders(otc: OrdersToCash, count: number): RegularOrder[] {
	const { rng, input } = otc;
	const goods = input.products.filter((p) => p.active && p.kind === 'goods' && p.group !== null && p.unit === 'pcs');
	const oldest = Math.ceil(Math.max(...RHYTHMS) * (PURCHASES + 2.5));
	const earliest = otc.daysAgo(Math.min(oldest, otc.windowDays));
	const candidates = input.customers.filter((c) => ['active', 'key'].includes(c.status) && c.owner !== null && c.date_created.slice(0, 10) <= earliest);
	if (goods.length === 0) return [];
	return pickDistinct(rng, candidates, count).flatMap((customer, i) => {
		const rhythm = RHYTHMS[i % RHYTHMS.length]!;
		const lastAgo = Math.round((rhythm * LATENESS_PERCENT[i % LATENESS_PERCENT.length]!) / 100);
		const product = rng.pick(goods);
		const quantityMilli = rng.int(2, 12) * 1000;
		return Array.from({ length: PURCHASES }, (_, j) => lastAgo + j * rhythm)
			.filter((age) => age <= otc.windowDays)
			.map((age) => ({ customer, orderDate: addDays(otc.today, -age), status: statusAtAge(age), picks: [{ product, quantityMilli, discountBp: 0 }] }));
	});
}

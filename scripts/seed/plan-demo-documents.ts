// The orders and proposals of the history, as entered: their customers, dates, statuses and lines. Which
// proposals became orders, and the order in which the server priced them all (see PricingEvent).
import { addDays } from '../../packages/crm-core/src/index.ts';
import type { Uuid } from './demo-rows.ts';
import { contactFor, draftLines, type LinePick, pickCustomer, pickLineProducts } from './demo-order-picks.ts';
import { CANCEL_REASONS, ORDER_AGE, ORDER_SHARES, QUOTE_AGE, QUOTE_SHARES, quotas, REJECT_NOTES, WAREHOUSES } from './orders-to-cash-catalogue.ts';
import { maxDay, type OrdersToCash, withOwnRandom } from './orders-to-cash-context.ts';
import type { OrderLineRow, OrderRow, OtcCustomer, PricedLine, QuoteLineRow, QuoteRow, WarehouseRow } from './orders-to-cash-rows.ts';
import { iso, MINUTE } from './moments.ts';
import { planRegularOrders } from './plan-regular-buyers.ts';
import { pickDistinct } from './random.ts';

/** A proposal's or order's header before pricing fills it in (the pricing use case sets these). */
const UNPRICED_HEADER = { price_list: null, campaign: null, promo_codes: null, list_total: 0, discount_total: 0, approval_status: 'not_needed', net_total: 0, vat_total: 0, gross_total: 0 } as const;

export interface OrderPlan {
	row: OrderRow;
	customer: OtcCustomer;
	lines: OrderLineRow[];
	createdMs: number;
	quoteIssue: string | null;
	/** What a regular buyer buys again; other orders pick their products at random. */
	picks?: LinePick[];
}

/** A document in the order the server priced it: an accepted proposal's order keeps the proposal's prices. */
export interface PricingEvent {
	at: number;
	date: string;
	customer: OtcCustomer;
	header: QuoteRow | OrderRow;
	lines: PricedLine[];
	/** Pending approvals may stay pending (only a draft can still be approved). */
	draft: boolean;
	/** The order that claims the offers and codes it used; for a proposal, the order it became. */
	order: OrderPlan | null;
	fromQuote: QuoteRow | null;
}

export interface DocumentPlans {
	warehouses: WarehouseRow[];
	plans: OrderPlan[];
	quotes: QuoteRow[];
	quoteLines: QuoteLineRow[];
	quoteCreated: Map<Uuid, number>;
	events: PricingEvent[];
	acceptedQuotes: { quote: QuoteRow; plan: OrderPlan; lineIds: Uuid[] }[];
}

const statusesOf = (shares: readonly (readonly [string, number])[], total: number) => [...quotas(shares, total, 2)].flatMap(([status, n]) => Array.from({ length: n }, () => status));

function orderRow(otc: OrdersToCash, status: string, orderDate: string, customer: OtcCustomer, createdMs: number): OrderRow {
	return {
		id: otc.rng.uuid(),
		number: '',
		status,
		customer: customer.id,
		contact: contactFor(otc, customer.id),
		owner: customer.owner,
		quote: null,
		// The demo pipeline links its won deals to orders once both exist.
		opportunity: null,
		order_date: orderDate,
		currency: customer.currency,
		fx_rate: otc.rateOn(customer.currency, orderDate),
		warehouse: null,
		...UNPRICED_HEADER,
		gross_total_base: 0,
		net_total_base: 0,
		cost_total_base: 0,
		credit_override_reason: null,
		credit_override_by: null,
		credit_override_at: null,
		confirmed_at: null,
		cancel_reason: null,
		notes: null,
		...otc.audit(createdMs),
	};
}

function planOrders(otc: OrdersToCash, statuses: readonly string[], acceptedCount: number): OrderPlan[] {
	const { rng } = otc;
	const plans = statuses.map((status): OrderPlan => {
		const [lo, hi] = ORDER_AGE[status]!;
		const top = Math.min(hi, otc.windowDays);
		const orderDate = otc.daysAgo(rng.int(Math.min(lo, top), top));
		const customer = pickCustomer(otc, orderDate, status);
		const createdMs = otc.uniqueMoment(otc.stamp(orderDate));
		return { row: orderRow(otc, status, orderDate, customer, createdMs), customer, lines: [], createdMs, quoteIssue: null };
	});
	// Accepted proposals became some of these orders; they were issued up to 20 days before.
	for (const plan of pickDistinct(rng, plans, acceptedCount)) {
		plan.quoteIssue = maxDay(otc.daysAgo(otc.windowDays), addDays(plan.row.order_date, -rng.int(1, 20)));
		if (plan.quoteIssue < plan.customer.date_created.slice(0, 10)) plan.quoteIssue = plan.row.order_date;
	}
	return plans;
}

/** Lines, warehouse, confirmation and cancellation of each order. */
function fillOrders(otc: OrdersToCash, plans: readonly OrderPlan[], warehouses: readonly WarehouseRow[]): void {
	const { rng, nowMs } = otc;
	const warehouseWeights = warehouses.map((w, i) => [w.id, i === 0 ? 3 : 1] as const);
	for (const plan of plans) {
		const { row } = plan;
		const picks = plan.picks ?? pickLineProducts(otc);
		// A partial shipment needs something left to ship: the first line gets at least two units.
		if (row.status === 'partially_shipped' && picks[0]!.quantityMilli < 2000) picks[0]!.quantityMilli = 2000 + picks[0]!.quantityMilli;
		plan.lines = draftLines(otc, picks).map((l) => ({ order: row.id, ...l, net_amount_base: 0, cost_base: null, reserved_milli: 0, shipped_milli: 0, invoiced_milli: 0 }));
		const hasGoods = plan.lines.some((l) => otc.productById.get(l.product)?.kind === 'goods');
		row.warehouse = hasGoods ? rng.weighted(warehouseWeights) : null;
		const cancelledAfterConfirming = row.status === 'cancelled' && rng.chance(0.5);
		if (row.status !== 'draft' && (row.status !== 'cancelled' || cancelledAfterConfirming)) row.confirmed_at = iso(Math.min(nowMs, plan.createdMs + rng.int(1, 48) * 5 * MINUTE));
		if (row.status === 'cancelled') row.cancel_reason = rng.pick(CANCEL_REASONS);
	}
}

function newQuote(otc: OrdersToCash, docs: DocumentPlans, customer: OtcCustomer, status: string, issue: string, order: Uuid | null, notes: string | null): QuoteRow {
	const createdMs = otc.uniqueMoment(otc.stamp(issue));
	const q: QuoteRow = {
		id: otc.rng.uuid(),
		number: '',
		status,
		customer: customer.id,
		contact: contactFor(otc, customer.id),
		owner: customer.owner,
		issue_date: issue,
		valid_until: addDays(issue, 30),
		currency: customer.currency,
		...UNPRICED_HEADER,
		order,
		opportunity: null,
		notes,
		...otc.audit(createdMs),
	};
	docs.quoteCreated.set(q.id, createdMs);
	docs.quotes.push(q);
	return q;
}

/** An order is priced when it is created, unless it came from a proposal: then the proposal was priced, when it was issued. */
function orderEvents(otc: OrdersToCash, docs: DocumentPlans): void {
	for (const plan of docs.plans) {
		if (plan.quoteIssue === null) {
			docs.events.push({ at: plan.createdMs, date: plan.row.order_date, customer: plan.customer, header: plan.row, lines: plan.lines, draft: plan.row.status === 'draft', order: plan, fromQuote: null });
			continue;
		}
		const q = newQuote(otc, docs, plan.customer, 'accepted', plan.quoteIssue, plan.row.id, null);
		q.contact = plan.row.contact;
		plan.row.quote = q.id;
		docs.acceptedQuotes.push({ quote: q, plan, lineIds: plan.lines.map(() => otc.rng.uuid()) });
		docs.events.push({ at: docs.quoteCreated.get(q.id)!, date: plan.quoteIssue, customer: plan.customer, header: q, lines: plan.lines, draft: false, order: plan, fromQuote: q });
	}
}

/** Proposals that did not become orders: sent, drafts, rejected, expired. */
function openQuoteEvents(otc: OrdersToCash, docs: DocumentPlans, statuses: readonly string[]): void {
	const { rng } = otc;
	for (const status of statuses) {
		if (status === 'accepted') continue;
		const [lo, hi] = QUOTE_AGE[status]!;
		const issue = otc.daysAgo(rng.int(Math.min(lo, otc.windowDays), Math.min(hi, otc.windowDays)));
		const customer = pickCustomer(otc, issue, null);
		const q = newQuote(otc, docs, customer, status, issue, null, status === 'rejected' ? rng.pick(REJECT_NOTES) : null);
		const lines = draftLines(otc, pickLineProducts(otc).slice(0, 5)).map((l) => ({ quote: q.id, ...l }));
		docs.quoteLines.push(...lines);
		docs.events.push({ at: docs.quoteCreated.get(q.id)!, date: issue, customer, header: q, lines, draft: status === 'draft', order: null, fromQuote: null });
	}
}

/**
 * The regular buyers' orders, drawn from a random stream of their own: the rest of the demo stays as it was
 * without them (the same lines, prices and discounts).
 */
function planRegularBuyers(otc: OrdersToCash, warehouses: readonly WarehouseRow[]): OrderPlan[] {
	const own = withOwnRandom(otc, 0x5e9_0b17);
	const plans = planRegularOrders(own, Math.max(3, Math.round(12 * otc.input.scale))).map((order): OrderPlan => {
		const createdMs = own.uniqueMoment(own.stamp(order.orderDate));
		return { row: orderRow(own, order.status, order.orderDate, order.customer, createdMs), customer: order.customer, lines: [], createdMs, quoteIssue: null, picks: order.picks };
	});
	fillOrders(own, plans, warehouses);
	return plans;
}

export function planDemoDocuments(otc: OrdersToCash): DocumentPlans {
	const { rng, input } = otc;
	const warehouseCount = Math.max(2, Math.min(WAREHOUSES.length, Math.round(2 * input.scale)));
	const warehouses: WarehouseRow[] = WAREHOUSES.slice(0, warehouseCount).map(([code, name, address]) => ({ id: rng.uuid(), code, name, address, active: true }));
	const orderStatuses = statusesOf(ORDER_SHARES, Math.max(16, Math.round(400 * input.scale)));
	const quoteStatuses = statusesOf(QUOTE_SHARES, Math.max(10, Math.round(150 * input.scale)));
	const plans = planOrders(otc, orderStatuses, quoteStatuses.filter((s) => s === 'accepted').length);
	fillOrders(otc, plans, warehouses);
	plans.push(...planRegularBuyers(otc, warehouses));
	const docs: DocumentPlans = { warehouses, plans, quotes: [], quoteLines: [], quoteCreated: new Map(), events: [], acceptedQuotes: [] };
	orderEvents(otc, docs);
	openQuoteEvents(otc, docs, quoteStatuses);
	return docs;
}

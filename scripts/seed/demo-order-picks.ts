// Who buys what and when: the customer of a document, its contact, its products and quantities, and its
// lines as a rep enters them (priced later, in creation order, by price-demo-documents.ts).
import { daysBetween } from '../../packages/crm-core/src/index.ts';
import type { ProductRow, Uuid } from './demo-rows.ts';
import { REP_DISCOUNT_LIMIT_BP } from './orders-to-cash-catalogue.ts';
import type { OrdersToCash } from './orders-to-cash-context.ts';
import type { OtcCustomer, PricedLine } from './orders-to-cash-rows.ts';

export type LinePick = { product: ProductRow; quantityMilli: number; discountBp: number };

const STATUS_WEIGHT: Record<string, number> = { key: 5, active: 2.2, blocked: 0.8, lost: 0.6, prospect: 1.6 };

/** A customer that existed on `day` and plausibly bought then (lost customers only long ago). */
export function pickCustomer(otc: OrdersToCash, day: string, orderStatus: string | null): OtcCustomer {
	const { customers } = otc.input;
	const buying = customers.filter((c) => c.status !== 'prospect');
	const pool = (orderStatus === null ? customers : buying).filter((c) => {
		if (c.date_created.slice(0, 10) > day) return false;
		if (c.status === 'lost') return daysBetween(day, otc.today) > 180 && (orderStatus === null || orderStatus === 'closed' || orderStatus === 'cancelled');
		if (c.status === 'blocked') return orderStatus === null || ['invoiced', 'closed', 'cancelled'].includes(orderStatus);
		return true;
	});
	let candidates = pool;
	if (candidates.length === 0) candidates = buying.length > 0 ? buying : [...customers];
	return otc.rng.weighted(candidates.map((c) => [c, (STATUS_WEIGHT[c.status] ?? 1) * (orderStatus === 'invoiced' && c.status === 'blocked' ? 3 : 1)] as const));
}

export function contactFor(otc: OrdersToCash, customer: Uuid): Uuid | null {
	const pool = otc.input.contacts.filter((c) => c.active && c.customer === customer).map((c) => c.id);
	return pool.length > 0 && otc.rng.chance(0.85) ? otc.rng.pick(pool) : null;
}

function quantityFor(otc: OrdersToCash, p: ProductRow): number {
	const { rng } = otc;
	switch (p.unit) {
		case 'h':
			return rng.int(2, 32) * 500;
		case 'day':
			return rng.int(1, 10) * 1000;
		case 'month':
			return rng.int(1, 12) * 1000;
		case 'kg':
		case 'm':
		case 'l':
			// At least one unit: the price lists start at one unit, and the server cannot price less (CRM_NO_PRICE).
			return Math.max(1000, (rng.chance(0.6) ? rng.int(1, 20) : rng.int(20, 160)) * 500);
		default: {
			const r = rng.float();
			if (r < 0.6) return rng.int(1, 9) * 1000;
			return (r < 0.9 ? rng.int(10, 49) : rng.int(50, 120)) * 1000;
		}
	}
}

/** One to six different products, mostly goods, each with a quantity and now and then a manual discount. */
export function pickLineProducts(otc: OrdersToCash): LinePick[] {
	const { rng, input } = otc;
	const active = input.products.filter((p) => p.active);
	const sellable = active.length >= 5 ? active : [...input.products];
	const goodsPool = sellable.filter((p) => p.kind === 'goods');
	const servicePool = sellable.filter((p) => p.kind !== 'goods');
	const n = rng.weighted([[1, 20], [2, 25], [3, 22], [4, 15], [5, 10], [6, 8]] as const);
	const chosen = new Set<ProductRow>();
	for (let attempt = 0; chosen.size < n && attempt < n * 4; attempt++) {
		const pool = servicePool.length > 0 && (goodsPool.length === 0 || rng.chance(0.22)) ? servicePool : goodsPool;
		chosen.add(rng.pick(pool));
	}
	return [...chosen].map((product) => ({ product, quantityMilli: quantityFor(otc, product), discountBp: rng.chance(0.7) ? 0 : rng.pick([200, 300, 500, 1000, 1500]) }));
}

/** Lines as entered: product, quantity and manual discount; prices and amounts are the server's, set when the document is priced. */
export function draftLines(otc: OrdersToCash, picks: readonly LinePick[]): PricedLine[] {
	return picks.map((l, i) => ({
		id: otc.rng.uuid(),
		sort: i + 1,
		product: l.product.id,
		description: l.product.name.slice(0, 255),
		quantity_milli: l.quantityMilli,
		unit_price: 0,
		discount_bp: l.discountBp,
		vat_rate_bp: l.product.vat_rate_bp,
		list_amount: 0,
		discount_amount: 0,
		applied_rules: [],
		approval_status: 'not_needed',
		discount_approved_bp: 0,
		// The rep who entered the discount had the rep's limit (the hook records it on every write of discount_bp).
		discount_limit_bp: l.discountBp > 0 ? REP_DISCOUNT_LIMIT_BP : 0,
		below_floor_approved: false,
		discount_approved_by: null,
		discount_approved_at: null,
		net_amount: 0,
		vat_amount: 0,
		gross_amount: 0,
		price_explanation: null,
	}));
}

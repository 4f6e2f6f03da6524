// Orders and proposals. First the plan: how many orders each customer places and when (by its habit, the
// season and a slow growth), each order's status by its age, which orders came from an accepted proposal,
// and the proposals that were not accepted; numbers gapless per year in date order, as the server gives them.
// Then the lines, priced simply (unit price = the product's list price in the order's currency, now and
// then a manual discount), totals by computeDocumentTotals and documentHeaderTotals, and the base amounts by
// orderBaseAmounts, exactly as the pricing hook stores them.
import { computeDocumentTotals, convertCurrency, divideAndRound, documentHeaderTotals, formatDocumentNumber, orderBaseAmounts, parseRate } from '../../packages/crm-core/src/index.ts';
import type { Rng } from '../seed/random.ts';
import { CANCEL_REASONS, SCALE_REGIONS } from './scale-world.ts';
import type { Customer } from './scale-customers.ts';
import { DAY, type Product, type ScaleClock, type Structure, iso, ymd } from './scale-structure.ts';

type Row = Record<string, unknown>;
const HOUR = 3_600_000;

export interface OrderPlan {
	id: string;
	customer: Customer;
	atMs: number;
	status: string;
	lines: number;
	number: string;
	owner: string;
	quote: { id: string; issueMs: number; number: string } | null;
}

export interface QuotePlan {
	id: string;
	customer: Customer;
	issueMs: number;
	status: 'sent' | 'rejected' | 'expired';
	lines: number;
	number: string;
}

export interface DocumentPlans {
	orders: OrderPlan[];
	quotes: QuotePlan[];
	/** Last number per `<series>-<year>`. */
	counters: Map<string, number>;
}

// Sales dip in August and around the turn of the year and peak in spring and autumn; the business grows ~12 % a year.
const SEASON = [0.85, 0.95, 1.1, 1.1, 1.05, 1.0, 0.9, 0.7, 1.05, 1.15, 1.2, 0.85];

function seasonal(clock: ScaleClock, ms: number): number {
	return (SEASON[new Date(ms).getUTCMonth()]! * (1 + (0.5 * (ms - clock.startMs)) / (clock.nowMs - clock.startMs))) / 1.8;
}

/** An instant on a working day (Monday to Friday, 07:00–17:59 UTC) near `ms`, never after `latest`. */
export function businessMoment(rng: Rng, ms: number, latest: number): number {
	let day = Math.floor(ms / DAY);
	const dow = new Date(day * DAY).getUTCDay();
	if (dow === 6) day += rng.chance(0.5) ? 2 : -1;
	else if (dow === 0) day += rng.chance(0.5) ? 1 : -2;
	const at = day * DAY + (7 + rng.int(0, 10)) * HOUR + rng.int(0, 3599) * 1000;
	return Math.min(at, latest - rng.int(60, 7200) * 1000);
}

/** Largest-remainder shares of `total` by weight: exactly `total` in all. */
export function apportion(total: number, weights: readonly number[]): number[] {
	const sum = weights.reduce((a, w) => a + w, 0);
	if (sum <= 0) return weights.map(() => 0);
	const exact = weights.map((w) => (total * w) / sum);
	const out = exact.map(Math.floor);
	let left = total - out.reduce((a, n) => a + n, 0);
	const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
	for (let k = 0; left > 0; k = (k + 1) % order.length, left--) out[order[k]![1]]! += 1;
	return out;
}

const GROWTH = 0.3;

/** The point u in [0, 1] below which a share f of orders falls when their density grows linearly by GROWTH over [0, 1]. */
function growing(f: number): number {
	return (Math.sqrt(1 + 2 * GROWTH * f * (1 + GROWTH / 2)) - 1) / GROWTH;
}

/** When a customer's `n` orders fall, by its habit. */
function orderMoments(rng: Rng, clock: ScaleClock, c: Customer, n: number): number[] {
	const from = c.activeFrom;
	const to = Math.min(c.activeUntil, clock.nowMs - HOUR);
	const width = Math.max(DAY, to - from);
	const evenly = c.habit === 'steady' || ((c.habit === 'lapsed' || c.habit === 'new') && c.evenly);
	const out: number[] = [];
	if (evenly) {
		for (let k = 0; k < n; k++) out.push(from + growing(Math.min(1, Math.max(0, (k + 0.5 + (rng.float() - 0.5) * 0.6) / n))) * width);
	} else if (c.habit === 'seasonal') {
		while (out.length < n) {
			const ms = from + rng.float() * width;
			const inPeak = c.peak.includes(new Date(ms).getUTCMonth());
			if (rng.float() < (inPeak ? 1 : 0.1) * seasonal(clock, ms)) out.push(ms);
		}
	} else {
		// Bursts: a few busy weeks, nothing in between.
		const centres = Array.from({ length: Math.max(1, Math.round(n / (3 + rng.float() * 5))) }, () => from + rng.float() * width);
		while (out.length < n) {
			const ms = rng.pick(centres) + (rng.float() - 0.5) * 24 * DAY;
			if (ms >= from && ms <= to && rng.float() < seasonal(clock, ms)) out.push(ms);
		}
	}
	return out.map((ms) => Math.max(from, businessMoment(rng, ms, to)));
}

/** The statuses of orders that left draft, by their age in days: recent ones still on their way, old ones settled. */
const STATUS_BY_AGE: readonly (readonly [number, readonly (readonly [string, number])[]])[] = [
	[7, [['confirmed', 70], ['partially_shipped', 10], ['shipped', 20]]],
	[30, [['confirmed', 15], ['partially_shipped', 10], ['shipped', 35], ['invoiced', 40]]],
	[90, [['shipped', 10], ['invoiced', 40], ['paid', 40], ['closed', 10]]],
	[Infinity, [['invoiced', 5], ['paid', 35], ['closed', 60]]],
];

function statusOf(rng: Rng, clock: ScaleClock, atMs: number): string {
	const age = (clock.nowMs - atMs) / DAY;
	if (rng.chance(age < 30 ? 0.08 : 0.008)) return 'draft';
	if (rng.chance(0.05)) return 'cancelled';
	const table = STATUS_BY_AGE.find(([days]) => age < days)![1];
	return rng.weighted(table);
}

function lineCount(rng: Rng, mean: number): number {
	return rng.int(1, Math.max(1, Math.round(2 * mean - 1)));
}

function numberInDateOrder<T extends { id: string; number: string }>(counters: Map<string, number>, series: 'SO' | 'QT', items: T[], at: (t: T) => number): void {
	items.sort((a, b) => at(a) - at(b) || (a.id < b.id ? -1 : 1));
	for (const item of items) {
		const year = new Date(at(item)).getUTCFullYear();
		const key = `${series}-${year}`;
		const seq = (counters.get(key) ?? 0) + 1;
		counters.set(key, seq);
		item.number = formatDocumentNumber(series, year, seq);
	}
}

export function planDocuments(rng: Rng, clock: ScaleClock, s: Structure, customers: Customer[], options: { orders: number; quotes: number; linesPerOrder: number }): DocumentPlans {
	const counts = apportion(options.orders, customers.map((c) => c.orderWeight));
	const orders: OrderPlan[] = [];
	customers.forEach((c, i) => {
		for (const atMs of orderMoments(rng, clock, c, counts[i]!)) {
			// Mostly the customer's rep; now and then a colleague of the team stood in.
			const team = s.teamReps[c.region]!;
			const owner = rng.chance(0.9) ? c.owner.id : team[rng.int(0, team.length - 1)]!.id;
			orders.push({ id: rng.uuid(), customer: c, atMs, status: statusOf(rng, clock, atMs), lines: lineCount(rng, options.linesPerOrder), number: '', owner, quote: null });
		}
	});
	// Accepted proposals became orders (selection sampling: exactly that many of the orders that left draft).
	const eligible = orders.filter((o) => o.status !== 'draft');
	let accepted = Math.min(eligible.length, Math.round(options.quotes * 0.45));
	let left = eligible.length;
	for (const o of eligible) {
		if (accepted > 0 && rng.float() * left < accepted) {
			o.quote = { id: rng.uuid(), issueMs: Math.max(clock.startMs, businessMoment(rng, o.atMs - rng.int(1, 21) * DAY, o.atMs)), number: '' };
			accepted--;
		}
		left--;
	}
	// The other proposals: still open (sent in the last weeks), rejected, or expired unanswered.
	const quoteWeights = customers.map((c) => (c.habit === 'prospect' ? 3 : 0.5 + c.orderWeight * 4));
	const cumulative: number[] = [];
	let total = 0;
	for (const w of quoteWeights) cumulative.push((total += w));
	const quotes: QuotePlan[] = [];
	const others = options.quotes - orders.filter((o) => o.quote).length;
	for (let k = 0; k < others; k++) {
		let lo = 0;
		let hi = cumulative.length - 1;
		const r = rng.float() * total;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (cumulative[mid]! > r) hi = mid;
			else lo = mid + 1;
		}
		const c = customers[lo]!;
		let status = rng.weighted([['sent', 10], ['rejected', 25], ['expired', 20]] as const);
		const until = Math.min(clock.nowMs, c.activeUntil + 60 * DAY);
		// Still open only when issued in the last weeks, expired only when its validity ended: else it was rejected.
		if ((status === 'sent' && until < clock.nowMs - 25 * DAY) || (status === 'expired' && Math.min(until, clock.nowMs - 35 * DAY) < c.activeFrom)) status = 'rejected';
		const from = status === 'sent' ? Math.max(c.activeFrom, clock.nowMs - 25 * DAY) : c.activeFrom;
		const to = status === 'expired' ? Math.min(until, clock.nowMs - 35 * DAY) : until;
		const issueMs = Math.max(clock.startMs, businessMoment(rng, from + rng.float() * Math.max(0, to - from), to));
		quotes.push({ id: rng.uuid(), customer: c, issueMs, status, lines: lineCount(rng, options.linesPerOrder), number: '' });
	}
	const counters = new Map<string, number>();
	numberInDateOrder(counters, 'SO', orders, (o) => o.atMs);
	const allQuotes = [...orders.flatMap((o) => (o.quote ? [{ id: o.quote.id, number: '', ms: o.quote.issueMs, plan: o.quote }] : [])), ...quotes.map((q) => ({ id: q.id, number: '', ms: q.issueMs, plan: q }))];
	numberInDateOrder(counters, 'QT', allQuotes, (q) => q.ms);
	for (const q of allQuotes) q.plan.number = q.number;
	return { orders, quotes, counters };
}

const DISCOUNTS = [200, 300, 500, 500, 750, 1000, 1000, 1500, 2000, 2500];
const LIMIT_BP = 1000;

/** The product's list price in the document's currency (through the base currency at the day's rate). */
function unitPriceIn(clock: ScaleClock, p: Product, currency: string, day: string): number {
	if (p.currency === currency) return p.listPrice;
	if (currency === clock.base) return convertCurrency({ amount: p.listPrice, currency: p.currency }, clock.base, clock.rateOn(p.currency, day), 'half-up').amount;
	const rate = parseRate(clock.rateOn(currency, day));
	const inBase = p.currency === clock.base ? p.listPrice : convertCurrency({ amount: p.listPrice, currency: p.currency }, clock.base, clock.rateOn(p.currency, day), 'half-up').amount;
	return Number(divideAndRound(BigInt(inBase) * rate.denominator, rate.numerator, 'half-up'));
}

function quantityOf(rng: Rng, p: Product, size: number): number {
	if (p.kind === 'service') return (p.unit === 'h' ? rng.int(1, 16) : rng.int(1, 4)) * 1000;
	const q = Math.max(1, Math.min(400, Math.round(Math.exp(gaussLite(rng) * 0.7) * 3 * Math.pow(size, 0.6))));
	return ['kg', 'm', 'l'].includes(p.unit) ? q * 1000 + (rng.chance(0.5) ? 500 : 0) : q * 1000;
}

/** A cheap bell curve (sum of three uniforms, variance 1). */
const gaussLite = (rng: Rng) => (rng.float() + rng.float() + rng.float() - 1.5) * 2;

export interface PricedDocument {
	header: Row;
	lines: Row[];
}

function approvalOf(beyondLimit: boolean, approved: boolean): string {
	if (!beyondLimit) return 'not_needed';
	return approved ? 'approved' : 'pending';
}

/** Lines of one document, priced; `approved` says whether a manager cleared discounts beyond the rep's limit. */
function priceLines(rng: Rng, clock: ScaleClock, s: Structure, c: Customer, count: number, atMs: number, currency: string, approved: boolean) {
	const day = ymd(atMs);
	const chosen: Product[] = [];
	for (let k = 0; k < count; k++) {
		const top = rng.chance(0.75) ? c.tops[rng.int(0, c.tops.length - 1)]! : null;
		let p = s.pickProduct(rng, top, atMs);
		for (let retry = 0; retry < 3 && chosen.includes(p); retry++) p = s.pickProduct(rng, top, atMs);
		if (!chosen.includes(p)) chosen.push(p);
	}
	const discountChance = c.category === 'A' ? 0.35 : 0.2;
	const lines = chosen.map((p, k) => {
		const discountBp = rng.chance(discountChance) ? rng.pick(DISCOUNTS) : 0;
		const beyond = discountBp > LIMIT_BP;
		return {
			p,
			sort: k + 1,
			quantityMilli: quantityOf(rng, p, c.size),
			unitPrice: unitPriceIn(clock, p, currency, day),
			discountBp,
			approval: approvalOf(beyond, approved),
			approvedAt: beyond && approved ? iso(atMs - HOUR) : null,
		};
	});
	const totals = computeDocumentTotals(lines.map((l) => ({ quantityMilli: l.quantityMilli, unitPrice: l.unitPrice, vatRateBp: l.p.vatRateBp, discountBp: l.discountBp })), currency);
	const header = documentHeaderTotals(totals, lines.map((l) => l.approval));
	return { lines, totals, header };
}

type Priced = ReturnType<typeof priceLines>;

function lineRow(priced: Priced, k: number, id: string): Row {
	const l = priced.lines[k]!;
	const t = priced.totals.lines[k]!;
	return {
		id,
		sort: l.sort,
		product: l.p.id,
		description: l.p.name,
		quantity_milli: l.quantityMilli,
		unit_price: l.unitPrice,
		discount_bp: l.discountBp,
		vat_rate_bp: l.p.vatRateBp,
		list_amount: t.grossBeforeDiscount,
		discount_amount: t.discountAmount,
		applied_rules: null,
		approval_status: l.approval,
		discount_approved_bp: l.approval === 'approved' ? l.discountBp : 0,
		discount_limit_bp: LIMIT_BP,
		below_floor_approved: false,
		discount_approved_at: l.approvedAt,
		net_amount: t.netAmount,
		vat_amount: t.vatAmount,
		gross_amount: t.grossAmount,
		price_explanation: null,
	};
}

function totalsOf(priced: Priced): Row {
	const h = priced.header;
	return { list_total: h.listTotal, discount_total: h.discountTotal, approval_status: h.approvalStatus, net_total: h.netTotal, vat_total: h.vatTotal, gross_total: h.grossTotal };
}

const contactOf = (rng: Rng, c: Customer) => (rng.chance(0.8) ? c.contacts[rng.int(0, c.contacts.length - 1)]! : null);
const warehouseOf = (s: Structure, c: Customer) => {
	const code = SCALE_REGIONS[c.region]!.code;
	if (code === 'NA') return s.warehouseIds[2]!;
	return s.warehouseIds[['DE-S', 'AT-CH', 'FR'].includes(code) ? 1 : 0]!;
};

export interface OrderBatch {
	quotes: Row[];
	quoteLines: Row[];
	orders: Row[];
	orderLines: Row[];
}

/** What goods confirmed orders hold back per product and warehouse (for crm_stock_levels). */
export type Reservations = Map<string, number>;

/** Orders of the plan, with their lines; an order from a proposal comes with the proposal, its lines the same. */
export function buildOrders(rng: Rng, clock: ScaleClock, s: Structure, plans: readonly OrderPlan[], reserved: Reservations): OrderBatch {
	const out: OrderBatch = { quotes: [], quoteLines: [], orders: [], orderLines: [] };
	for (const o of plans) {
		const c = o.customer;
		const day = ymd(o.atMs);
		const fxRate = clock.rateOn(c.currency, day);
		const priced = priceLines(rng, clock, s, c, o.lines, o.atMs, c.currency, o.status !== 'draft');
		const grossTotalBase = convertCurrency({ amount: priced.header.grossTotal, currency: c.currency }, clock.base, fxRate).amount;
		const costLines = priced.lines.map((l, k) => ({ netAmount: priced.totals.lines[k]!.netAmount, cost: l.p.costPrice === null ? null : { currency: l.p.currency, costTimesMilli: BigInt(l.p.costPrice) * BigInt(l.quantityMilli) } }));
		const base = orderBaseAmounts({ currency: c.currency, netTotal: priced.header.netTotal, grossTotal: priced.header.grossTotal, grossTotalBase }, costLines, clock.base, (currency) => clock.rateOn(currency, day));
		const contact = contactOf(rng, c);
		const warehouse = warehouseOf(s, c);
		const totals = totalsOf(priced);
		out.orders.push({
			id: o.id,
			number: o.number,
			status: o.status,
			customer: c.id,
			contact,
			owner: o.owner,
			quote: o.quote?.id ?? null,
			order_date: day,
			currency: c.currency,
			fx_rate: fxRate,
			warehouse,
			price_list: null,
			campaign: null,
			promo_codes: null,
			...totals,
			gross_total_base: grossTotalBase,
			net_total_base: base.netTotalBase,
			cost_total_base: base.costTotalBase,
			confirmed_at: o.status === 'draft' || (o.status === 'cancelled' && rng.chance(0.5)) ? null : iso(Math.min(clock.nowMs, o.atMs + rng.int(1, 240) * 60_000)),
			cancel_reason: o.status === 'cancelled' ? rng.pick(CANCEL_REASONS) : null,
			notes: null,
			date_created: iso(o.atMs),
		});
		const shippedUpTo = linesShipped(o.status, priced.lines.length);
		const invoiced = ['invoiced', 'paid', 'closed'].includes(o.status);
		const holds = o.status === 'confirmed' || o.status === 'partially_shipped';
		priced.lines.forEach((l, k) => {
			const goods = l.p.kind === 'goods';
			const shipped = k < shippedUpTo ? l.quantityMilli : 0;
			const held = holds && goods && shipped === 0 ? l.quantityMilli : 0;
			if (held) reserved.set(`${l.p.id}|${warehouse}`, (reserved.get(`${l.p.id}|${warehouse}`) ?? 0) + held);
			out.orderLines.push({ ...lineRow(priced, k, rng.uuid()), order: o.id, net_amount_base: base.lines[k]!.netAmountBase, cost_base: base.lines[k]!.costBase, reserved_milli: held, shipped_milli: shipped, invoiced_milli: invoiced ? l.quantityMilli : 0 });
		});
		if (o.quote) {
			const issue = o.quote.issueMs;
			out.quotes.push(quoteRow(o.quote.id, o.quote.number, 'accepted', c, contact, o.owner, issue, c.currency, totals));
			priced.lines.forEach((l, k) => out.quoteLines.push({ ...lineRow(priced, k, rng.uuid()), quote: o.quote!.id, discount_approved_at: l.approvedAt ? iso(issue) : null }));
		}
	}
	return out;
}

/** How many of an order's lines went out: half of them when partially shipped, all once shipped. */
function linesShipped(status: string, lines: number): number {
	if (status === 'partially_shipped') return Math.max(1, Math.floor(lines / 2));
	return ['shipped', 'invoiced', 'paid', 'closed'].includes(status) ? lines : 0;
}

function quoteRow(id: string, number: string, status: string, c: Customer, contact: string | null, owner: string, issueMs: number, currency: string, totals: Row): Row {
	return { id, number, status, customer: c.id, contact, owner, issue_date: ymd(issueMs), valid_until: ymd(issueMs + 30 * DAY), currency, price_list: null, campaign: null, promo_codes: null, ...totals, order: null, notes: null, date_created: iso(issueMs) };
}

/** The proposals that did not become orders, with their lines. */
export function buildQuotes(rng: Rng, clock: ScaleClock, s: Structure, plans: readonly QuotePlan[]): { quotes: Row[]; quoteLines: Row[] } {
	const out = { quotes: [] as Row[], quoteLines: [] as Row[] };
	for (const q of plans) {
		const c = q.customer;
		const priced = priceLines(rng, clock, s, c, q.lines, q.issueMs, c.currency, true);
		out.quotes.push(quoteRow(q.id, q.number, q.status, c, contactOf(rng, c), c.owner.id, q.issueMs, c.currency, totalsOf(priced)));
		priced.lines.forEach((_, k) => out.quoteLines.push({ ...lineRow(priced, k, rng.uuid()), quote: q.id }));
	}
	return out;
}

// Every proposal and order is priced as the priced-documents hook prices it: priceLoadedDocument (list prices,
// then the discount engine with the customer's facts, the rules, the offers' usage and the codes at that
// moment), pricedLineValues per line, computeDocumentTotals and documentHeaderTotals. Documents are priced in
// creation order; an order claims the offers and codes it used, a cancelled order gives them back.
import {
	computeDocumentTotals,
	convertCurrency,
	type CustomerFacts,
	divideAndRound,
	type DocumentPricingFacts,
	documentHeaderTotals,
	indexDiscountRules,
	manualDiscountInput,
	normalizePromoCode,
	offerConsumptionOfLines,
	orderBaseAmounts,
	parseRate,
	type PricedLines,
	priceLoadedDocument,
	pricedLineValues,
	type ProductFacts,
	type StoredManualDiscount,
} from '../../packages/crm-core/src/index.ts';
import type { ProductRow, Uuid } from './demo-rows.ts';
import { demoDiscountRules, demoPricingPolicy, type DiscountRedemptionRow } from './generate-discount-data.ts';
import type { ExchangeRateRow } from './generate-commerce-data.ts';
import { iso, MINUTE } from './moments.ts';
import { BASE_CURRENCY, type DiscountHeader, type OtcCustomer, type Totals } from './orders-to-cash-rows.ts';
import type { OrdersToCash } from './orders-to-cash-context.ts';
import type { DocumentPlans, PricingEvent } from './plan-demo-documents.ts';
import { createClaims, type Claims } from './demo-claims.ts';
import { createRng, type Rng } from './random.ts';

/** What pricing reads that does not change from one document to the next. */
interface PricingWorld {
	otc: OrdersToCash;
	/** Its own random stream: codes, campaigns and approvals leave the rest of the history as it was. */
	drng: Rng;
	rules: ReturnType<typeof indexDiscountRules>;
	policy: DocumentPricingFacts['policy'];
	productFacts: Map<Uuid, ProductFacts>;
	/** When each customer placed orders that were not cancelled: an earlier one counts against "first order only". */
	keptOrders: Map<Uuid, number[]>;
	claims: Claims;
	/** Which products a code can discount: those of its offer's rules that need a code. */
	codeTargets: Map<Uuid, Set<Uuid>>;
}

/** A stored line's manual-discount columns, as the server reads them. */
export function storedManualDiscount(l: { discount_bp: number; discount_approved_bp: number; discount_limit_bp: number; below_floor_approved: boolean; discount_approved_at: string | null }): StoredManualDiscount {
	return { discountBp: l.discount_bp, approvedBp: l.discount_approved_bp, limitBp: l.discount_limit_bp, belowFloorApproved: l.below_floor_approved, approvedAt: l.discount_approved_at };
}

function productFactsOf(otc: OrdersToCash): Map<Uuid, ProductFacts> {
	const parentOf = new Map(otc.input.productGroups.map((g) => [g.id, g.parent]));
	const ancestors = (group: Uuid | null): Uuid[] => {
		const chain: Uuid[] = [];
		for (let g = group; g && !chain.includes(g); g = parentOf.get(g) ?? null) chain.push(g);
		return chain;
	};
	return new Map(otc.input.products.map((p): [Uuid, ProductFacts] => [p.id, { id: p.id, groupIds: ancestors(p.group), segmentIds: otc.input.productSegmentIds.get(p.id) ?? [], unitCost: p.cost_price }]));
}

/** Costs are kept in the product's currency; a USD or GBP basket sees them converted through the base currency (load-pricing-facts.ts). */
function factsIn(world: PricingWorld, product: ProductRow, currency: string, day: string): ProductFacts {
	const facts = world.productFacts.get(product.id)!;
	if (product.currency === currency) return facts;
	const rates = world.otc.input.commerce.crm_exchange_rates;
	const rateToBase = (c: string): string | null => {
		if (c === BASE_CURRENCY) return '1';
		let best: ExchangeRateRow | null = null;
		for (const r of rates) if (r.currency === c && r.rate_date <= day && (!best || r.rate_date > best.rate_date)) best = r;
		return best?.rate ?? null;
	};
	const [from, to] = [rateToBase(product.currency), rateToBase(currency)];
	if (!from || !to) return { ...facts, unitCost: null };
	const a = parseRate(from);
	const b = parseRate(to);
	return { ...facts, unitCost: Number(divideAndRound(BigInt(product.cost_price) * a.numerator * b.denominator, a.denominator * b.numerator, 'half-up')) };
}

function customerFacts(world: PricingWorld, customer: OtcCustomer, at: number): CustomerFacts {
	const { input } = world.otc;
	return {
		id: customer.id,
		groupIds: input.customerGroupIds.get(customer.id) ?? [],
		category: customer.category ? customer.category.toUpperCase() : null,
		segmentIds: input.customerSegmentIds.get(customer.id) ?? [],
		regionId: customer.region,
		status: customer.status,
		isFirstOrder: !(world.keptOrders.get(customer.id) ?? []).some((t) => t < at),
	};
}

/** The document priced as priceDocument prices it: with what the database held at that moment. */
function priceEvent(world: PricingWorld, e: PricingEvent, codes: string[], campaign: Uuid | null): PricedLines {
	const { otc } = world;
	const { input } = otc;
	const c = e.customer;
	const products = new Map(e.lines.map((l) => [l.product, factsIn(world, otc.productById.get(l.product)!, e.header.currency, e.date)]));
	const facts: DocumentPricingFacts = {
		customerListId: input.commerce.customerListById.get(c.id) ?? null,
		groupListIds: input.groupListIds.get(c.id) ?? [],
		channelListId: input.channelListIds.get(c.id) ?? null,
		priceLists: otc.lists,
		customer: customerFacts(world, c, e.at),
		channelId: c.sales_channel,
		products,
		rules: world.rules,
		policy: world.policy,
		offers: world.claims.offersAt(e.at, c.id),
		promoCodes: world.claims.codesAt(codes, e.at, c.id),
	};
	const lines = e.lines.map((l) => ({ productId: l.product, quantityMilli: l.quantity_milli, ...manualDiscountInput(storedManualDiscount(l)) }));
	return priceLoadedDocument({ currency: e.header.currency, date: e.date, campaignId: campaign, codes, lines }, facts);
}

const within = (day: string, from: string | null, to: string | null) => (from === null || from <= day) && (to === null || day <= to);

/** A code the customer had (their own first), else now and then one anybody could use on these products. */
function pickCode(world: PricingWorld, e: PricingEvent) {
	const { discounts } = world.otc.input;
	const offerById = new Map(discounts.crm_special_offers.map((o) => [o.id, o]));
	const usable = discounts.crm_promo_codes.filter((c) => {
		const offer = offerById.get(c.offer)!;
		if (!c.active || !offer.active || !within(e.date, offer.valid_from, offer.valid_to) || !within(e.date, c.valid_from, c.valid_to)) return false;
		if (c.customer !== null && c.customer !== e.customer.id) return false;
		return e.lines.some((l) => world.codeTargets.get(c.offer)!.has(l.product));
	});
	const own = usable.find((c) => c.customer === e.customer.id);
	if (own) return own;
	return usable.length > 0 && world.drng.chance(0.45) ? world.drng.pick(usable) : null;
}

/** The codes and campaign the rep entered, then the pricing the server stored (after a manager's approval where needed). */
function priceAsEntered(world: PricingWorld, e: PricingEvent): { priced: PricedLines; codes: string[]; campaign: Uuid | null } {
	const { drng, otc } = world;
	const { discounts } = otc.input;
	const code = pickCode(world, e);
	let codes = code ? [normalizePromoCode(code.code)] : [];
	let campaign = code ? (discounts.crm_special_offers.find((o) => o.id === code.offer)!.campaign ?? null) : null;
	const running = discounts.crm_campaigns.find((c) => within(e.date, c.start_date, c.end_date));
	if (!campaign && running && drng.chance(0.3)) campaign = running.id;
	let priced = priceEvent(world, e, codes, campaign);
	// A code that would be refused (used up meanwhile, or giving nothing) is left off, as a rep would.
	if (codes.length > 0 && priced.result.codes.some((c) => c.outcome !== 'accepted')) {
		codes = [];
		priced = priceEvent(world, e, codes, campaign);
	}
	// A manager approved what needed approval before the document left draft; drafts still wait for it.
	if (priced.result.approvalRequired && !e.draft) {
		for (const [i, line] of e.lines.entries()) {
			if (priced.result.lines[i]!.approvalReasons.length === 0) continue;
			line.discount_approved_bp = line.discount_bp;
			line.below_floor_approved = true;
			line.discount_approved_at = iso(Math.min(otc.nowMs, e.at + drng.int(2, 96) * 5 * MINUTE));
		}
		priced = priceEvent(world, e, codes, campaign);
	}
	return { priced, codes, campaign };
}

/** The lines and header as the hook stores them (pricedLineValues, computeDocumentTotals, documentHeaderTotals). */
function storePriced(e: PricingEvent, priced: PricedLines, codes: string[], campaign: Uuid | null): DiscountHeader & Totals & { price_list: Uuid | null } {
	for (const [i, line] of e.lines.entries()) {
		const v = pricedLineValues(priced, i, storedManualDiscount(line));
		Object.assign(line, { unit_price: v.unitPrice, list_amount: v.listAmount, discount_amount: v.discountAmount, applied_rules: v.appliedRules, price_explanation: v.priceExplanation, approval_status: v.approvalStatus });
	}
	const totals = computeDocumentTotals(
		e.lines.map((l) => ({ quantityMilli: l.quantity_milli, unitPrice: l.unit_price, vatRateBp: l.vat_rate_bp, discountBp: l.discount_bp, discountAmount: l.discount_amount })),
		e.header.currency,
	);
	e.lines.forEach((l, i) => Object.assign(l, { net_amount: totals.lines[i]!.netAmount, vat_amount: totals.lines[i]!.vatAmount, gross_amount: totals.lines[i]!.grossAmount }));
	const h = documentHeaderTotals(totals, e.lines.map((l) => l.approval_status));
	const header = { price_list: priced.listPrices[0]?.priceListId ?? null, campaign, promo_codes: codes.length > 0 ? codes.join(', ') : null, list_total: h.listTotal, discount_total: h.discountTotal, approval_status: h.approvalStatus, net_total: h.netTotal, vat_total: h.vatTotal, gross_total: h.grossTotal };
	Object.assign(e.header, header);
	return header;
}

/** What the order claims: the engine's offers, or for an accepted proposal the offers its lines' discounts came from (claimFrozen). */
function claimFor(world: PricingWorld, e: PricingEvent, priced: PricedLines, codes: string[]): void {
	const order = e.order!.row;
	let uses = priced.result.offers;
	if (e.fromQuote) {
		const entered = world.otc.input.discounts.crm_promo_codes.filter((c) => codes.includes(normalizePromoCode(c.code)));
		uses = offerConsumptionOfLines(
			e.lines.map((l) => ({ quantityMilli: l.quantity_milli, applied: l.applied_rules })),
			entered.map((c) => ({ id: c.id, offerId: c.offer })),
		);
	}
	world.claims.claim(order, e.at, e.order!.createdMs, uses);
}

function pricingWorld(otc: OrdersToCash, docs: DocumentPlans): PricingWorld {
	const { input } = otc;
	const drng = createRng(input.seed ^ 0x0d15_ca11);
	const ruleList = demoDiscountRules(input.discounts);
	const productFacts = productFactsOf(otc);
	const keptOrders = new Map<Uuid, number[]>();
	for (const plan of docs.plans) if (plan.row.status !== 'cancelled') keptOrders.set(plan.customer.id, [...(keptOrders.get(plan.customer.id) ?? []), plan.createdMs]);
	const codeTargets = new Map<Uuid, Set<Uuid>>();
	for (const offer of input.discounts.crm_special_offers) {
		const rules = ruleList.filter((r) => r.offerId === offer.id && r.conditions.requiresCode);
		const targets = input.products.filter((p) => rules.some((r) => (r.conditions.productIds ?? []).includes(p.id) || productFacts.get(p.id)!.groupIds.some((g) => (r.conditions.productGroupIds ?? []).includes(g))));
		codeTargets.set(offer.id, new Set(targets.map((p) => p.id)));
	}
	docs.events.sort((a, b) => a.at - b.at);
	const claims = createClaims(otc, drng, docs);
	return { otc, drng, rules: indexDiscountRules(ruleList), policy: demoPricingPolicy(input.discounts.crm_pricing_policy[0]!), productFacts, keptOrders, claims, codeTargets };
}

/** Prices every document in creation order; returns the redemptions the orders' claims left. */
export function priceDemoDocuments(otc: OrdersToCash, docs: DocumentPlans): DiscountRedemptionRow[] {
	const world = pricingWorld(otc, docs);
	for (const e of docs.events) {
		const { priced, codes, campaign } = priceAsEntered(world, e);
		const header = storePriced(e, priced, codes, campaign);
		if (!e.order) continue;
		const order = e.order.row;
		Object.assign(order, header);
		order.gross_total_base = convertCurrency({ amount: order.gross_total, currency: order.currency }, BASE_CURRENCY, order.fx_rate).amount;
		fixBaseAmounts(otc, e.order);
		claimFor(world, e, priced, codes);
	}
	return world.claims.redemptions();
}

/** Revenue and cost in the base currency, as the pricing hook fixes them when an order is priced (orderBaseAmounts). */
function fixBaseAmounts(otc: OrdersToCash, plan: NonNullable<PricingEvent['order']>): void {
	const order = plan.row;
	const lines = plan.lines.map((l) => {
		const p = otc.productById.get(l.product);
		return { netAmount: l.net_amount, cost: p && p.cost_price !== null ? { currency: p.currency, costTimesMilli: BigInt(p.cost_price) * BigInt(l.quantity_milli) } : null };
	});
	const amounts = orderBaseAmounts({ currency: order.currency, netTotal: order.net_total, grossTotal: order.gross_total, grossTotalBase: order.gross_total_base }, lines, BASE_CURRENCY, (currency) => otc.rateOn(currency, order.order_date));
	Object.assign(order, { net_total_base: amounts.netTotalBase, cost_total_base: amounts.costTotalBase });
	for (const [i, line] of plan.lines.entries()) Object.assign(line, { net_amount_base: amounts.lines[i]!.netAmountBase, cost_base: amounts.lines[i]!.costBase });
}

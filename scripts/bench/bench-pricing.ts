// npm run bench:pricing — the discount engine and what it costs an order.
// 1. Engine, in-process: a 200-line basket priced against 5,000 active rules through the rule index
//    (built once, as the server does per rules version): p50 / p99 of priceBasket and lines per second.
// 2. REST, Directus on PostgreSQL with the CRM: POST /items/crm_orders with 50 lines, with the same
//    5,000 rules in the discount tables (A) and without them (B), alternating; and priceDocument — what
//    the order hook runs to price a document — timed in-process against the same database.
// Ends with: BENCH pricing p50_ms=… p99_ms=… lines_per_s=… rest_overhead_ms=… rest_rules_delta_ms=… rest_create_p50_ms=… index_build_ms=…
import type { Knex } from 'knex';
import {
	assertValidDiscountRule,
	assertValidPromoCode,
	assertValidSpecialOffer,
	type BasketLine,
	type CombinationPolicy,
	type CustomerFacts,
	type DiscountConditions,
	type DiscountEffect,
	type DiscountRule,
	indexDiscountRules,
	type IsoWeekday,
	priceBasket,
	type PricingPolicy,
	type PricingRequest,
	type PromoCode,
	type SpecialOffer,
} from '../../packages/crm-core/src/index.ts';
import { claimRedemptions, type DiscountRuleRow, loadDiscountRules, loadOffersWithUsage, loadPricingFacts, type PriceDocumentInput, priceDocument } from '../../packages/crm-directus/src/index.ts';
import { AdminClient } from '../lib/admin-client.ts';
import { createBenchInstanceEnv } from '../lib/bench-instance.ts';
import { type RunningDirectus, startDirectus } from '../lib/directus-process.ts';
import { buildExtensions } from '../lib/extensions-build.ts';
import { ROOT } from '../lib/paths.ts';
import { prepareInstance } from '../lib/prepare-instance.ts';
import { createKnexFromEnv } from '../seed/knex-from-env.ts';
import { createBenchCleanup } from '../lib/bench-cleanup.ts';
import { createBenchRng } from '../lib/bench-rng.ts';
import { median, ms, percentile } from '../lib/bench-stats.ts';

const ITERATIONS = Number(process.env['BENCH_ITERATIONS'] ?? 500);
const WARMUP = 50;
// The machines are shared and noisy: alternate the two states and report the median of each.
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);
const CREATES = Number(process.env['BENCH_CREATES'] ?? 20);
const DOCUMENT_CALLS = Number(process.env['BENCH_DOCUMENT_CALLS'] ?? 200);

const PRODUCTS = 1000;
const PARENT_GROUPS = 10;
const LEAF_GROUPS = 40;
const CUSTOMER_GROUPS = 20;
const CUSTOMER_POOL = 200;
const RULES = 5000;
const OFFERS = 100;
const OFFERS_WITH_USAGE = 50;
const ENGINE_LINES = 200;
const REST_LINES = 50;
const DATE = '2026-06-15'; // a Monday
const CURRENCY = 'EUR';
const CODES = ['bench-spring', 'BENCH-VIP'];
const POLICY: PricingPolicy = { maxLineDiscountBp: 5000, maxOrderDiscountBp: 5000, minMarginBp: 500 };
const RULE_PREFIX = 'BENCH-R-';

/** A crm_discount_rules row as the bench inserts it. */
type StoredRuleRow = DiscountRuleRow & { date_created: Date };
/** A junction row: the rule and the related id under its column's name. */
type RuleLinkRow = Record<string, string>;
/** A claim of an offer by a seeded order, as crm_discount_redemptions stores it. */
interface ClaimRow {
	id: string;
	order: string;
	customer: string;
	offer: string;
	promo_code: null;
	quantity_milli: number;
	status: 'active';
	date_created: Date;
}
/** The bench customer's latest order: its totals, and its lines' stored pricing (bigint as text on PostgreSQL). */
interface LastOrderRow {
	id: string;
	discount_total: number | string | null;
	list_total: number | string | null;
}



const createRng = createBenchRng;

interface BenchProduct {
	id: string;
	sku: string;
	groupId: string;
	groupIds: string[];
	listPrice: number;
	unitCost: number;
	vatRateBp: number;
}

interface World {
	groups: { id: string; code: string; parent: string | null }[];
	customerGroups: { id: string; code: string }[];
	/** Customers the rules may name; [0] is the bench customer. */
	customerIds: string[];
	customer: CustomerFacts;
	products: BenchProduct[];
	rules: DiscountRule[];
	offers: SpecialOffer[];
	promoCodes: PromoCode[];
}

const day = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function generateWorld(seed: number): World {
	const rng = createRng(seed);
	const parents = Array.from({ length: PARENT_GROUPS }, (_, i) => ({ id: rng.uuid(), code: `BENCH-PG-${String(i + 1).padStart(2, '0')}`, parent: null as string | null }));
	const leaves = Array.from({ length: LEAF_GROUPS }, (_, i) => ({ id: rng.uuid(), code: `BENCH-PG-${String(PARENT_GROUPS + i + 1).padStart(2, '0')}`, parent: parents[i % PARENT_GROUPS]!.id as string | null }));
	const groups = [...parents, ...leaves];
	const customerGroups = Array.from({ length: CUSTOMER_GROUPS }, (_, i) => ({ id: rng.uuid(), code: `BENCH-CG-${String(i + 1).padStart(2, '0')}` }));
	const customerIds = Array.from({ length: CUSTOMER_POOL }, () => rng.uuid());
	const customer: CustomerFacts = { id: customerIds[0]!, groupIds: [customerGroups[3]!.id, customerGroups[11]!.id], category: 'A', segmentIds: [], regionId: null, status: 'active', isFirstOrder: false };

	const products: BenchProduct[] = Array.from({ length: PRODUCTS }, (_, i) => {
		const leaf = rng.pick(leaves);
		const listPrice = rng.int(500, 50_000);
		return {
			id: rng.uuid(),
			sku: `BENCH-${String(i + 1).padStart(4, '0')}`,
			groupId: leaf.id,
			groupIds: [leaf.id, leaf.parent!],
			listPrice,
			unitCost: Math.round(listPrice * (0.55 + rng.next() * 0.1)),
			vatRateBp: rng.pick([2000, 2000, 2000, 700, 0]),
		};
	});

	// Offers: limits overall / per customer / by quantity, some date windows, half of them used already.
	const offers: SpecialOffer[] = Array.from({ length: OFFERS }, (_, i) => {
		const windowed = i >= 2 && rng.chance(0.6);
		const expired = windowed && rng.chance(0.15);
		const maxUses = rng.chance(0.4) ? rng.int(50, 500) : null;
		const maxUsesPerCustomer = rng.chance(0.3) ? rng.int(1, 5) : null;
		const maxQuantityMilli = rng.chance(0.2) ? rng.int(100, 2000) * 1000 : null;
		const maxQuantityPerCustomerMilli = rng.chance(0.1) ? rng.int(20, 200) * 1000 : null;
		const usage = i >= 2 && i < 2 + OFFERS_WITH_USAGE;
		let window: [string | null, string | null] = [null, null];
		if (expired) window = [day(2026, 1, rng.int(1, 28)), day(2026, rng.int(2, 5), rng.int(1, 28))];
		else if (windowed) window = [day(2026, rng.int(1, 5), rng.int(1, 28)), day(2026, rng.int(7, 12), rng.int(1, 28))];
		const uses = usage ? rng.int(0, Math.max(0, (maxUses ?? 300) - 1)) : 0;
		let quantityMilli = 0;
		if (usage) quantityMilli = maxQuantityMilli ? rng.int(0, maxQuantityMilli / 2) : uses * 5000;
		return {
			id: rng.uuid(),
			code: `BENCH-OF-${String(i + 1).padStart(3, '0')}`,
			name: `Bench offer ${i + 1}`,
			active: i < 2 || rng.chance(0.95),
			validFrom: window[0],
			validTo: window[1],
			maxUses,
			maxUsesPerCustomer,
			maxQuantityMilli,
			maxQuantityPerCustomerMilli,
			used: {
				uses,
				quantityMilli,
				customerUses: usage && maxUsesPerCustomer ? rng.int(0, maxUsesPerCustomer - 1) : 0,
				customerQuantityMilli: 0,
			},
		};
	});
	const promoCodes: PromoCode[] = [
		{ id: rng.uuid(), code: 'BENCH-SPRING', offerId: offers[0]!.id, kind: 'multi_use', active: true, validFrom: null, validTo: null, maxUses: null, customerId: null, uses: 12, customerUses: 0 },
		{ id: rng.uuid(), code: 'BENCH-VIP', offerId: offers[1]!.id, kind: 'per_customer', active: true, validFrom: null, validTo: null, maxUses: null, customerId: null, uses: 3, customerUses: 0 },
	];

	const priceOf = new Map(products.map((p) => [p.id, p.listPrice]));
	/** Exclusive only on product-specific rules (a net price for one article), ~1 % of them; ~37 % best-of over 30 groups. */
	const combination = (mayBeExclusive = false): { combination: CombinationPolicy; combinationGroup: string | null } => {
		const roll = rng.next();
		if (mayBeExclusive && roll < 0.01) return { combination: 'exclusive', combinationGroup: null };
		if (roll < 0.38) return { combination: 'best_of', combinationGroup: `BEST-${String(rng.int(1, 30)).padStart(2, '0')}` };
		return { combination: 'cumulative', combinationGroup: null };
	};
	/** A line effect; fixed prices and per-unit amounts follow the price of `product` when the rule names products. */
	const lineEffect = (productIds: readonly string[]): { effect: DiscountEffect; currency: string | null } => {
		const reference = productIds.length ? Math.min(...productIds.map((id) => priceOf.get(id)!)) : null;
		const roll = rng.next();
		if (roll < 0.4) return { effect: { kind: 'percent', bp: rng.int(4, 50) * 50 }, currency: null };
		if (roll < 0.55) return { effect: { kind: 'amount_per_unit', amount: reference ? Math.max(1, Math.round(reference * rng.int(3, 15) / 100)) : rng.int(10, 200) }, currency: CURRENCY };
		if (roll < 0.65 && reference) return { effect: { kind: 'fixed_price', unitPrice: Math.max(1, Math.round(reference * rng.int(80, 95) / 100)) }, currency: CURRENCY };
		if (roll < 0.75) return { effect: { kind: 'free_units', buyMilli: rng.int(2, 5) * 1000, freeMilli: 1000 }, currency: null };
		if (roll < 0.93) return { effect: { kind: 'percent', bp: 300, tiers: [{ minQuantityMilli: 5000, value: 500 }, { minQuantityMilli: 10_000, value: 800 }, { minQuantityMilli: 15_000, value: 1200 }] }, currency: null };
		return { effect: { kind: 'amount_per_unit', amount: rng.int(5, 20), tiers: [{ minQuantityMilli: 10_000, value: rng.int(25, 60) }] }, currency: CURRENCY };
	};
	/** Date windows, weekdays, quantity and amount bounds, customer attributes: on a share of the rules. */
	const extras = (orderLevel: boolean): DiscountConditions => {
		const c: { -readonly [K in keyof DiscountConditions]: DiscountConditions[K] } = {};
		const windowRoll = rng.next();
		if (windowRoll < 0.15) Object.assign(c, { validFrom: day(2026, rng.int(1, 6), rng.int(1, 14)), validTo: day(2026, rng.int(7, 12), rng.int(1, 28)) });
		else if (windowRoll < 0.2) Object.assign(c, rng.chance(0.5) ? { validFrom: day(2025, rng.int(1, 6), 1), validTo: day(2026, rng.int(1, 5), 28) } : { validFrom: day(2026, rng.int(7, 12), 1), validTo: null });
		if (rng.chance(0.1)) c.weekdays = rng.sample([1, 2, 3, 4, 5, 6, 7] as IsoWeekday[], rng.int(2, 5)).sort();
		if (!orderLevel && rng.chance(0.15)) c.minQuantityMilli = rng.int(2, 10) * 1000;
		if (!orderLevel && rng.chance(0.05)) c.maxQuantityMilli = rng.int(10, 50) * 1000;
		if (!orderLevel && rng.chance(0.05)) c.minLineAmount = rng.int(50, 500) * 100;
		if (rng.chance(0.05)) c.customerCategories = [rng.pick(['A', 'B', 'C'])];
		if (rng.chance(0.05)) c.customerStatuses = rng.chance(0.5) ? ['key'] : ['active', 'key'];
		if (rng.chance(0.02)) c.firstOrderOnly = true;
		return c;
	};

	const rules: DiscountRule[] = [];
	const push = (conditions: DiscountConditions, made: { effect: DiscountEffect; currency: string | null }, offerId: string | null = null, combo = combination()) => {
		const i = rules.length + 1;
		const needsCurrency = made.currency !== null || conditions.minLineAmount != null || conditions.minOrderAmount != null;
		// A few amount rules are priced in another currency: they are candidates, traced as other_currency.
		let currency: string | null = null;
		if (needsCurrency) currency = rng.chance(0.03) ? 'USD' : CURRENCY;
		rules.push({ id: rng.uuid(), code: `${RULE_PREFIX}${String(i).padStart(5, '0')}`, name: `Bench rule ${i}`, active: true, priority: rng.int(1, 1000), ...combo, currency, offerId, conditions, effect: made.effect });
	};
	const productIdsOf = (n: number) => rng.sample(products, n).map((p) => p.id);

	// ~60 %: product-specific (1–3 products).
	for (let i = 0; i < RULES * 0.6; i++) {
		const productIds = productIdsOf(rng.int(1, 3));
		push({ ...extras(false), productIds }, lineEffect(productIds), null, combination(true));
	}
	// ~20 %: product groups (a leaf group mostly, sometimes a top-level group or two groups).
	for (let i = 0; i < RULES * 0.2; i++) {
		const productGroupIds = rng.chance(0.8) ? [rng.pick(leaves).id] : rng.sample(groups, rng.int(1, 2)).map((g) => g.id);
		push({ ...extras(false), productGroupIds }, lineEffect([]));
	}
	// ~10 %: customers or customer groups, half of them on named products. Some name the bench customer or its groups.
	for (let i = 0; i < RULES * 0.1; i++) {
		const forCustomer = rng.chance(0.6);
		const who: DiscountConditions = forCustomer
			? { customerIds: [rng.chance(0.03) ? customer.id : rng.pick(customerIds)] }
			: { customerGroupIds: rng.sample(customerGroups, rng.int(1, 2)).map((g) => g.id) };
		const productIds = rng.chance(0.5) ? productIdsOf(rng.int(1, 3)) : [];
		push({ ...extras(false), ...who, productIds }, lineEffect(productIds));
	}
	// ~5 %: order level, with a minimum order amount; some for customer groups, some counting product groups only.
	for (let i = 0; i < RULES * 0.05; i++) {
		const conditions: DiscountConditions = { ...extras(true), minOrderAmount: rng.int(100, 5000) * 100 };
		if (rng.chance(0.3)) Object.assign(conditions, { customerGroupIds: rng.sample(customerGroups, rng.int(1, 2)).map((g) => g.id) });
		if (rng.chance(0.2)) Object.assign(conditions, { productGroupIds: [rng.pick(groups).id] });
		const effect: DiscountEffect = rng.chance(0.6) ? { kind: 'order_percent', bp: rng.int(1, 10) * 50 } : { kind: 'order_amount', amount: rng.int(10, 100) * 100 };
		// Mostly best-of within three families (volume, loyalty, promotion); a fifth stack.
		const combo: { combination: CombinationPolicy; combinationGroup: string | null } = rng.chance(0.8) ? { combination: 'best_of', combinationGroup: rng.pick(['ORDER-VOLUME', 'ORDER-LOYALTY', 'ORDER-PROMO']) } : { combination: 'cumulative', combinationGroup: null };
		push(conditions, { effect, currency: effect.kind === 'order_amount' ? CURRENCY : null }, null, combo);
	}
	// ~5 %: rules of offers (limits, usage, codes); the first two offers are unlocked by the basket's codes.
	for (let i = 0; rules.length < RULES; i++) {
		const offer = offers[i % OFFERS]!;
		const target: DiscountConditions = rng.chance(0.5) ? { productIds: productIdsOf(rng.int(1, 3)) } : { productGroupIds: [rng.pick(groups).id] };
		const requiresCode = i % OFFERS < 2 || rng.chance(0.1);
		push({ ...extras(false), ...target, requiresCode }, lineEffect(target.productIds ?? []), offer.id);
	}

	return { groups, customerGroups, customerIds, customer, products, rules, offers, promoCodes };
}

function basketOf(world: World, n: number, seed: number): { product: BenchProduct; quantityMilli: number }[] {
	const rng = createRng(seed);
	return rng.sample(world.products, n).map((product) => ({ product, quantityMilli: rng.int(1, 20) * 1000 }));
}

// ---------------------------------------------------------------------------------------------------
// Part 1: the engine.

function benchEngine(world: World) {
	for (const rule of world.rules) assertValidDiscountRule(rule);
	for (const offer of world.offers) assertValidSpecialOffer(offer);
	for (const code of world.promoCodes) assertValidPromoCode(code);

	let started = performance.now();
	const index = indexDiscountRules(world.rules);
	const indexBuildMs = performance.now() - started;
	const rebuilds: number[] = [];
	for (let i = 0; i < 10; i++) {
		started = performance.now();
		indexDiscountRules(world.rules);
		rebuilds.push(performance.now() - started);
	}

	const lines: BasketLine[] = basketOf(world, ENGINE_LINES, 7).map(({ product, quantityMilli }) => ({
		product: { id: product.id, groupIds: product.groupIds, segmentIds: [], unitCost: product.unitCost },
		quantityMilli,
		listUnitPrice: product.listPrice,
		manualDiscountBp: 0,
		approvedDiscountBp: 0,
		belowFloorApproved: false,
	}));
	const request: PricingRequest = { currency: CURRENCY, date: DATE, customer: world.customer, channelId: null, campaignId: null, codes: CODES, lines, rules: index, offers: world.offers, promoCodes: world.promoCodes, policy: POLICY };

	const candidates = lines.map((line) => index.lineCandidates(line.product, world.customer).length);
	const orderCandidates = index.orderCandidates(world.customer).length;

	for (let i = 0; i < WARMUP; i++) priceBasket(request);
	const times: number[] = [];
	let result = priceBasket(request);
	for (let i = 0; i < ITERATIONS; i++) {
		started = performance.now();
		result = priceBasket(request);
		times.push(performance.now() - started);
	}

	const outcomes = new Map<string, number>();
	for (const line of result.lines) for (const entry of line.trace) outcomes.set(entry.outcome, (outcomes.get(entry.outcome) ?? 0) + 1);
	const p50 = median(times);
	const p99 = percentile(times, 99);
	const count = (key: (r: DiscountRule) => string) => {
		const counts = new Map<string, number>();
		for (const r of world.rules) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
		return [...counts].sort((x, y) => y[1] - x[1]).map(([k, n]) => `${k} ${n}`).join(', ');
	};

	console.log(`== engine: ${ENGINE_LINES}-line basket, ${world.rules.length} active rules, ${world.offers.length} offers (${OFFERS_WITH_USAGE} with usage), ${CODES.length} codes, ${PRODUCTS} products in ${world.groups.length} groups`);
	console.log(`rules: ${RULES * 0.6} product, ${RULES * 0.2} product-group, ${RULES * 0.1} customer / customer-group, ${RULES * 0.05} order-level, ${RULES * 0.05} offer rules; effects ${count((r) => r.effect.kind + ('tiers' in r.effect && r.effect.tiers ? '+tiers' : ''))}; ${count((r) => r.combination)}`);
	console.log(`index: built once in ${ms(indexBuildMs)} ms (rebuilds p50 ${ms(median(rebuilds))} ms)`);
	console.log(`candidates per line: mean ${(candidates.reduce((a, b) => a + b, 0) / candidates.length).toFixed(1)}, min ${Math.min(...candidates)}, max ${Math.max(...candidates)} of ${world.rules.length} rules; order candidates ${orderCandidates}`);
	console.log(`trace outcomes: ${[...outcomes].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
	console.log(`result: ${result.lines.filter((l) => l.discountAmount > 0).length}/${ENGINE_LINES} lines discounted, discount ${(result.discountTotal / 100).toFixed(2)} of ${(result.listTotal / 100).toFixed(2)} ${CURRENCY}; codes ${result.codes.map((c) => `${c.code}:${c.outcome}`).join(' ')}; offers consumed ${result.offers.length}`);
	console.log(`priceBasket over ${ITERATIONS} calls after ${WARMUP} warm-up: p50 ${ms(p50)} ms, p99 ${ms(p99)} ms, mean ${ms(times.reduce((a, b) => a + b, 0) / times.length)} ms; lines_per_s = ${ENGINE_LINES} / p50 = ${Math.round(ENGINE_LINES / (p50 / 1000))}`);
	return { p50, p99, linesPerS: Math.round(ENGINE_LINES / (p50 / 1000)), indexBuildMs };
}

// ---------------------------------------------------------------------------------------------------
// Part 2: REST and priceDocument on PostgreSQL.

const { cleanups, cleanup } = createBenchCleanup();

async function instance() {
	const { env, dir, remove } = await createBenchInstanceEnv('pricing');
	cleanups.push(remove);
	await prepareInstance({ env, dataDir: dir, seedScale: 0.05 });
	const directus: RunningDirectus = await startDirectus(env);
	cleanups.push(() => directus.stop());
	const api = await AdminClient.login(directus.url, env['ADMIN_EMAIL']!, env['ADMIN_PASSWORD']!);
	return { api, env };
}

const chunks = <T>(xs: readonly T[], n: number): T[][] => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

function amountOf(e: DiscountEffect): number | null {
	if (e.kind === 'amount_per_unit' || e.kind === 'order_amount') return e.amount;
	return e.kind === 'fixed_price' ? e.unitPrice : null;
}

/** The rule as the rule table stores it, and its junction rows. */
function ruleRows(rule: DiscountRule, now: Date): { row: StoredRuleRow; links: { table: string; column: string; ids: readonly string[] }[] } {
	const e = rule.effect;
	const c = rule.conditions;
	const json = (v: readonly unknown[] | undefined) => (v && v.length ? JSON.stringify(v) : null);
	const tiers = 'tiers' in e && e.tiers?.length ? JSON.stringify(e.tiers.map((t) => ({ min_quantity_milli: t.minQuantityMilli, value: t.value }))) : null;
	const row: StoredRuleRow = {
		id: rule.id,
		code: rule.code,
		name: rule.name,
		active: rule.active,
		priority: rule.priority,
		effect_kind: e.kind,
		discount_bp: e.kind === 'percent' || e.kind === 'order_percent' ? e.bp : null,
		amount: amountOf(e),
		buy_quantity_milli: e.kind === 'free_units' ? e.buyMilli : null,
		free_quantity_milli: e.kind === 'free_units' ? e.freeMilli : null,
		tiers,
		currency: rule.currency,
		combination: rule.combination,
		combination_group: rule.combinationGroup,
		offer: rule.offerId,
		requires_code: Boolean(c.requiresCode),
		campaign: null,
		valid_from: c.validFrom ?? null,
		valid_to: c.validTo ?? null,
		weekdays: json(c.weekdays),
		customer_categories: json(c.customerCategories),
		customer_statuses: json(c.customerStatuses),
		min_quantity_milli: c.minQuantityMilli ?? null,
		max_quantity_milli: c.maxQuantityMilli ?? null,
		min_line_amount: c.minLineAmount ?? null,
		min_order_amount: c.minOrderAmount ?? null,
		first_order_only: Boolean(c.firstOrderOnly),
		date_created: now,
	};
	const links = [
		{ table: 'crm_discount_rules_products', column: 'crm_products_id', ids: c.productIds ?? [] },
		{ table: 'crm_discount_rules_product_groups', column: 'crm_product_groups_id', ids: c.productGroupIds ?? [] },
		{ table: 'crm_discount_rules_customers', column: 'crm_customers_id', ids: c.customerIds ?? [] },
		{ table: 'crm_discount_rules_customer_groups', column: 'crm_customer_groups_id', ids: c.customerGroupIds ?? [] },
	];
	return { row, links };
}

async function bumpVersion(knex: Knex): Promise<void> {
	await knex('crm_pricing_policy').increment('rules_version', 1);
}

/** State A: the 5,000 rules and their junction rows in the tables. */
async function insertRules(knex: Knex, world: World): Promise<void> {
	const now = new Date();
	const made = world.rules.map((r) => ruleRows(r, now));
	const junctions = new Map<string, RuleLinkRow[]>();
	for (const { row, links } of made) {
		for (const link of links) {
			const rows = junctions.get(link.table) ?? [];
			for (const id of link.ids) rows.push({ crm_discount_rules_id: row.id, [link.column]: id });
			junctions.set(link.table, rows);
		}
	}
	await knex.transaction(async (trx) => {
		for (const part of chunks(made.map((m) => m.row), 500)) await trx('crm_discount_rules').insert(part);
		for (const [table, rows] of junctions) for (const part of chunks(rows, 5000)) await trx(table).insert(part);
		await bumpVersion(trx);
	});
}

/** State B: the same rules moved out (deleted with their junction rows); offers, codes and their usage stay. */
async function removeRules(knex: Knex): Promise<void> {
	await knex.transaction(async (trx) => {
		const ids = trx('crm_discount_rules').select('id').whereLike('code', `${RULE_PREFIX}%`);
		for (const table of ['crm_discount_rules_products', 'crm_discount_rules_product_groups', 'crm_discount_rules_customers', 'crm_discount_rules_customer_groups']) {
			await trx(table).whereIn('crm_discount_rules_id', ids.clone()).delete();
		}
		await trx('crm_discount_rules').whereLike('code', `${RULE_PREFIX}%`).delete();
		await bumpVersion(trx);
	});
}

async function setUpCatalogue(api: AdminClient, knex: Knex, world: World, restProducts: ReadonlySet<string>) {
	const now = new Date();
	// Product groups (top level first), customer groups, customers the rules name, the bench customer.
	await api.request('POST', '/items/crm_product_groups', world.groups.filter((g) => !g.parent).map((g) => ({ id: g.id, code: g.code, name: `Bench group ${g.code}` })));
	await api.request('POST', '/items/crm_product_groups', world.groups.filter((g) => g.parent).map((g) => ({ id: g.id, code: g.code, name: `Bench group ${g.code}`, parent: g.parent })));
	await api.request('POST', '/items/crm_customer_groups', world.customerGroups.map((g) => ({ id: g.id, code: g.code, name: `Bench customers ${g.code}` })));
	await api.request('POST', '/items/crm_customers', {
		id: world.customer.id,
		name: 'Bench pricing customer',
		kind: 'company',
		currency: CURRENCY,
		status: world.customer.status,
		category: world.customer.category,
		payment_terms_days: 30,
		groups: world.customer.groupIds.map((id) => ({ crm_customer_groups_id: id })),
	});
	for (const part of chunks(world.customerIds.slice(1), 100)) {
		await api.request('POST', '/items/crm_customers', part.map((id, i) => ({ id, name: `Bench other customer ${id.slice(0, 8)} ${i}`, kind: 'company', currency: CURRENCY, status: 'active', payment_terms_days: 30 })));
	}

	// The 50 basket products through REST with their base prices; the other 950 the rules name in bulk.
	const product = (p: BenchProduct) => ({ id: p.id, sku: p.sku, name: `Bench product ${p.sku}`, kind: 'goods', unit: 'pcs', group: p.groupId, cost_price: p.unitCost, list_price: p.listPrice, currency: CURRENCY, vat_rate_bp: p.vatRateBp });
	const mine = world.products.filter((p) => restProducts.has(p.id));
	for (const p of mine) await api.request('POST', '/items/crm_products', product(p));
	for (const part of chunks(world.products.filter((p) => !restProducts.has(p.id)), 250)) await api.request('POST', '/items/crm_products', part.map(product));
	const base = (await api.request<{ id: string; currency: string }[]>('GET', '/items/crm_price_lists?filter[code][_eq]=BASE&fields=id,currency'))[0];
	if (!base) throw new Error('The seeded BASE price list is missing.');
	if (base.currency !== CURRENCY) throw new Error(`The BASE price list is in ${base.currency}, the bench expects ${CURRENCY}.`);
	await api.request('POST', '/items/crm_price_list_items', mine.map((p) => ({ price_list: base.id, product: p.id, min_quantity_milli: 1000, unit_price: p.listPrice })));

	// Offers, codes and the usage of 50 offers (claims of seeded orders), written like the server stores them.
	await knex('crm_special_offers').insert(
		world.offers.map((o) => ({
			id: o.id,
			code: o.code,
			name: o.name,
			active: o.active,
			valid_from: o.validFrom,
			valid_to: o.validTo,
			max_uses: o.maxUses,
			max_uses_per_customer: o.maxUsesPerCustomer,
			max_quantity_milli: o.maxQuantityMilli,
			max_quantity_per_customer_milli: o.maxQuantityPerCustomerMilli,
			uses_count: 0,
			quantity_used_milli: 0,
			date_created: now,
		})),
	);
	await knex('crm_promo_codes').insert(world.promoCodes.map((c) => ({ id: c.id, code: c.code, offer: c.offerId, kind: c.kind, active: c.active, valid_from: c.validFrom, valid_to: c.validTo, max_uses: c.maxUses, customer: c.customerId, uses_count: 0, date_created: now })));
	const orders = (await knex('crm_orders').select('id', 'customer').whereNot('status', 'cancelled').orderBy('id').limit(200)) as { id: string; customer: string }[];
	const rng = createRng(99);
	const claims: ClaimRow[] = [];
	for (const offer of world.offers.filter((o) => o.used.uses > 0)) {
		for (const order of rng.sample(orders, Math.min(orders.length, 1 + (offer.used.uses % 8)))) {
			claims.push({ id: rng.uuid(), order: order.id, customer: order.customer, offer: offer.id, promo_code: null, quantity_milli: rng.int(1, 10) * 1000, status: 'active', date_created: now });
		}
	}
	for (const part of chunks(claims, 500)) await knex('crm_discount_redemptions').insert(part);

	// The policy singleton (caps, margin floor) and the rules version every instance caches its index by.
	const policy = (await knex('crm_pricing_policy').first()) as { id: string } | undefined;
	if (!policy) await knex('crm_pricing_policy').insert({ id: rng.uuid(), max_line_discount_bp: POLICY.maxLineDiscountBp, max_order_discount_bp: POLICY.maxOrderDiscountBp, min_margin_bp: POLICY.minMarginBp, rules_version: 1 });
	return { claims: claims.length, seededOrders: orders.length, policy: policy ? 'seeded' : 'inserted' };
}

/**
 * The queries of one call and their time on the connection. On a transaction the driver queues
 * concurrent queries, so a query's own time runs from when the previous one answered (or it was sent,
 * if later) to its answer. Averaged over `calls` calls, by statement.
 */
async function profileQueries(db: Knex, calls: number, fn: () => Promise<unknown>): Promise<{ count: number; serviceMs: number; top: { sql: string; ms: number }[] }> {
	const sent = new Map<string, number>();
	const done: { sql: string; sent: number; answered: number }[] = [];
	const onQuery = (q: { __knexQueryUid: string }) => sent.set(q.__knexQueryUid, performance.now());
	const onResponse = (_r: unknown, q: { __knexQueryUid: string; sql: string }) => done.push({ sql: q.sql, sent: sent.get(q.__knexQueryUid) ?? performance.now(), answered: performance.now() });
	db.on('query', onQuery).on('query-response', onResponse);
	try {
		for (let i = 0; i < calls; i++) await fn();
	} finally {
		db.removeListener('query', onQuery).removeListener('query-response', onResponse);
	}
	done.sort((x, y) => x.answered - y.answered);
	const bySql = new Map<string, number>();
	done.forEach((q, i) => bySql.set(q.sql, (bySql.get(q.sql) ?? 0) + (q.answered - Math.max(q.sent, i > 0 ? done[i - 1]!.answered : 0)) / calls));
	const top = [...bySql].map(([sql, t]) => ({ sql, ms: t })).sort((x, y) => y.ms - x.ms);
	return { count: done.length / calls, serviceMs: top.reduce((sum, q) => sum + q.ms, 0), top: top.slice(0, 3) };
}

async function benchRest(world: World) {
	const basket = basketOf(world, REST_LINES, 11);
	const restProducts = new Set(basket.map((l) => l.product.id));
	const { api, env } = await instance();
	const knex = createKnexFromEnv(env, ROOT);
	cleanups.push(() => knex.destroy());

	const setup = await setUpCatalogue(api, knex, world, restProducts);
	let state: 'A' | 'B' = 'B';
	const order = () => ({ customer: world.customer.id, order_date: DATE, lines: basket.map((l) => ({ product: l.product.id, quantity_milli: l.quantityMilli })) });
	/** Switches the rule tables; one untimed create lets the server reload its index outside the timing. */
	const enter = async (next: 'A' | 'B') => {
		if (state !== next) await (next === 'A' ? insertRules(knex, world) : removeRules(knex));
		state = next;
		await api.request('POST', '/items/crm_orders', order());
	};
	const timeCreates = async (): Promise<number[]> => {
		const times: number[] = [];
		for (let i = 0; i < CREATES; i++) {
			const started = performance.now();
			await api.request('POST', '/items/crm_orders', order());
			times.push(performance.now() - started);
		}
		return times;
	};

	// Warm-up in both states (schema caches, first queries, JIT) before timing.
	await enter('A');
	for (let i = 0; i < 5; i++) await api.request('POST', '/items/crm_orders', order());
	await enter('B');
	for (let i = 0; i < 5; i++) await api.request('POST', '/items/crm_orders', order());

	const times = { A: [] as number[], B: [] as number[] };
	const rounds = { A: [] as number[], B: [] as number[] };
	for (let round = 0; round < ROUNDS; round++) {
		// A B, B A, A B…: each switch serves two measurements, and neither state always goes first.
		for (const s of round % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
			await enter(s);
			const t = await timeCreates();
			times[s].push(...t);
			rounds[s].push(median(t));
		}
	}

	// priceDocument, in-process, the same 50-line basket: inside one transaction (one connection, as in the
	// order hook, which runs it on the create's transaction) and on the pool (its reads then run in parallel).
	const input: PriceDocumentInput = {
		customerId: world.customer.id,
		currency: CURRENCY,
		date: DATE,
		campaignId: null,
		codes: [],
		excludeOrderId: null,
		baseCurrency: CURRENCY,
		lines: basket.map((l) => ({ productId: l.product.id, quantityMilli: l.quantityMilli, manualDiscountBp: 0, approvedDiscountBp: 0, belowFloorApproved: false })),
	};
	const timeDocument = async (db: Knex): Promise<number[]> => {
		for (let i = 0; i < 20; i++) await priceDocument(db, input);
		const t: number[] = [];
		for (let i = 0; i < DOCUMENT_CALLS; i++) {
			const started = performance.now();
			await priceDocument(db, input);
			t.push(performance.now() - started);
		}
		return t;
	};
	/** p50 of `fn` run `n` times, each in its own transaction that is rolled back. */
	const inRolledBack = async (n: number, fn: (trx: Knex.Transaction) => Promise<unknown>): Promise<number> => {
		const t: number[] = [];
		for (let i = 0; i < n; i++) {
			const trx = await knex.transaction();
			try {
				const started = performance.now();
				await fn(trx);
				t.push(performance.now() - started);
			} finally {
				await trx.rollback();
			}
		}
		return median(t);
	};

	/** Where the time of pricing a 50-line order goes, in the current state. */
	const breakdown = async () => {
		const loadStarted = performance.now();
		const ruleSet = await loadDiscountRules(knex);
		const loadMs = performance.now() - loadStarted;
		const last = (await knex('crm_orders').select('id', 'discount_total', 'list_total').where('customer', world.customer.id).orderBy('number', 'desc').first()) as LastOrderRow;
		const lines = (await knex('crm_order_lines').select('id', 'price_explanation', 'applied_rules').where('order', last.id).orderBy([{ column: 'sort' }, { column: 'id' }])) as { id: string; price_explanation: unknown; applied_rules: unknown }[];
		const storedChars = lines.reduce((a, l) => a + JSON.stringify(l.price_explanation).length + JSON.stringify(l.applied_rules).length, 0);

		let docTrx: number[] = [];
		await inRolledBack(1, async (trx) => (docTrx = await timeDocument(trx)));
		const docPool = await timeDocument(knex);
		let queries = { count: 0, serviceMs: 0, top: [] as { sql: string; ms: number }[] };
		await inRolledBack(1, async (trx) => (queries = await profileQueries(trx, 20, () => priceDocument(trx, input))));

		// The engine alone, on the request priceDocument builds.
		const priced = await priceDocument(knex, input);
		const facts = (await loadPricingFacts(knex, { customerId: input.customerId, productIds: basket.map((l) => l.product.id), currency: CURRENCY, date: DATE, baseCurrency: CURRENCY, excludeOrderId: null }))!;
		const request: PricingRequest = {
			currency: CURRENCY,
			date: DATE,
			customer: facts.customer,
			channelId: facts.channelId,
			campaignId: null,
			codes: [],
			lines: basket.map((l, i) => ({ product: facts.products.get(l.product.id)!, quantityMilli: l.quantityMilli, listUnitPrice: priced.listPrices[i]!.unitPrice, manualDiscountBp: 0, approvedDiscountBp: 0, belowFloorApproved: false })),
			rules: ruleSet.index,
			offers: await loadOffersWithUsage(knex, ruleSet.offerRows, input.customerId, null),
			promoCodes: [],
			policy: ruleSet.policy,
		};
		for (let i = 0; i < WARMUP; i++) priceBasket(request);
		const engine: number[] = [];
		const serialize: number[] = [];
		for (let i = 0; i < DOCUMENT_CALLS; i++) {
			let started = performance.now();
			const result = priceBasket(request);
			engine.push(performance.now() - started);
			started = performance.now();
			for (const line of result.lines) JSON.stringify(line.discounts);
			JSON.stringify(priced.records);
			serialize.push(performance.now() - started);
		}
		const candidates = request.lines.map((l) => ruleSet.index.lineCandidates(l.product, facts.customer).length);
		const stored = new Map<string, number>();
		for (const record of priced.records) for (const entry of record.trace) stored.set(entry.outcome, (stored.get(entry.outcome) ?? 0) + 1);

		// What the hook does with the result: claim the offers it used (under lock), write the lines' trace.
		const claimMs = await inRolledBack(10, async (trx) => {
			await trx('crm_discount_redemptions').where('order', last.id).delete();
			await claimRedemptions(trx, last.id, world.customer.id, priced.result.offers);
		});
		const values = lines.map((l, i) => [l['id'], JSON.stringify(priced.result.lines[i]!.discounts), JSON.stringify(priced.records[i])]);
		const writeMs = await inRolledBack(10, (trx) =>
			trx.raw(`update "crm_order_lines" as t set "applied_rules" = v.a, "price_explanation" = v.p from (values ${values.map(() => '(?::uuid, ?::json, ?::json)').join(', ')}) as v(id, a, p) where t.id = v.id`, values.flat()),
		);
		return {
			rules: ruleSet.rules.length,
			loadMs,
			storedChars,
			discount: Number(last.discount_total ?? 0),
			list: Number(last.list_total ?? 0),
			candidates: candidates.reduce((a, b) => a + b, 0) / candidates.length,
			offersUsed: priced.result.offers.length,
			storedEntries: priced.records.reduce((n, r) => n + r.trace.length, 0) / priced.records.length,
			storedOutcomes: [...stored].sort((x, y) => y[1] - x[1]).map(([k, n]) => `${k} ${(n / priced.records.length).toFixed(1)}`).join(', '),
			docTrx: median(docTrx),
			docPool: median(docPool),
			engine: median(engine),
			serialize: median(serialize),
			queries,
			claimMs,
			writeMs,
		};
	};
	await enter('A');
	const a = await breakdown();
	await enter('B');
	const b = await breakdown();

	const restA = median(times.A);
	const restB = median(times.B);
	const row = (label: string, f: (x: typeof a) => string) => console.log(`  ${label.padEnd(44)} A ${f(a).padStart(9)} | B ${f(b).padStart(9)}`);
	console.log(`== REST: POST /items/crm_orders, ${REST_LINES} lines, ${ROUNDS} alternating rounds × ${CREATES} sequential creates per state, PostgreSQL`);
	console.log(`setup: ${world.products.length} products (${REST_LINES} in the basket, with BASE prices), ${world.groups.length} product groups, ${world.customerGroups.length} customer groups, ${world.customerIds.length} customers, ${world.offers.length} offers, ${setup.claims} claims on ${setup.seededOrders} seeded orders, policy row ${setup.policy}`);
	console.log(`state A = the ${world.rules.length} bench rules in crm_discount_rules (+ junctions); B = those rules deleted (offers, codes, claims kept); rules_version bumped and one untimed create after every switch`);
	console.log(`round medians (ms): A ${rounds.A.map(ms).join(' ')} | B ${rounds.B.map(ms).join(' ')}`);
	console.log(`create p50: A ${ms(restA)} ms (p90 ${ms(percentile(times.A, 90))}), B ${ms(restB)} ms (p90 ${ms(percentile(times.B, 90))}); A − B = ${ms(restA - restB)} ms`);
	console.log(`pricing of the ${REST_LINES}-line order, in-process against the bench database (p50, ms unless stated):`);
	row('rules in the index (whole table)', (x) => String(x.rules));
	row('rule set load + index (once per version)', (x) => ms(x.loadMs));
	row('candidate rules per line', (x) => x.candidates.toFixed(1));
	row('stored order: discount / list total', (x) => `${Math.round((x.discount / Math.max(1, x.list)) * 100)} %`);
	row('offers the order consumes', (x) => String(x.offersUsed));
	row('priceDocument, one transaction (as the hook)', (x) => ms(x.docTrx));
	row('priceDocument, on the pool', (x) => ms(x.docPool));
	row('  of which priceBasket (the engine)', (x) => ms(x.engine));
	row('  of which queries (count)', (x) => String(x.queries.count));
	row('  of which queries (time on the connection)', (x) => ms(x.queries.serviceMs));
	row('JSON.stringify of applied rules + records', (x) => ms(x.serialize));
	row('claimRedemptions (lock, count, insert)', (x) => ms(x.claimMs));
	row('UPDATE of the lines\' trace columns', (x) => ms(x.writeMs));
	row('stored trace per order (chars)', (x) => String(x.storedChars));
	row('stored trace entries per line', (x) => x.storedEntries.toFixed(1));
	console.log(`stored trace entries per line by outcome (A): ${a.storedOutcomes}`);
	console.log(`slowest statements of priceDocument (A, per call, time on the connection): ${a.queries.top.map((q) => `${ms(q.ms)} ms ${q.sql.slice(0, 80)}`).join(' | ')}`);
	return { restA, restB, document: a.docTrx };
}

// ---------------------------------------------------------------------------------------------------

try {
	const world = generateWorld(20260615);
	const engine = benchEngine(world);
	// BENCH_PART=engine stops after the in-process engine figures (no Directus, seconds instead of minutes).
	if (process.env['BENCH_PART'] === 'engine') {
		console.log(`BENCH pricing p50_ms=${ms(engine.p50)} p99_ms=${ms(engine.p99)} lines_per_s=${engine.linesPerS} index_build_ms=${ms(engine.indexBuildMs)}`);
		process.exit(0);
	}
	await buildExtensions();
	const rest = await benchRest(world);
	console.log('rest_overhead_ms = priceDocument p50 in one transaction (all of pricing inside the create); rest_rules_delta_ms = REST create p50 with − without the 5,000 rules');
	console.log(
		`BENCH pricing p50_ms=${ms(engine.p50)} p99_ms=${ms(engine.p99)} lines_per_s=${engine.linesPerS} rest_overhead_ms=${ms(rest.document)} rest_rules_delta_ms=${ms(rest.restA - rest.restB)} rest_create_p50_ms=${ms(rest.restA)} index_build_ms=${ms(engine.indexBuildMs)}`,
	);
} finally {
	await cleanup();
}

import { describe, expect, test } from 'vitest';
import {
	assertValidDiscountRule,
	assertValidPromoCode,
	assertValidSpecialOffer,
	type CustomerFacts,
	divideAndRound,
	indexDiscountRules,
	normalizePromoCode,
	parseRate,
	priceBasket,
	type ProductFacts,
	toLinePricingRecord,
} from '../../../packages/crm-core/src/index.ts';
import { RULE_JUNCTIONS, type RuleLinks, toDiscountRule, toPromoCode, toSpecialOffer } from '../../../packages/crm-directus/src/discounts/discount-rows.ts';
import { generateDemoData } from '../../../scripts/seed/generate-demo-data.ts';
import type { DemoData } from '../../../scripts/seed/generate-demo-data.ts';

const NOW = '2026-11-26T12:00:00.000Z';
const full = generateDemoData({ scale: 1, now: NOW });
const small = generateDemoData({ scale: 0.05, now: NOW });

type Row = Record<string, any>;
type Line = DemoData['crm_order_lines'][number] | DemoData['crm_quote_lines'][number];

const groupBy = <T, K>(rows: readonly T[], key: (r: T) => K): Map<K, T[]> => {
	const out = new Map<K, T[]>();
	for (const r of rows) out.set(key(r), [...(out.get(key(r)) ?? []), r]);
	return out;
};

/** The rules as the server loads them: rows plus their m2m links (load-discount-rules.ts). */
function rulesOf(data: DemoData) {
	const tables = data as unknown as Record<string, Row[] | undefined>;
	const links = new Map<string, RuleLinks>();
	for (const j of RULE_JUNCTIONS) {
		for (const link of tables[j.table] ?? []) {
			const l = links.get(link['crm_discount_rules_id']) ?? {};
			(l[j.key] ??= []).push(link[j.column]);
			links.set(link['crm_discount_rules_id'], l);
		}
	}
	return data.crm_discount_rules.map((row) => toDiscountRule(row, links.get(row.id)));
}

/**
 * Re-prices every demo proposal and order from the stored rows alone, the way price-document.ts does:
 * the customer's and products' facts, and the offers' and codes' usage at the moment the document was
 * created (claims of orders created before it that were not released by then; an order made from a
 * proposal claimed when the proposal was priced, since it keeps the proposal's prices).
 */
function repricer(data: DemoData) {
	const index = indexDiscountRules(rulesOf(data));
	const p = data.crm_pricing_policy[0]!;
	const policy = { maxLineDiscountBp: p.max_line_discount_bp, maxOrderDiscountBp: p.max_order_discount_bp, minMarginBp: p.min_margin_bp };
	const customers = new Map(data.crm_customers.map((c) => [c.id, c]));
	const products = new Map(data.crm_products.map((x) => [x.id, x]));
	const parent = new Map(data.crm_product_groups.map((g) => [g.id, g.parent]));
	const groupsOf = groupBy(data.crm_customers_customer_groups, (l) => l.crm_customers_id);
	const segmentsOf = groupBy(data.crm_customers_market_segments, (l) => l.crm_customers_id);
	const productSegmentsOf = groupBy(data.crm_products_market_segments, (l) => l.crm_products_id);
	const quotes = new Map(data.crm_quotes.map((q) => [q.id, q]));
	const orders = new Map(data.crm_orders.map((o) => [o.id, o]));
	const rateOn = (currency: string, day: string) => {
		if (currency === 'EUR') return '1';
		const rows = data.crm_exchange_rates.filter((r) => r.currency === currency && r.rate_date <= day).sort((a, b) => a.rate_date.localeCompare(b.rate_date));
		return rows.at(-1)?.rate ?? null;
	};
	const claimedAt = (orderId: string) => {
		const o = orders.get(orderId)!;
		return Date.parse(o.quote ? quotes.get(o.quote)!.date_created : o.date_created);
	};
	const claims = data.crm_discount_redemptions.map((r) => ({ ...r, at: claimedAt(r.order), releasedMs: r.released_at ? Date.parse(r.released_at) : Infinity }));
	const ordersIn = (list: readonly { order: string }[]) => new Set(list.map((c) => c.order)).size;

	return (doc: { customer: string; currency: string; campaign: string | null; promo_codes: string | null; date_created: string }, date: string, lines: readonly Line[]) => {
		const at = Date.parse(doc.date_created);
		const c = customers.get(doc.customer)!;
		const customer: CustomerFacts = {
			id: c.id,
			groupIds: (groupsOf.get(c.id) ?? []).map((g) => g.crm_customer_groups_id),
			category: c.category ? c.category.toUpperCase() : null,
			segmentIds: (segmentsOf.get(c.id) ?? []).map((s) => s.crm_market_segments_id),
			regionId: c.region,
			status: c.status,
			isFirstOrder: !data.crm_orders.some((o) => o.customer === c.id && o.status !== 'cancelled' && Date.parse(o.date_created) < at),
		};
		const active = claims.filter((r) => r.at < at && r.releasedMs > at);
		const codes = (doc.promo_codes ?? '').split(/[\s,;]+/).map(normalizePromoCode).filter((x) => x !== '');
		const facts = (productId: string): ProductFacts => {
			const x = products.get(productId)!;
			const groupIds: string[] = [];
			for (let g = x.group; g; g = parent.get(g) ?? null) groupIds.push(g);
			let unitCost: number | null = x.cost_price;
			if (x.currency !== doc.currency) {
				const [from, to] = [rateOn(x.currency, date), rateOn(doc.currency, date)];
				unitCost = from && to ? Number(divideAndRound(BigInt(x.cost_price) * parseRate(from).numerator * parseRate(to).denominator, parseRate(from).denominator * parseRate(to).numerator, 'half-up')) : null;
			}
			return { id: x.id, groupIds, segmentIds: (productSegmentsOf.get(x.id) ?? []).map((s) => s.crm_market_segments_id), unitCost };
		};
		return priceBasket({
			currency: doc.currency,
			date,
			customer,
			channelId: c.sales_channel,
			campaignId: doc.campaign,
			codes,
			lines: lines.map((l) => ({
				product: facts(l.product),
				quantityMilli: l.quantity_milli,
				listUnitPrice: l.unit_price,
				manualDiscountBp: l.discount_bp,
				approvedDiscountBp: Math.max(l.discount_approved_bp, l.discount_limit_bp),
				belowFloorApproved: l.below_floor_approved && l.discount_bp <= l.discount_approved_bp,
			})),
			rules: index,
			offers: data.crm_special_offers.map((o) => {
				const all = active.filter((r) => r.offer === o.id);
				const own = all.filter((r) => r.customer === c.id);
				const qty = (list: typeof all) => list.reduce((a, r) => a + r.quantity_milli, 0);
				return toSpecialOffer(o, { uses: ordersIn(all), quantityMilli: qty(all), customerUses: ordersIn(own), customerQuantityMilli: qty(own) });
			}),
			promoCodes: data.crm_promo_codes
				.filter((row) => codes.includes(row.code))
				.map((row) => {
					const all = active.filter((r) => r.promo_code === row.id);
					return toPromoCode(row, ordersIn(all), ordersIn(all.filter((r) => r.customer === c.id)));
				}),
			policy,
		});
	};
}

/** What priced-documents.ts stores as a line's approval status. */
const approvalOf = (l: Line, reasons: readonly string[]) => {
	if (reasons.length > 0) return 'pending';
	return l.discount_bp > 0 && l.discount_approved_at && l.discount_bp <= l.discount_approved_bp ? 'approved' : 'not_needed';
};

describe.each([
	['scale 1', full],
	['scale 0.05', small],
])('demo discounts at %s', (_label, data) => {
	const quoteLines = groupBy(data.crm_quote_lines, (l) => l.quote);
	const orderLines = groupBy(data.crm_order_lines, (l) => l.order);
	const bySort = (a: Line, b: Line) => a.sort - b.sort;

	test('demo documents are priced exactly as the discount engine prices them', () => {
		const price = repricer(data);
		const check = (doc: DemoData['crm_quotes'][number] | DemoData['crm_orders'][number], date: string, lines: Line[], claimsOf: string | null) => {
			const result = price(doc, date, lines);
			lines.forEach((l, i) => {
				const p = result.lines[i]!;
				expect([l.unit_price, l.list_amount, l.discount_amount, l.net_amount], `${doc.number} line ${l.sort}`).toEqual([p.listUnitPrice, p.listAmount, p.discountAmount, p.netAmount]);
				expect(l.applied_rules).toEqual(p.discounts);
				expect(l.price_explanation).toEqual(toLinePricingRecord(result, i, l.price_explanation!.priceList));
				expect(l.approval_status).toBe(approvalOf(l, p.approvalReasons));
			});
			expect([doc.list_total, doc.discount_total, doc.net_total]).toEqual([result.listTotal, result.discountTotal, result.netTotal]);
			const statuses = new Set(lines.map((l) => l.approval_status));
			let approval = statuses.has('approved') ? 'approved' : 'not_needed';
			if (statuses.has('pending')) approval = 'pending';
			expect(doc.approval_status).toBe(approval);
			// A code on a document is always one the engine accepted.
			expect(result.codes.every((c) => c.outcome === 'accepted'), doc.number).toBe(true);
			if (claimsOf === null) return;
			// An order holds exactly the claims its pricing made (one per offer, with the code that unlocked it).
			const held = data.crm_discount_redemptions.filter((r) => r.order === claimsOf).map((r) => [r.offer, r.promo_code, r.quantity_milli]);
			expect(held.sort()).toEqual(result.offers.map((o) => [o.offerId, o.promoCodeIds[0] ?? null, o.quantityMilli]).sort());
		};
		for (const q of data.crm_quotes) check(q, q.issue_date, [...quoteLines.get(q.id)!].sort(bySort), q.order);
		for (const o of data.crm_orders) {
			const lines = [...orderLines.get(o.id)!].sort(bySort);
			if (o.quote === null) check(o, o.order_date, lines, o.id);
			else {
				// The order keeps its proposal's prices, discounts and approvals.
				const strip = ({ id: _i, order: _o, reserved_milli: _r, shipped_milli: _s, invoiced_milli: _v, net_amount_base: _n, cost_base: _c, ...rest }: DemoData['crm_order_lines'][number]) => rest;
				const stripQuote = ({ id: _i, quote: _q, ...rest }: DemoData['crm_quote_lines'][number]) => rest;
				expect(lines.map(strip)).toEqual([...quoteLines.get(o.quote)!].sort(bySort).map(stripQuote));
			}
		}
	});

	test('the demo data shows the discounts at work', () => {
		const lines = [...data.crm_order_lines, ...data.crm_quote_lines];
		expect(lines.some((l) => l.discount_amount > 0)).toBe(true);
		expect(data.crm_campaigns).toHaveLength(2);
		expect(data.crm_special_offers.length).toBeGreaterThanOrEqual(4);
		expect(data.crm_discount_rules.length).toBeGreaterThanOrEqual(12);
		expect(data.crm_promo_codes.length).toBeGreaterThanOrEqual(5);
		expect(data.crm_pricing_policy).toEqual([expect.objectContaining({ max_line_discount_bp: 5000, max_order_discount_bp: 5000, min_margin_bp: 500, rules_version: 1 })]);
		expect(new Set(data.crm_discount_rules.map((r) => r.effect_kind))).toEqual(new Set(['percent', 'amount_per_unit', 'fixed_price', 'free_units', 'order_percent']));
		expect(new Set(data.crm_discount_rules.map((r) => r.combination))).toEqual(new Set(['cumulative', 'best_of', 'exclusive']));
		expect(new Set(data.crm_promo_codes.map((c) => c.kind))).toEqual(new Set(['single_use', 'multi_use', 'per_customer']));
		if (data !== full) return;
		const applied = new Set(lines.flatMap((l) => l.applied_rules.map((a) => a.code)));
		for (const r of data.crm_discount_rules) expect(applied.has(r.code), `${r.code} applies somewhere`).toBe(true);
		expect(data.crm_discount_redemptions.some((r) => r.promo_code !== null)).toBe(true);
		expect(data.crm_discount_redemptions.some((r) => r.status === 'released')).toBe(true);
		expect(data.crm_orders.some((o) => o.status === 'draft' && o.approval_status === 'pending')).toBe(true);
		expect(data.crm_orders.filter((o) => o.status !== 'draft').every((o) => o.approval_status !== 'pending')).toBe(true);
	});

	test('no demo rule is unscoped: each names demo products or product groups', () => {
		const rules = rulesOf(data);
		for (const rule of rules) {
			expect(() => assertValidDiscountRule(rule)).not.toThrow();
			expect((rule.conditions.productIds?.length ?? 0) + (rule.conditions.productGroupIds?.length ?? 0), rule.code).toBeGreaterThan(0);
		}
		for (const o of data.crm_special_offers) expect(() => assertValidSpecialOffer(toSpecialOffer(o))).not.toThrow();
		for (const c of data.crm_promo_codes) expect(() => assertValidPromoCode(toPromoCode(c))).not.toThrow();

		// A product and a customer made outside the demo catalogue (as integration tests do) get no discount,
		// even for a customer in every demo group and category, on any day.
		const customer: CustomerFacts = { id: 'outsider', groupIds: data.crm_customer_groups.map((g) => g.id), category: 'A', segmentIds: [], regionId: null, status: 'key', isFirstOrder: true };
		const product: ProductFacts = { id: 'foreign-product', groupIds: [], segmentIds: [], unitCost: 100 };
		const index = indexDiscountRules(rules);
		for (let day = 1; day <= 7; day++) {
			const result = priceBasket({
				currency: 'EUR',
				date: `2026-06-0${day}`,
				customer,
				channelId: null,
				campaignId: data.crm_campaigns[0]!.id,
				codes: data.crm_promo_codes.map((c) => c.code),
				lines: [{ product, quantityMilli: 200_000, listUnitPrice: 10_000, manualDiscountBp: 0, approvedDiscountBp: 0, belowFloorApproved: false }],
				rules: index,
				offers: data.crm_special_offers.map((o) => toSpecialOffer(o)),
				promoCodes: data.crm_promo_codes.map((c) => toPromoCode(c)),
				policy: { maxLineDiscountBp: 10_000, maxOrderDiscountBp: 10_000, minMarginBp: 0 },
			});
			expect([result.discountTotal, result.lines[0]!.trace]).toEqual([0, []]);
		}
	});

	test('redemptions never exceed offer or code limits', () => {
		const orders = new Map(data.crm_orders.map((o) => [o.id, o]));
		const quotes = new Map(data.crm_quotes.map((q) => [q.id, q]));
		const claimedAt = (r: DemoData['crm_discount_redemptions'][number]) => {
			const o = orders.get(r.order)!;
			return Date.parse(o.quote ? quotes.get(o.quote)!.date_created : o.date_created);
		};
		const ordersIn = (list: readonly { order: string }[]) => new Set(list.map((r) => r.order)).size;
		const withinLimits = (active: DemoData['crm_discount_redemptions']) => {
			for (const o of data.crm_special_offers) {
				const mine = active.filter((r) => r.offer === o.id);
				if (o.max_uses !== null) expect(ordersIn(mine), o.code).toBeLessThanOrEqual(o.max_uses);
				if (o.max_quantity_milli !== null) expect(mine.reduce((a, r) => a + r.quantity_milli, 0), o.code).toBeLessThanOrEqual(o.max_quantity_milli);
				for (const [, own] of groupBy(mine, (r) => r.customer)) {
					if (o.max_uses_per_customer !== null) expect(ordersIn(own), o.code).toBeLessThanOrEqual(o.max_uses_per_customer);
					if (o.max_quantity_per_customer_milli !== null) expect(own.reduce((a, r) => a + r.quantity_milli, 0), o.code).toBeLessThanOrEqual(o.max_quantity_per_customer_milli);
				}
			}
			for (const c of data.crm_promo_codes) {
				const mine = active.filter((r) => r.promo_code === c.id);
				if (c.kind === 'single_use') expect(ordersIn(mine), c.code).toBeLessThanOrEqual(1);
				if (c.max_uses !== null) expect(ordersIn(mine), c.code).toBeLessThanOrEqual(c.max_uses);
				if (c.kind === 'per_customer') for (const [, own] of groupBy(mine, (r) => r.customer)) expect(ordersIn(own), c.code).toBeLessThanOrEqual(1);
				if (c.customer !== null) for (const r of mine) expect(r.customer).toBe(c.customer);
			}
		};
		// At every moment a claim was made, and at the end.
		for (const r of data.crm_discount_redemptions) {
			const at = claimedAt(r);
			withinLimits(data.crm_discount_redemptions.filter((x) => claimedAt(x) <= at && (x.released_at === null || Date.parse(x.released_at) > at)));
		}
		const active = data.crm_discount_redemptions.filter((r) => r.status === 'active');
		withinLimits(active);

		for (const r of data.crm_discount_redemptions) {
			const o = orders.get(r.order)!;
			expect(r.customer).toBe(o.customer);
			expect(r.status).toBe(o.status === 'cancelled' ? 'released' : 'active');
			expect(r.released_at === null).toBe(r.status === 'active');
			if (r.released_at) expect(Date.parse(r.released_at)).toBeGreaterThan(Date.parse(r.date_created));
			expect(r.date_created).toBe(o.date_created);
			if (r.promo_code) expect(o.promo_codes?.split(/[\s,;]+/)).toContain(data.crm_promo_codes.find((c) => c.id === r.promo_code)!.code);
		}
		// The counters shown in the Studio are recounted from the active claims.
		for (const o of data.crm_special_offers) {
			const mine = active.filter((r) => r.offer === o.id);
			expect([o.uses_count, o.quantity_used_milli], o.code).toEqual([ordersIn(mine), mine.reduce((a, r) => a + r.quantity_milli, 0)]);
		}
		for (const c of data.crm_promo_codes) expect(c.uses_count, c.code).toBe(ordersIn(active.filter((r) => r.promo_code === c.id)));
	});
});

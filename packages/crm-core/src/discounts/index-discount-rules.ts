import { compareRules } from './compare-rules.ts';
import type { DiscountRule } from './discount-rule.ts';
import { isOrderEffect } from './is-order-effect.ts';
import type { CustomerFacts, ProductFacts } from './pricing-request.ts';

/**
 * Discount rules looked up by what they are about, so that pricing a line only looks at the rules that
 * could apply to it: with 5,000 rules over 1,000 products a line sees a handful, not all of them.
 * Build it once per rule set (the server keeps one per rule-table version) and pass it as
 * `PricingRequest.rules`.
 */
export interface DiscountRuleIndex {
	/** Brand that tells an index from an array of rules in `PricingRequest.rules`. */
	readonly kind: 'discount-rule-index';
	/** Every indexed rule, in priority order (inactive ones included: they are traced as 'inactive'). */
	readonly rules: readonly DiscountRule[];
	/** Line-effect rules that may apply to a line of this product for this customer, each once, in priority order (then code). */
	lineCandidates(product: ProductFacts, customer: CustomerFacts): DiscountRule[];
	/** Order-effect rules (order_percent / order_amount) that may apply to this customer's basket, in priority order (then code). */
	orderCandidates(customer: CustomerFacts): DiscountRule[];
}

type Buckets = Map<string, DiscountRule[]>;

function add(buckets: Buckets, keys: readonly string[], rule: DiscountRule): void {
	for (const key of new Set(keys)) {
		const bucket = buckets.get(key);
		if (bucket) bucket.push(rule);
		else buckets.set(key, [rule]);
	}
}

function present(list: readonly string[] | undefined): list is readonly string[] {
	return list !== undefined && list.length > 0;
}

/** Rules that depend only on the customer: the same for every line of a basket. */
interface CustomerDimension {
	byCustomer: Buckets;
	byCustomerGroup: Buckets;
	generic: DiscountRule[];
}

function newCustomerDimension(): CustomerDimension {
	return { byCustomer: new Map(), byCustomerGroup: new Map(), generic: [] };
}

function addByCustomer(dimension: CustomerDimension, rule: DiscountRule): void {
	const { customerIds, customerGroupIds } = rule.conditions;
	if (present(customerIds)) add(dimension.byCustomer, customerIds, rule);
	else if (present(customerGroupIds)) add(dimension.byCustomerGroup, customerGroupIds, rule);
	else dimension.generic.push(rule);
}

/** Appends the buckets' rules to `out`; returns true when a rule may have been added twice. */
function collect(out: DiscountRule[], buckets: Buckets, keys: readonly string[]): boolean {
	let lists = 0;
	for (const key of keys) {
		const bucket = buckets.get(key);
		if (!bucket) continue;
		for (const rule of bucket) out.push(rule);
		lists++;
	}
	return lists > 1;
}

function uniqueSorted(rules: DiscountRule[], mayRepeat: boolean): DiscountRule[] {
	const unique = mayRepeat ? [...new Set(rules)] : rules;
	return unique.sort(compareRules);
}

function customerRules(dimension: CustomerDimension, customer: CustomerFacts): DiscountRule[] {
	const out: DiscountRule[] = [...dimension.generic];
	collect(out, dimension.byCustomer, [customer.id]);
	const repeats = collect(out, dimension.byCustomerGroup, customer.groupIds);
	return uniqueSorted(out, repeats);
}

/**
 * Indexes rules by their most selective dimension: productIds → by product; else productGroupIds → by
 * group; else productSegmentIds → by product segment; else customerIds → by customer; else
 * customerGroupIds → by customer group; else generic (looked at for every line). A rule is found
 * through that dimension only; its other conditions are checked when the line is priced. Order-effect
 * rules are indexed apart by customer only, since their product conditions pick the lines that count
 * rather than whether the rule is a candidate.
 */
export function indexDiscountRules(rules: readonly DiscountRule[]): DiscountRuleIndex {
	const sorted = [...rules].sort(compareRules);
	const byProduct: Buckets = new Map();
	const byProductGroup: Buckets = new Map();
	const byProductSegment: Buckets = new Map();
	const lineByCustomer = newCustomerDimension();
	const orderByCustomer = newCustomerDimension();

	for (const rule of sorted) {
		const { productIds, productGroupIds, productSegmentIds } = rule.conditions;
		if (isOrderEffect(rule.effect)) addByCustomer(orderByCustomer, rule);
		else if (present(productIds)) add(byProduct, productIds, rule);
		else if (present(productGroupIds)) add(byProductGroup, productGroupIds, rule);
		else if (present(productSegmentIds)) add(byProductSegment, productSegmentIds, rule);
		else addByCustomer(lineByCustomer, rule);
	}

	// Every line of a basket has the same customer: its customer-wide rules are gathered once per customer object.
	const lineCache = new WeakMap<CustomerFacts, DiscountRule[]>();
	const orderCache = new WeakMap<CustomerFacts, DiscountRule[]>();
	const cached = (cache: WeakMap<CustomerFacts, DiscountRule[]>, dimension: CustomerDimension, customer: CustomerFacts): DiscountRule[] => {
		let found = cache.get(customer);
		if (!found) {
			found = customerRules(dimension, customer);
			cache.set(customer, found);
		}
		return found;
	};

	return {
		kind: 'discount-rule-index',
		rules: sorted,
		lineCandidates(product, customer) {
			const out: DiscountRule[] = [];
			collect(out, byProduct, [product.id]);
			const groupRepeats = collect(out, byProductGroup, product.groupIds);
			const segmentRepeats = collect(out, byProductSegment, product.segmentIds);
			const forCustomer = cached(lineCache, lineByCustomer, customer);
			if (out.length === 0) return [...forCustomer];
			for (const rule of forCustomer) out.push(rule);
			return uniqueSorted(out, groupRepeats || segmentRepeats);
		},
		orderCandidates(customer) {
			return [...cached(orderCache, orderByCustomer, customer)];
		},
	};
}

/** True for an index built by `indexDiscountRules` (as opposed to an array of rules). */
export function isDiscountRuleIndex(value: unknown): value is DiscountRuleIndex {
	return typeof value === 'object' && value !== null && !Array.isArray(value) && (value as { kind?: unknown }).kind === 'discount-rule-index';
}

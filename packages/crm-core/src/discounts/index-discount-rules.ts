import { compareRules } from './compare-rules.ts';
import { CompiledRule } from './compiled-rule.ts';
import type { DiscountRule } from './discount-rule.ts';
import { isOrderEffect } from './is-order-effect.ts';
import { mergeRanks } from './merge-ranks.ts';
import type { CustomerFacts, ProductFacts } from './pricing-request.ts';
import { type RankedRules, registerRankedRules } from './ranked-rules.ts';

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

// Buckets hold ranks (positions in priority order), ascending since rules are added in that order.
type Buckets = Map<string, number[]>;

function add(buckets: Buckets, keys: readonly string[], rank: number): void {
	for (const key of new Set(keys)) {
		const bucket = buckets.get(key);
		if (bucket) bucket.push(rank);
		else buckets.set(key, [rank]);
	}
}

function present(list: readonly string[] | undefined): list is readonly string[] {
	return list !== undefined && list.length > 0;
}

/** Rules that depend only on the customer: the same for every line of a basket. */
interface CustomerDimension {
	byCustomer: Buckets;
	byCustomerGroup: Buckets;
	generic: number[];
	/** Every line of a basket has the same customer: its customer-wide rules are gathered once per customer object. */
	cache: WeakMap<CustomerFacts, number[]>;
}

function newCustomerDimension(): CustomerDimension {
	return { byCustomer: new Map(), byCustomerGroup: new Map(), generic: [], cache: new WeakMap() };
}

function addByCustomer(dimension: CustomerDimension, rule: DiscountRule, rank: number): void {
	const { customerIds, customerGroupIds } = rule.conditions;
	if (present(customerIds)) add(dimension.byCustomer, customerIds, rank);
	else if (present(customerGroupIds)) add(dimension.byCustomerGroup, customerGroupIds, rank);
	else dimension.generic.push(rank);
}

/** Appends the buckets found under `keys` to `lists`. */
function collect(lists: (readonly number[])[], buckets: Buckets, keys: readonly string[]): void {
	for (const key of keys) {
		const bucket = buckets.get(key);
		if (bucket) lists.push(bucket);
	}
}

function customerRanks(dimension: CustomerDimension, customer: CustomerFacts): number[] {
	let found = dimension.cache.get(customer);
	if (!found) {
		const lists: (readonly number[])[] = [dimension.generic];
		collect(lists, dimension.byCustomer, [customer.id]);
		collect(lists, dimension.byCustomerGroup, customer.groupIds);
		found = mergeRanks(lists);
		dimension.cache.set(customer, found);
	}
	return found;
}

/**
 * Indexes rules by their most selective dimension: productIds → by product; else productGroupIds → by
 * group; else productSegmentIds → by product segment; else customerIds → by customer; else
 * customerGroupIds → by customer group; else generic (looked at for every line). A rule is found
 * through that dimension only; its other conditions are checked when the line is priced. Order-effect
 * rules are indexed apart by customer only, since their product conditions pick the lines that count
 * rather than whether the rule is a candidate. The index also numbers the rules in priority order and
 * compiles them for priceBasket (see RankedRules, CompiledRule), once rather than per basket.
 */
export function indexDiscountRules(rules: readonly DiscountRule[]): DiscountRuleIndex {
	const sorted = [...rules].sort(compareRules);
	const byProduct: Buckets = new Map();
	const byProductGroup: Buckets = new Map();
	const byProductSegment: Buckets = new Map();
	const lineByCustomer = newCustomerDimension();
	const orderByCustomer = newCustomerDimension();
	// Best-of groups numbered once, so a basket finds a group's winner in an array rather than by name.
	const groupNumbers = new Map<string, number>();
	const compiled: CompiledRule[] = [];

	sorted.forEach((rule, rank) => {
		const { productIds, productGroupIds, productSegmentIds } = rule.conditions;
		let group = -1;
		if (rule.combination === 'best_of' && rule.combinationGroup !== null) {
			group = groupNumbers.get(rule.combinationGroup) ?? groupNumbers.size;
			groupNumbers.set(rule.combinationGroup, group);
		}
		compiled.push(new CompiledRule(rule, rank, group));
		if (isOrderEffect(rule.effect)) addByCustomer(orderByCustomer, rule, rank);
		else if (present(productIds)) add(byProduct, productIds, rank);
		else if (present(productGroupIds)) add(byProductGroup, productGroupIds, rank);
		else if (present(productSegmentIds)) add(byProductSegment, productSegmentIds, rank);
		else addByCustomer(lineByCustomer, rule, rank);
	});

	const ranked: RankedRules = {
		rules: sorted,
		compiled,
		bestOfGroups: groupNumbers.size,
		lineRanks(product, customer) {
			const lists: (readonly number[])[] = [];
			collect(lists, byProduct, [product.id]);
			collect(lists, byProductGroup, product.groupIds);
			collect(lists, byProductSegment, product.segmentIds);
			lists.push(customerRanks(lineByCustomer, customer));
			return mergeRanks(lists);
		},
		orderRanks: (customer) => customerRanks(orderByCustomer, customer),
	};
	const index: DiscountRuleIndex = {
		kind: 'discount-rule-index',
		rules: sorted,
		lineCandidates: (product, customer) => ranked.lineRanks(product, customer).map((rank) => sorted[rank]!),
		orderCandidates: (customer) => ranked.orderRanks(customer).map((rank) => sorted[rank]!),
	};
	registerRankedRules(index, ranked);
	return index;
}

/** True for an index built by `indexDiscountRules` (as opposed to an array of rules). */
export function isDiscountRuleIndex(value: unknown): value is DiscountRuleIndex {
	return typeof value === 'object' && value !== null && !Array.isArray(value) && (value as { kind?: unknown }).kind === 'discount-rule-index';
}

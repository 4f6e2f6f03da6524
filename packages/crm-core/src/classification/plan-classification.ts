import { daysBetween } from '../calendar/calendar-day.ts';
import type { ClassRule } from './class-rule.ts';
import type { ClassificationSettings } from './classification-settings.ts';
import type { ClassifiedCustomer } from './classified-customer.ts';
import { classifyAbc } from './classify-abc.ts';
import { classifyXyz } from './classify-xyz.ts';
import { ABC_CLASSES, type AbcClass, classesDiffer, type CustomerClasses, XYZ_CLASSES, type XyzClass } from './customer-classes.ts';
import { meetsClassRule, orderClassRules } from './match-class-rule.ts';
import { scoreRfm } from './score-rfm.ts';

/** What a run knows of one customer: their classes now and their sales. */
export interface CustomerSalesFacts {
	customer: string;
	/** What the customer holds now. */
	current: CustomerClasses;
	/** Net revenue in the window, base currency minor units (may be ≤ 0 after credit notes). */
	revenue: number;
	/** Gross margin in the window. */
	margin: number;
	/** Orders that count in the window. */
	orders: number;
	/** Net revenue per calendar month of the window, oldest first, length = windowMonths. */
	monthly: number[];
	/** First and last order that counts, ever. */
	firstOrderDay: string | null;
	lastOrderDay: string | null;
}

export interface ClassificationFacts {
	today: string;
	settings: ClassificationSettings;
	rules: ClassRule[];
	customers: CustomerSalesFacts[];
}

export interface ClassificationMatrixCell {
	abc: AbcClass | null;
	xyz: XyzClass | null;
	customers: number;
	revenue: number;
}

export interface ClassificationPlan {
	/** Customers whose classes, category, status or rule differ from what they hold (only these are written). */
	updates: ClassifiedCustomer[];
	/** One per changed customer: the history row (from → to). */
	changes: { customer: string; from: CustomerClasses; to: CustomerClasses }[];
	/** Every customer's result (for counts; the adapter also writes revenue/margin of the run for all of them). */
	all: ClassifiedCustomer[];
	summary: { customers: number; changed: number; matrix: ClassificationMatrixCell[] };
}

/** Statuses that record a person's decision (credit stop, lost deal, not yet a customer): no rule overrides them. */
export const STATUSES_KEPT_FROM_RULES: readonly string[] = ['blocked', 'lost', 'prospect'];

/**
 * A classification run (M2): ABC by revenue and by margin over all customers (those without sales are C),
 * XYZ by the steadiness of their monthly revenue, RFM among the customers who ordered in the window, the
 * days since their last order; then the first rule they meet sets their category and/or status. A rule
 * never changes a blocked, lost or prospect customer's status (it still sets their category); when no
 * rule matches, category and status stay as they are and the customer no longer has a rule.
 *
 * An order dated after today counts as today's (0 days). A customer with orders in the window but no
 * last order day (inconsistent facts) gets no RFM rather than a made-up recency.
 */
export function planClassification(facts: ClassificationFacts): ClassificationPlan {
	const { today, settings, customers } = facts;
	const current = new Map(customers.map((c) => [c.customer, c.current]));
	if (current.size !== customers.length) throw new RangeError('each customer must appear once in the classification facts');
	const abcRevenue = classifyAbc(customers.map((c) => ({ key: c.customer, value: c.revenue })), settings.abcAShareBp, settings.abcBShareBp);
	const abcMargin = classifyAbc(customers.map((c) => ({ key: c.customer, value: c.margin })), settings.abcAShareBp, settings.abcBShareBp);
	const daysSince = new Map(customers.map((c) => [c.customer, c.lastOrderDay === null ? null : Math.max(0, daysBetween(c.lastOrderDay, today, { from: 'lastOrderDay', to: 'today' }))]));
	const rfm = scoreRfm(customers.flatMap((c) => {
		const days = daysSince.get(c.customer) ?? null;
		return c.orders > 0 && days !== null ? [{ key: c.customer, daysSinceOrder: days, orders: c.orders, revenue: c.revenue }] : [];
	}));
	const rules = orderClassRules(facts.rules);

	const all = customers.map((c): ClassifiedCustomer => {
		const { xyz, cvBp } = classifyXyz(c.monthly, c.firstOrderDay, today, settings);
		const rfmScores = rfm.get(c.customer) ?? null;
		const classified: ClassifiedCustomer = {
			customer: c.customer,
			classes: { ...c.current, abcRevenue: abcRevenue.get(c.customer)!, abcMargin: abcMargin.get(c.customer)!, xyz, rfm: rfmScores && `${rfmScores.r}${rfmScores.f}${rfmScores.m}` },
			rfmScores,
			revenue: c.revenue,
			margin: c.margin,
			cvBp,
			daysSinceOrder: daysSince.get(c.customer) ?? null,
		};
		const rule = rules.find((r) => meetsClassRule(r, classified)) ?? null;
		classified.classes.rule = rule?.id ?? null;
		if (rule !== null && rule.category !== null) classified.classes.category = rule.category;
		if (rule !== null && rule.status !== null && !STATUSES_KEPT_FROM_RULES.includes(c.current.status)) classified.classes.status = rule.status;
		return classified;
	});

	const updates = all.filter((c) => classesDiffer(current.get(c.customer)!, c.classes));
	return {
		updates,
		changes: updates.map((c) => ({ customer: c.customer, from: current.get(c.customer)!, to: c.classes })),
		all,
		summary: { customers: all.length, changed: updates.length, matrix: matrixOf(all) },
	};
}

const ABC_ORDER: readonly (AbcClass | null)[] = [...ABC_CLASSES, null];
const XYZ_ORDER: readonly (XyzClass | null)[] = [...XYZ_CLASSES, null];

/** Customers and revenue per (ABC by revenue × XYZ) cell that has customers, A-X first, classless last. */
function matrixOf(all: readonly ClassifiedCustomer[]): ClassificationMatrixCell[] {
	const cells: ClassificationMatrixCell[] = [];
	for (const abc of ABC_ORDER) {
		for (const xyz of XYZ_ORDER) {
			const members = all.filter((c) => c.classes.abcRevenue === abc && c.classes.xyz === xyz);
			if (members.length > 0) cells.push({ abc, xyz, customers: members.length, revenue: members.reduce((sum, c) => sum + c.revenue, 0) });
		}
	}
	return cells;
}

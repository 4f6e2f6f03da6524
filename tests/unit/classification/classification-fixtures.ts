import type { ClassRule, CustomerClasses, RuleCandidate } from '../../../packages/crm-core/src/index.ts';

/** A rule with no conditions that sets nothing; tests add what they are about. */
export const rule = (id: string, over: Partial<ClassRule> = {}): ClassRule => ({
	id,
	name: id,
	sort: 100,
	abcRevenue: [],
	abcMargin: [],
	xyz: [],
	minMarginBp: null,
	minDaysSinceOrder: null,
	maxDaysSinceOrder: null,
	minRfmScore: null,
	category: null,
	status: null,
	...over,
});

/** Classes with nothing set yet: a customer never classified. */
export const classes = (over: Partial<CustomerClasses> = {}): CustomerClasses => ({ abcRevenue: null, abcMargin: null, xyz: null, rfm: null, category: null, status: 'active', rule: null, ...over });

/** A customer as a rule sees them: classes, RFM, revenue and margin, days since the last order. */
export const candidate = (over: Partial<CustomerClasses>, figures: Partial<Omit<RuleCandidate, 'classes'>> = {}): RuleCandidate => ({
	classes: classes(over),
	rfmScores: null,
	revenue: 0,
	margin: 0,
	daysSinceOrder: null,
	...figures,
});

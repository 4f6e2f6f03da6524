import type { ComparedFigures, Mover, RepPeriodFigures, RepRow, SalesFigures, SalesScope } from '@crm/core';

/** A figure set as the API gives it: minor units of the base currency, shares in basis points. */
export const figuresJson = (f: SalesFigures) => ({ revenue: f.revenue, cost: f.cost, margin: f.margin, margin_bp: f.marginBp, orders: f.orders, customers: f.customers, avg_order: f.avgOrder });

/** A figure set beside the comparison period's: `change` is now minus before, `growth_bp` that change against before. */
export function comparedJson(r: ComparedFigures) {
	return {
		...figuresJson(r),
		previous: r.previous ? figuresJson(r.previous) : null,
		change: r.change ? { revenue: r.change.revenue, margin: r.change.margin, margin_bp: r.change.marginBp, orders: r.change.orders, customers: r.change.customers, avg_order: r.change.avgOrder } : null,
		growth_bp: r.growth ? { revenue: r.growth.revenue, margin: r.growth.margin, orders: r.growth.orders, customers: r.growth.customers, avg_order: r.growth.avgOrder } : null,
	};
}

/** What every analysis answer says about its question: the period, what it is compared with, the filters, the currency. */
export function scopeJson(q: SalesScope, currency: string) {
	return { from: q.from, to: q.to, currency, compare: q.compare, comparison: q.comparison, filters: Object.fromEntries(Object.entries(q.filters).map(([k, v]) => [k, [...v]])) };
}

const activityJson = (a: RepPeriodFigures) => ({ proposals: a.proposals, conversion_bp: a.conversionBp, activities: a.activities, activities_per_order_milli: a.activitiesPerOrderMilli });

/** A leaderboard row: the rep's sales figures and their proposals and activities, each beside the comparison period's. */
export function repJson(r: RepRow & { name: string }) {
	const sales = comparedJson(r);
	return {
		rep: r.rep,
		name: r.name,
		...sales,
		...activityJson(r),
		previous: sales.previous && r.previousActivity ? { ...sales.previous, ...activityJson(r.previousActivity) } : null,
		change: sales.change ? { ...sales.change, conversion_bp: r.conversionChangeBp, activities: r.activities - (r.previousActivity?.activities ?? 0) } : null,
		growth_bp: sales.growth_bp ? { ...sales.growth_bp, activities: r.activitiesGrowthBp } : null,
	};
}

/** A customer or product whose revenue moved, with both periods' revenue, margin and orders. */
export function moverJson(m: Mover & { name: string }) {
	return { key: m.key, name: m.name, revenue: m.current.revenue, previous_revenue: m.previous.revenue, change: m.change, growth_bp: m.growthBp, margin: m.current.margin, previous_margin: m.previous.margin, orders: m.current.orders, previous_orders: m.previous.orders };
}

import { type BudgetFacts, type BudgetPosition, budgetPosition } from './budget-position.ts';

/** What an order gave away through a campaign's rules, in its own currency, and the order's totals to convert it. */
export interface CampaignOrderDiscount {
	/** The discount amounts the engine applied on the order's lines, by rule code. */
	applied: readonly { code: string; amount: number }[];
	grossTotal: number;
	grossTotalBase: number | null;
}

export interface CampaignBudgetFacts extends Omit<BudgetFacts, 'planned' | 'actual'> {
	lines: readonly { costItem: string; planned: number }[];
	spend: readonly { costItem: string; amount: number }[];
	/** The codes of the campaign's discount rules (its own and its offers'). */
	ruleCodes: readonly string[];
	orders: readonly CampaignOrderDiscount[];
}

export interface CampaignBudget {
	byItem: { costItem: string; planned: number; actual: number }[];
	position: BudgetPosition;
}

/**
 * An amount of an order in the base currency, at the order's own rate: its gross total in the base
 * currency (fixed when it was priced) ÷ its gross total, truncated to a whole minor unit.
 */
export function orderAmountInBase(amount: number, grossTotal: number, grossTotalBase: number | null): number {
	if (grossTotalBase === null || grossTotal === 0) return 0;
	return Number((BigInt(amount) * BigInt(grossTotalBase)) / BigInt(grossTotal));
}

/**
 * The campaign's plan against its spend by cost item (M3.4): booked costs from the spend ledger, and
 * the discounts its rules gave on orders that were not cancelled, counted from the pricing records as
 * the cost item "discounts". The totals feed budgetPosition.
 */
export function summarizeCampaignBudget(f: CampaignBudgetFacts): CampaignBudget {
	const codes = new Set(f.ruleCodes);
	const discounts = f.orders.reduce((sum, o) => sum + orderAmountInBase(o.applied.filter((a) => codes.has(a.code)).reduce((s, a) => s + a.amount, 0), o.grossTotal, o.grossTotalBase), 0);
	const items = new Map<string, { planned: number; actual: number }>();
	const at = (item: string) => items.get(item) ?? items.set(item, { planned: 0, actual: 0 }).get(item)!;
	for (const l of f.lines) at(l.costItem).planned += l.planned;
	for (const s of f.spend) at(s.costItem).actual += s.amount;
	if (discounts !== 0) at('discounts').actual += discounts;
	const byItem = [...items.entries()].map(([costItem, v]) => ({ costItem, ...v })).sort((a, b) => a.costItem.localeCompare(b.costItem));
	const planned = byItem.reduce((s, i) => s + i.planned, 0);
	const actual = byItem.reduce((s, i) => s + i.actual, 0);
	const { lines: _l, spend: _s, ruleCodes: _r, orders: _o, ...rest } = f;
	return { byItem, position: budgetPosition({ ...rest, planned, actual }) };
}

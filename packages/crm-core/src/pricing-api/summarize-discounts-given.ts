import type { AppliedDiscount } from '../discounts/pricing-result.ts';

export interface DiscountedLine {
	listAmount: number;
	discountAmount: number;
	netAmount: number;
	/** The discounts the engine applied; empty for lines priced before it (their whole discount counts as manual). */
	applied: readonly Pick<AppliedDiscount, 'code' | 'amount'>[];
}

export interface DiscountedDocument {
	rep: { id: string; name: string } | null;
	groups: readonly { id: string; name: string }[];
	lines: readonly DiscountedLine[];
}

export interface DiscountBucket {
	key: string;
	label: string;
	discount: number;
	/** Net revenue of the lines in the bucket (after discounts). */
	net: number;
	lines: number;
}

export interface DiscountsGiven {
	documents: number;
	listTotal: number;
	discountTotal: number;
	netTotal: number;
	byRule: DiscountBucket[];
	byRep: DiscountBucket[];
	byCustomerGroup: DiscountBucket[];
}

function bucketer() {
	const buckets = new Map<string, DiscountBucket>();
	return {
		add(key: string, label: string, discount: number, net: number) {
			const b = buckets.get(key) ?? { key, label, discount: 0, net: 0, lines: 0 };
			b.discount += discount;
			b.net += net;
			b.lines += 1;
			buckets.set(key, b);
		},
		// Largest discount first; equal ones by label so the panel does not reshuffle between loads.
		list: () => [...buckets.values()].sort((a, b) => b.discount - a.discount || a.label.localeCompare(b.label)),
	};
}

/**
 * "Discounts given": what each rule, rep and customer group cost against the revenue it came with.
 * A customer in two groups counts in both groups (the group view answers "what did we give this
 * group", not a partition); rule and rep views add up to the total.
 */
export function summarizeDiscountsGiven(documents: readonly DiscountedDocument[], ruleNames: ReadonlyMap<string, string>): DiscountsGiven {
	const byRule = bucketer();
	const byRep = bucketer();
	const byGroup = bucketer();
	let listTotal = 0;
	let discountTotal = 0;
	let netTotal = 0;

	for (const doc of documents) {
		for (const line of doc.lines) {
			listTotal += line.listAmount;
			discountTotal += line.discountAmount;
			netTotal += line.netAmount;
			if (line.discountAmount === 0) continue;

			const perRule = new Map<string, number>();
			for (const a of line.applied) if (a.amount > 0) perRule.set(a.code, (perRule.get(a.code) ?? 0) + a.amount);
			const explained = [...perRule.values()].reduce((x, y) => x + y, 0);
			if (explained < line.discountAmount) perRule.set('MANUAL', (perRule.get('MANUAL') ?? 0) + line.discountAmount - explained);
			for (const [code, amount] of perRule) byRule.add(code, code === 'MANUAL' ? 'Manual discounts' : (ruleNames.get(code) ?? code), amount, line.netAmount);

			byRep.add(doc.rep?.id ?? 'none', doc.rep?.name ?? 'No rep', line.discountAmount, line.netAmount);
			if (doc.groups.length === 0) byGroup.add('none', 'No group', line.discountAmount, line.netAmount);
			for (const g of doc.groups) byGroup.add(g.id, g.name, line.discountAmount, line.netAmount);
		}
	}

	return { documents: documents.length, listTotal, discountTotal, netTotal, byRule: byRule.list(), byRep: byRep.list(), byCustomerGroup: byGroup.list() };
}

import { type AssociationRule, explainRule, suggestCrossSells } from '@crm/core';
import type { Knex } from 'knex';
import type { MinedRules } from './cross-sell-rules.ts';
import { loadProductLabels, loadProductRelations, type ProductLabel } from './load-cross-sell-products.ts';

/** One suggestion as the API answers it. */
export interface CrossSellAnswer {
	product: { id: string; sku: string; name: string };
	source: 'related' | 'bought_together';
	kind: string | null;
	because_of: { id: string; name: string };
	support_bp: number | null;
	confidence_bp: number | null;
	lift_bp: number | null;
	/** How many counted orders held both products (mined rules only). */
	orders_together: number | null;
	reason: string;
	/** The relation's note, for the rep (hand relations only). */
	note: string | null;
}

const labelOf = (labels: ReadonlyMap<string, ProductLabel>, id: string) => labels.get(id) ?? { id, sku: '', name: id, active: false };

/**
 * S6.10 — what to offer with a basket of products: its active hand relations first, then the mined rules whose
 * antecedent it holds; never a product on it, nor an inactive one. Names come from the products themselves.
 */
export async function suggestForBasket(knex: Knex, mined: MinedRules, basket: readonly string[], limit: number): Promise<CrossSellAnswer[]> {
	const onIt = new Set(basket);
	const relations = await loadProductRelations(knex, [...onIt]);
	const rules = mined.rules.filter((r) => onIt.has(r.antecedent) && !onIt.has(r.consequent));
	const labels = await loadProductLabels(knex, [...onIt, ...relations.map((r) => r.relatedProductId), ...rules.map((r) => r.consequent)]);
	const offerable = (id: string) => labelOf(labels, id).active;
	const related = relations.filter((r) => offerable(r.relatedProductId));
	const names = new Map([...labels.values()].map((l) => [l.id, l.name]));
	const suggestions = suggestCrossSells({ basketProductIds: onIt, related, rules: rules.filter((r) => offerable(r.consequent)), limit, names });
	const noteOf = new Map(related.map((r) => [`${r.productId}\u0000${r.relatedProductId}`, r.note]));
	return suggestions.map((s) => {
		const { id, sku, name } = labelOf(labels, s.productId);
		const rule: AssociationRule | null = s.rule;
		return {
			product: { id, sku, name },
			source: s.source,
			kind: s.kind,
			because_of: { id: s.becauseOf, name: labelOf(labels, s.becauseOf).name },
			support_bp: rule?.supportBp ?? null,
			confidence_bp: rule?.confidenceBp ?? null,
			lift_bp: rule?.liftBp ?? null,
			orders_together: rule?.count ?? null,
			reason: s.reason,
			note: rule ? null : (noteOf.get(`${s.becauseOf}\u0000${s.productId}`) ?? null),
		};
	});
}

/** The strongest mined rules, explained, with the products' SKU and name. */
export async function explainStrongestRules(knex: Knex, mined: MinedRules, limit: number) {
	const rules = mined.rules.slice(0, limit);
	const labels = await loadProductLabels(knex, rules.flatMap((r) => [r.antecedent, r.consequent]));
	const names = new Map([...labels.values()].map((l) => [l.id, l.name]));
	const product = (id: string) => ({ id, sku: labelOf(labels, id).sku, name: labelOf(labels, id).name });
	return rules.map((r) => ({ antecedent: product(r.antecedent), consequent: product(r.consequent), orders_together: r.count, support_bp: r.supportBp, confidence_bp: r.confidenceBp, lift_bp: r.liftBp, reason: explainRule(r, names) }));
}

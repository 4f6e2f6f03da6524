import { CrmError } from '../errors/crm-error.ts';
import { type AssociationRule, compareAssociationRules } from './association-rule.ts';
import { explainRule } from './explain-rule.ts';
import { type ProductNames, productName } from './product-names.ts';

export const RELATION_KINDS = ['accessory', 'alternative', 'optional'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** A hand-maintained link from a product to one to offer with it. */
export interface ProductRelation {
	productId: string;
	relatedProductId: string;
	kind: RelationKind;
}

export interface CrossSellInput {
	/** The products on the proposal or order. */
	basketProductIds: Iterable<string>;
	/** Hand-maintained relations, in the order they are to be shown (their sort order, say). */
	related: readonly ProductRelation[];
	/** Mined rules, in any order. */
	rules: readonly AssociationRule[];
	/** At most this many suggestions (a whole number, 0 or more). */
	limit: number;
	/** Names for the reasons; ids stand in for missing ones. */
	names?: ProductNames;
}

export interface CrossSellSuggestion {
	productId: string;
	/** 'related': a hand-maintained relation; 'bought_together': a mined rule. */
	source: 'related' | 'bought_together';
	/** The relation's kind; null for a mined rule. */
	kind: RelationKind | null;
	/** The product on the order that brought the suggestion. */
	becauseOf: string;
	/** The rule behind a mined suggestion; null for a relation. */
	rule: AssociationRule | null;
	reason: string;
}

const KIND_REASON: Record<RelationKind, string> = { accessory: 'Accessory for', alternative: 'Alternative to', optional: 'Optional extra for' };

/**
 * S6.10 — what to offer with a proposal or order. Hand-maintained relations of the products on it come first,
 * in their given order, with their kind: someone chose them on purpose. Then mined rules whose antecedent is on
 * it, strongest first (compareAssociationRules), one per suggested product (its best rule). A product already on the order
 * or already suggested is never suggested again. Throws CRM_OUT_OF_RANGE for a limit that is not a whole number.
 */
export function suggestCrossSells({ basketProductIds, related, rules, limit, names }: CrossSellInput): CrossSellSuggestion[] {
	if (!Number.isSafeInteger(limit) || limit < 0) throw new CrmError('CRM_OUT_OF_RANGE', `"limit" must be a whole number 0 or more, got ${limit}.`, { field: 'limit' });
	const basket = new Set(basketProductIds);
	const suggestions: CrossSellSuggestion[] = [];
	const taken = new Set<string>();
	const offer = (suggestion: CrossSellSuggestion) => {
		if (suggestions.length >= limit || basket.has(suggestion.productId) || taken.has(suggestion.productId)) return;
		taken.add(suggestion.productId);
		suggestions.push(suggestion);
	};
	for (const r of related) {
		if (!basket.has(r.productId)) continue;
		offer({ productId: r.relatedProductId, source: 'related', kind: r.kind, becauseOf: r.productId, rule: null, reason: `${KIND_REASON[r.kind]} ${productName(names, r.productId)}` });
	}
	for (const rule of rules.filter((r) => basket.has(r.antecedent)).sort(compareAssociationRules)) {
		offer({ productId: rule.consequent, source: 'bought_together', kind: null, becauseOf: rule.antecedent, rule, reason: explainRule(rule, names ?? new Map()) });
	}
	return suggestions;
}

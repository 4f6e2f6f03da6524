import { compareKeys } from '../classification/compare-keys.ts';

/** "Orders with the antecedent also hold the consequent": one product each way (A → B), mined from order baskets. */
export interface AssociationRule {
	antecedent: string;
	consequent: string;
	/** Orders holding both. */
	count: number;
	/** Orders holding both ÷ all orders, in basis points. */
	supportBp: number;
	/** Orders holding both ÷ orders holding the antecedent, in basis points. */
	confidenceBp: number;
	/** Confidence ÷ the share of orders holding the consequent, in basis points: 10000 is lift 1.0 (no more often than chance). */
	liftBp: number;
}

/** The strongest rule first: lift, then confidence, then antecedent and consequent ids (code-unit order, the same everywhere). */
export function compareAssociationRules(a: AssociationRule, b: AssociationRule): number {
	return b.liftBp - a.liftBp || b.confidenceBp - a.confidenceBp || compareKeys(a.antecedent, b.antecedent) || compareKeys(a.consequent, b.consequent);
}

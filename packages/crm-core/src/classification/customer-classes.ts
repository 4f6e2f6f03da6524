/**
 * A customer's classes (M2 classification): ABC by revenue and by margin, XYZ by how steadily they buy,
 * RFM by recency, frequency and money, and the category and status that the classification rules set.
 */

/** Pareto class: A makes the first part of the total, B the next, C the long tail. */
export type AbcClass = 'A' | 'B' | 'C';
export const ABC_CLASSES: readonly AbcClass[] = ['A', 'B', 'C'];

/** How steady monthly revenue is: X steady, Y fluctuating, Z erratic (or nothing bought). */
export type XyzClass = 'X' | 'Y' | 'Z';
export const XYZ_CLASSES: readonly XyzClass[] = ['X', 'Y', 'Z'];

/** The only statuses a rule may set: blocked, lost and prospect are people's decisions. */
export type ClassifiedStatus = 'active' | 'key';
export const CLASSIFIED_STATUSES: readonly ClassifiedStatus[] = ['active', 'key'];

export interface CustomerClasses {
	abcRevenue: AbcClass | null;
	abcMargin: AbcClass | null;
	xyz: XyzClass | null;
	/** R, F and M scores written together, e.g. '545'; null when the customer has no order in the window. */
	rfm: string | null;
	category: string | null;
	status: string;
	/** The id of the rule that matched in the run that set these classes. */
	rule: string | null;
}

const FIELDS: readonly (keyof CustomerClasses)[] = ['abcRevenue', 'abcMargin', 'xyz', 'rfm', 'category', 'status', 'rule'];

/** True when any class, the category, the status or the rule differs: only then is a customer written and a history row kept. */
export function classesDiffer(a: CustomerClasses, b: CustomerClasses): boolean {
	return FIELDS.some((field) => a[field] !== b[field]);
}

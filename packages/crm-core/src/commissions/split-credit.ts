import { CrmError } from '../errors/crm-error.ts';
import { allocateProportionally } from '../money/allocate-proportionally.ts';

/** One rep's share of a document, in basis points (10000 = all of it). */
export interface CreditShare {
	repId: string;
	splitBp: number;
}

/** What a rep is credited with from a shared document, in minor units. */
export interface RepCredit {
	repId: string;
	amountMinor: number;
}

function invalid(field: string, message: string): CrmError {
	return new CrmError('CRM_COMMISSION_SPLIT_INVALID', message, { field });
}

/**
 * Splits an amount (revenue or margin, negative for a credit note) among the reps who share a document, so
 * that the parts add up to the amount exactly: largest remainder, a tie going to the rep listed first. The
 * shares must cover the whole document, no more and no less.
 */
export function splitCredit(amountMinor: number, shares: readonly CreditShare[]): RepCredit[] {
	if (!Number.isSafeInteger(amountMinor)) throw invalid('amountMinor', `The amount to split must be a whole number of minor units, got ${JSON.stringify(amountMinor)}.`);
	const seen = new Set<string>();
	shares.forEach((s, i) => {
		if (typeof s.repId !== 'string' || s.repId === '') throw invalid(`shares[${i}].repId`, `Share ${i + 1} needs the rep it belongs to.`);
		if (seen.has(s.repId)) throw invalid(`shares[${i}].repId`, `Rep ${s.repId} is listed twice: give each rep one share.`);
		seen.add(s.repId);
		if (!(Number.isSafeInteger(s.splitBp) && s.splitBp >= 0 && s.splitBp <= 10_000)) {
			throw invalid(`shares[${i}].splitBp`, `Rep ${s.repId}'s share must be a whole number of basis points from 0 to 10000 (5000 = half), got ${JSON.stringify(s.splitBp)}.`);
		}
	});
	const total = shares.reduce((sum, s) => sum + s.splitBp, 0);
	if (total !== 10_000) throw invalid('shares', `The reps' shares must add up to 10000 bp (100 %), they add up to ${total} bp.`);
	const parts = allocateProportionally(amountMinor, shares.map((s) => s.splitBp));
	return shares.map((s, i) => ({ repId: s.repId, amountMinor: parts[i]! }));
}

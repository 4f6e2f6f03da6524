/** A customer group that carries a price list. */
export interface GroupPriceList {
	priceListId: string | null;
	/** Lower applies first. */
	priority: number;
	code: string;
}

/** Code order by code points, as every database and browser sorts it alike. */
function compareCodes(a: string, b: string): number {
	if (a === b) return 0;
	return a < b ? -1 : 1;
}

/**
 * S6.7 — the price lists of a customer's groups in the order resolution tries them: by the group's
 * priority, then by group code so that equal priorities always resolve the same way, on every database
 * and in every route (document pricing and GET /crm/prices/resolve alike). Groups without a list drop out.
 */
export function groupPriceListIds(groups: readonly GroupPriceList[]): string[] {
	return groups
		.filter((g): g is GroupPriceList & { priceListId: string } => typeof g.priceListId === 'string' && g.priceListId !== '')
		.sort((a, b) => a.priority - b.priority || compareCodes(a.code, b.code))
		.map((g) => g.priceListId);
}

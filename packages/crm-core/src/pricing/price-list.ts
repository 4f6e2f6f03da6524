import type { RoundingMode } from '../money/rounding-mode.ts';

/** What a price list is for. Informational for resolution: the caller decides which list is whose. */
export type PriceListKind = 'base' | 'wholesale' | 'dealer' | 'channel' | 'group' | 'customer';

export const PRICE_LIST_KINDS: readonly PriceListKind[] = ['base', 'wholesale', 'dealer', 'channel', 'group', 'customer'];

/** One quantity break of one product: from `minQuantityMilli` (thousandths of a unit) on, `unitPrice` applies. */
export interface PriceListItem {
	productId: string;
	minQuantityMilli: number;
	/** Minor units of the list's currency, per whole unit. */
	unitPrice: number;
}

export interface PriceList {
	id: string;
	code: string;
	name: string;
	currency: string;
	kind: PriceListKind;
	/** First day the list applies ('YYYY-MM-DD'), or null for "since ever". */
	validFrom: string | null;
	/** Last day the list applies, inclusive, or null for "until further notice". */
	validTo: string | null;
	active: boolean;
	/** The list this one derives its prices from for products it has no own items for. */
	parentId: string | null;
	/** Signed basis points applied to the parent's price: +1500 = 15 % markup, -1000 = 10 % markdown; null = 0. */
	derivationBp: number | null;
	/** Derived prices are rounded to a multiple of this many minor units (100 = whole units); null = not rounded further. */
	roundingStep: number | null;
	roundingMode: RoundingMode;
	items: PriceListItem[];
}

/** Price lists as the caller has them: keyed by id, or a plain array (e.g. straight from the database). */
export type PriceLists = ReadonlyMap<string, PriceList> | readonly PriceList[];

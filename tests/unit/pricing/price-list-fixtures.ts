import type { PriceList } from '../../../packages/crm-core/src/pricing/index.ts';

/** A price list with harmless defaults: active, EUR, valid forever, not derived. */
export function priceList(overrides: Partial<PriceList> & Pick<PriceList, 'id' | 'code'>): PriceList {
	return {
		name: overrides.code,
		currency: 'EUR',
		kind: 'customer',
		validFrom: null,
		validTo: null,
		active: true,
		parentId: null,
		derivationBp: null,
		roundingStep: null,
		roundingMode: 'half-up',
		items: [],
		...overrides,
	};
}

export const DATE = '2026-03-02';

export const base = priceList({
	id: 'base',
	code: 'BASE',
	name: 'Base 2026',
	kind: 'base',
	validFrom: '2026-01-01',
	items: [
		{ productId: 'widget', minQuantityMilli: 1000, unitPrice: 1250 },
		{ productId: 'widget', minQuantityMilli: 100_000, unitPrice: 990 },
		{ productId: 'widget', minQuantityMilli: 10_000, unitPrice: 1075 },
		{ productId: 'gadget', minQuantityMilli: 1000, unitPrice: 1079 },
		{ productId: 'bolt', minQuantityMilli: 100_000, unitPrice: 5 },
	],
});

export const base2025 = priceList({
	id: 'base-2025',
	code: 'BASE25',
	name: 'Base 2025',
	kind: 'base',
	validFrom: '2025-01-01',
	validTo: '2025-12-31',
	items: [{ productId: 'widget', minQuantityMilli: 1000, unitPrice: 950 }],
});

export const baseUsd = priceList({
	id: 'base-usd',
	code: 'BASEUSD',
	name: 'Base USD',
	kind: 'base',
	currency: 'USD',
	validFrom: '2026-02-01',
	items: [{ productId: 'widget', minQuantityMilli: 1000, unitPrice: 1400 }],
});

export const wholesale = priceList({
	id: 'wholesale',
	code: 'WHOLESALE',
	name: 'Wholesale 2026',
	kind: 'wholesale',
	parentId: 'base',
	derivationBp: 1500,
	roundingStep: 10,
	items: [{ productId: 'gadget', minQuantityMilli: 1000, unitPrice: 1500 }],
});

export const dealer = priceList({
	id: 'dealer',
	code: 'DEALER',
	name: 'Dealer 2026',
	kind: 'dealer',
	parentId: 'wholesale',
	derivationBp: -1000,
	roundingStep: 5,
	roundingMode: 'down',
});

export const staleDeal = priceList({ id: 'stale', code: 'STALE', name: 'Stale deal', kind: 'dealer', parentId: 'base-2025', derivationBp: -500 });

export const acme = priceList({ id: 'acme', code: 'ACME', name: 'Acme special', items: [{ productId: 'widget', minQuantityMilli: 1000, unitPrice: 1100 }] });

export const acme2025 = priceList({
	id: 'acme-2025',
	code: 'ACME25',
	name: 'Acme 2025',
	validTo: '2025-12-31',
	items: [{ productId: 'widget', minQuantityMilli: 1000, unitPrice: 900 }],
});

export const retailers = priceList({ id: 'retailers', code: 'RETAIL', name: 'Retailers', kind: 'group', active: false, items: [{ productId: 'widget', minQuantityMilli: 1000, unitPrice: 1000 }] });

export const partners = priceList({ id: 'partners', code: 'PARTNER', name: 'Partners', kind: 'group', items: [{ productId: 'gadget', minQuantityMilli: 1000, unitPrice: 999 }] });

export const summerShop = priceList({
	id: 'summer',
	code: 'SUMMER',
	name: 'Web shop summer',
	kind: 'channel',
	validFrom: '2026-06-01',
	validTo: '2026-08-31',
	items: [{ productId: 'widget', minQuantityMilli: 1000, unitPrice: 1199 }],
});

export const usdShop = priceList({ id: 'usd-shop', code: 'USDSHOP', name: 'US shop', kind: 'channel', currency: 'USD', items: [{ productId: 'widget', minQuantityMilli: 1000, unitPrice: 1300 }] });

export const allLists: PriceList[] = [base, base2025, baseUsd, wholesale, dealer, staleDeal, acme, acme2025, retailers, partners, summerShop, usdShop];

import type { BasketLine, CustomerFacts, DiscountRule, PricingRequest, PricingResult, ProductFacts, PromoCode, SpecialOffer, TraceEntry } from '../../../packages/crm-core/src/discounts/index.ts';

/** A Thursday. */
export const DATE = '2026-03-05';

export const acme: CustomerFacts = { id: 'acme', groupIds: ['retail'], category: 'A', segmentIds: ['smb'], regionId: 'north', status: 'active', isFirstOrder: false };

export const widget: ProductFacts = { id: 'widget', groupIds: ['hand-tools', 'tools'], segmentIds: ['diy'], unitCost: null };
export const gadget: ProductFacts = { id: 'gadget', groupIds: ['gadgets'], segmentIds: ['pro'], unitCost: null };

export function rule(overrides: Partial<DiscountRule> & Pick<DiscountRule, 'code'>): DiscountRule {
	return {
		id: overrides.code.toLowerCase(),
		name: `Rule ${overrides.code}`,
		active: true,
		priority: 100,
		combination: 'cumulative',
		combinationGroup: null,
		currency: null,
		offerId: null,
		conditions: {},
		effect: { kind: 'percent', bp: 1000 },
		...overrides,
	};
}

export function offer(overrides: Partial<SpecialOffer> = {}): SpecialOffer {
	return {
		id: 'spring',
		code: 'SPRING',
		name: 'Spring tools',
		active: true,
		validFrom: null,
		validTo: null,
		maxUses: null,
		maxUsesPerCustomer: null,
		maxQuantityMilli: null,
		maxQuantityPerCustomerMilli: null,
		used: { uses: 0, quantityMilli: 0, customerUses: 0, customerQuantityMilli: 0 },
		...overrides,
	};
}

export function promo(overrides: Partial<PromoCode> = {}): PromoCode {
	return { id: 'pc-spring10', code: 'SPRING10', offerId: 'spring', kind: 'multi_use', active: true, validFrom: null, validTo: null, maxUses: null, customerId: null, uses: 0, customerUses: 0, ...overrides };
}

/** 10 widgets at 12.00 EUR: 120.00 EUR. */
export function line(overrides: Partial<BasketLine> = {}): BasketLine {
	return { product: widget, quantityMilli: 10_000, listUnitPrice: 1200, manualDiscountBp: 0, approvedDiscountBp: 0, belowFloorApproved: false, ...overrides };
}

export function request(overrides: Partial<PricingRequest> = {}): PricingRequest {
	return {
		currency: 'EUR',
		date: DATE,
		customer: acme,
		channelId: 'web',
		campaignId: null,
		codes: [],
		lines: [line()],
		rules: [],
		offers: [],
		promoCodes: [],
		policy: { maxLineDiscountBp: 10_000, maxOrderDiscountBp: 10_000, minMarginBp: 0 },
		...overrides,
	};
}

/** The trace entry of rule `code` on line `lineIndex` (the line-level one; order shares come after). */
export function traceOf(result: PricingResult, code: string, lineIndex = 0): TraceEntry {
	const found = result.lines[lineIndex]?.trace.find((entry) => entry.code === code);
	if (!found) throw new Error(`no trace entry for ${code} on line ${lineIndex}`);
	return found;
}

/** [code, outcome, amount] of every entry of a line's trace, for compact expectations. */
export function outcomes(result: PricingResult, lineIndex = 0): [string, string, number][] {
	return (result.lines[lineIndex]?.trace ?? []).map((entry) => [entry.code, entry.outcome, entry.amount]);
}

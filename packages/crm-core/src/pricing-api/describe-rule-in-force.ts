import type { DiscountEffect, DiscountRule } from '../discounts/discount-rule.ts';
import { formatMoney } from '../discounts/format-money.ts';
import { formatPercent } from '../discounts/format-percent.ts';
import type { SpecialOffer } from '../discounts/special-offer.ts';
import { describeQuantity } from '../pricing/format-quantity.ts';

export interface RuleInForce {
	id: string;
	code: string;
	name: string;
	priority: number;
	combination: DiscountRule['combination'];
	combinationGroup: string | null;
	effect: DiscountEffect;
	/** Plain words, e.g. "10 % off each matching line; best of group SEASON". */
	summary: string;
	requiresCode: boolean;
	validFrom: string | null;
	validTo: string | null;
	offer: { id: string; code: string; name: string; usesLeft: number | null; quantityLeftMilli: number | null } | null;
}

function describeEffect(effect: DiscountEffect, currency: string | null): string {
	const money = (amount: number) => (currency ? formatMoney(amount, currency) : `${amount} minor units`);
	switch (effect.kind) {
		case 'percent':
			return `${formatPercent(effect.bp)} off each matching line${effect.tiers?.length ? ` (tiers from ${describeQuantity(effect.tiers[0]!.minQuantityMilli)})` : ''}`;
		case 'amount_per_unit':
			return `${money(effect.amount)} off each unit`;
		case 'fixed_price':
			return `unit price ${money(effect.unitPrice)}`;
		case 'free_units':
			return `buy ${describeQuantity(effect.buyMilli)}, get ${describeQuantity(effect.freeMilli)} free`;
		case 'order_percent':
			return `${formatPercent(effect.bp)} off the order`;
		case 'order_amount':
			return `${money(effect.amount)} off the order`;
	}
}

const inWindow = (from: string | null | undefined, to: string | null | undefined, date: string) => (!from || from <= date) && (!to || date <= to);

/** The rule as listed by GET /crm/pricing/rules, or null when it is not in force on `date` (inactive, outside its or its offer's dates, offer used up). */
export function describeRuleInForce(rule: DiscountRule, offer: SpecialOffer | null, date: string): RuleInForce | null {
	if (!rule.active || !inWindow(rule.conditions.validFrom, rule.conditions.validTo, date)) return null;
	if (rule.offerId && (!offer || !offer.active || !inWindow(offer.validFrom, offer.validTo, date))) return null;
	const usesLeft = offer?.maxUses === null || offer?.maxUses === undefined ? null : Math.max(0, offer.maxUses - offer.used.uses);
	const quantityLeftMilli = offer?.maxQuantityMilli === null || offer?.maxQuantityMilli === undefined ? null : Math.max(0, offer.maxQuantityMilli - offer.used.quantityMilli);
	if (usesLeft === 0 || quantityLeftMilli === 0) return null;

	const combination = { exclusive: 'exclusive', best_of: `best of group ${rule.combinationGroup ?? ''}`, cumulative: 'cumulative' }[rule.combination];
	return {
		id: rule.id,
		code: rule.code,
		name: rule.name,
		priority: rule.priority,
		combination: rule.combination,
		combinationGroup: rule.combinationGroup,
		effect: rule.effect,
		summary: `${describeEffect(rule.effect, rule.currency)}; ${combination}${rule.conditions.requiresCode ? '; needs a promo code' : ''}`,
		requiresCode: Boolean(rule.conditions.requiresCode),
		validFrom: rule.conditions.validFrom ?? null,
		validTo: rule.conditions.validTo ?? null,
		offer: offer ? { id: offer.id, code: offer.code, name: offer.name, usesLeft, quantityLeftMilli } : null,
	};
}

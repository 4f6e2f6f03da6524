import { isCurrencyCode } from '../money/currency.ts';
import { assertValidWindow } from './assert-valid-window.ts';
import { discountDefinitionError } from './discount-definition-error.ts';
import type { DiscountEffect, DiscountRule, QuantityTier } from './discount-rule.ts';
import { isOrderEffect } from './is-order-effect.ts';

const COMBINATIONS = ['exclusive', 'best_of', 'cumulative'];
const EFFECT_KINDS = ['percent', 'amount_per_unit', 'fixed_price', 'free_units', 'order_percent', 'order_amount'];

function isWhole(value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): value is number {
	return Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;
}

/** Field of the effect's value in the rule table: percent rules keep basis points, the others an amount. */
function valueField(effect: DiscountEffect): string {
	return effect.kind === 'percent' || effect.kind === 'order_percent' ? 'discount_bp' : 'amount';
}

function assertValidValue(what: string, kind: DiscountEffect['kind'], value: unknown, field: string): void {
	if (kind === 'percent' || kind === 'order_percent') {
		if (!isWhole(value, 1, 10_000)) throw discountDefinitionError(what, field, `the discount must be 1 to 10000 basis points (10 % = 1000), got ${JSON.stringify(value)}.`);
	} else if (!isWhole(value, 1)) {
		throw discountDefinitionError(what, field, `the amount must be a whole number of minor units ≥ 1 (19.99 → 1999), got ${JSON.stringify(value)}.`);
	}
}

function assertValidEffect(what: string, effect: DiscountEffect): void {
	if (!EFFECT_KINDS.includes(effect.kind)) throw discountDefinitionError(what, 'effect_kind', `unknown effect ${JSON.stringify(effect.kind)}.`);
	switch (effect.kind) {
		case 'percent':
		case 'order_percent':
			assertValidValue(what, effect.kind, effect.bp, valueField(effect));
			return;
		case 'amount_per_unit':
		case 'order_amount':
			assertValidValue(what, effect.kind, effect.amount, valueField(effect));
			return;
		case 'fixed_price':
			assertValidValue(what, effect.kind, effect.unitPrice, valueField(effect));
			return;
		case 'free_units':
			if (!isWhole(effect.buyMilli, 1)) throw discountDefinitionError(what, 'buy_quantity_milli', `"buy" must be a positive quantity in thousandths (1000 = 1 unit), got ${JSON.stringify(effect.buyMilli)}.`);
			if (!isWhole(effect.freeMilli, 1)) throw discountDefinitionError(what, 'free_quantity_milli', `"free" must be a positive quantity in thousandths (1000 = 1 unit), got ${JSON.stringify(effect.freeMilli)}.`);
	}
}

function assertValidTiers(what: string, effect: DiscountEffect, tiers: readonly QuantityTier[]): void {
	if (effect.kind !== 'percent' && effect.kind !== 'amount_per_unit' && effect.kind !== 'fixed_price') {
		throw discountDefinitionError(what, 'tiers', 'quantity tiers exist only for percent, amount-per-unit and fixed-price rules.');
	}
	let previous = -1;
	tiers.forEach((tier, i) => {
		if (!isWhole(tier.minQuantityMilli, 0)) throw discountDefinitionError(what, 'tiers', `tier ${i + 1}: the quantity must be a whole number of thousandths ≥ 0, got ${JSON.stringify(tier.minQuantityMilli)}.`);
		// Strictly ascending, so that "the tier with the largest minimum ≤ quantity" is always one tier.
		if (tier.minQuantityMilli <= previous) throw discountDefinitionError(what, 'tiers', `tier ${i + 1}: quantities must go up from tier to tier.`);
		previous = tier.minQuantityMilli;
		assertValidValue(`${what}, tier ${i + 1}`, effect.kind, tier.value, 'tiers');
	});
}

function assertValidConditions(what: string, rule: DiscountRule): void {
	const c = rule.conditions;
	const hasTiers = 'tiers' in rule.effect && rule.effect.tiers !== undefined && rule.effect.tiers.length > 0;
	if (isOrderEffect(rule.effect)) {
		if (hasTiers) throw discountDefinitionError(what, 'tiers', 'an order discount has no quantity tiers.');
		if (c.minQuantityMilli != null) throw discountDefinitionError(what, 'min_quantity_milli', 'an order discount has no line quantity bounds.');
		if (c.maxQuantityMilli != null) throw discountDefinitionError(what, 'max_quantity_milli', 'an order discount has no line quantity bounds.');
	}
	if (c.minQuantityMilli != null && !isWhole(c.minQuantityMilli, 0)) throw discountDefinitionError(what, 'min_quantity_milli', `the minimum quantity must be a whole number of thousandths ≥ 0, got ${JSON.stringify(c.minQuantityMilli)}.`);
	if (c.maxQuantityMilli != null && !isWhole(c.maxQuantityMilli, 1)) throw discountDefinitionError(what, 'max_quantity_milli', `the maximum quantity must be a whole number of thousandths ≥ 1, got ${JSON.stringify(c.maxQuantityMilli)}.`);
	if (c.minQuantityMilli != null && c.maxQuantityMilli != null && c.minQuantityMilli > c.maxQuantityMilli) {
		throw discountDefinitionError(what, 'min_quantity_milli', 'the minimum quantity is above the maximum quantity.');
	}
	if (c.minLineAmount != null && !isWhole(c.minLineAmount, 1)) throw discountDefinitionError(what, 'min_line_amount', `the minimum line amount must be a whole number of minor units ≥ 1, got ${JSON.stringify(c.minLineAmount)}.`);
	if (c.minOrderAmount != null && !isWhole(c.minOrderAmount, 1)) throw discountDefinitionError(what, 'min_order_amount', `the minimum order amount must be a whole number of minor units ≥ 1, got ${JSON.stringify(c.minOrderAmount)}.`);
	assertValidWindow(what, c.validFrom, c.validTo);
	if (c.weekdays !== undefined) {
		if (c.weekdays.some((day) => !isWhole(day, 1, 7))) throw discountDefinitionError(what, 'weekdays', 'weekdays are 1 (Monday) to 7 (Sunday).');
		if (new Set(c.weekdays).size !== c.weekdays.length) throw discountDefinitionError(what, 'weekdays', 'a weekday is listed twice.');
	}
	if (c.requiresCode && !rule.offerId) throw discountDefinitionError(what, 'offer', 'a rule that needs a promo code must belong to an offer (the codes unlock the offer).');
}

/** Amounts (amount effects, fixed prices, minimum amounts) mean nothing without their currency. */
function needsCurrency(rule: DiscountRule): boolean {
	const { kind } = rule.effect;
	return kind === 'amount_per_unit' || kind === 'fixed_price' || kind === 'order_amount' || rule.conditions.minLineAmount != null || rule.conditions.minOrderAmount != null;
}

/**
 * Throws CRM_DISCOUNT_RULE_INVALID unless the rule can be applied as written; details.field names the
 * rule table's column (discount_bp, amount, tiers, buy_quantity_milli, free_quantity_milli, combination_group,
 * currency, valid_from/valid_to, offer, min/max_quantity_milli, min_line/order_amount, weekdays), so the
 * Studio can point at it.
 */
export function assertValidDiscountRule(rule: DiscountRule): void {
	const what = `Discount rule ${rule.code || rule.id}`;
	if (typeof rule.code !== 'string' || rule.code.trim() === '') throw discountDefinitionError(what, 'code', 'a code is required.');
	if (!Number.isSafeInteger(rule.priority)) throw discountDefinitionError(what, 'priority', `the priority must be a whole number, got ${JSON.stringify(rule.priority)}.`);
	if (!COMBINATIONS.includes(rule.combination)) throw discountDefinitionError(what, 'combination', `the combination must be one of ${COMBINATIONS.join(', ')}, got ${JSON.stringify(rule.combination)}.`);
	if (rule.combination === 'best_of' && !rule.combinationGroup?.trim()) throw discountDefinitionError(what, 'combination_group', 'a best-of rule needs a group: it competes with the rules of the same group.');
	if (rule.currency !== null && !isCurrencyCode(rule.currency)) throw discountDefinitionError(what, 'currency', `"${rule.currency}" is not an ISO 4217 currency code (three capital letters).`);
	if (rule.currency === null && needsCurrency(rule)) throw discountDefinitionError(what, 'currency', 'a rule with amounts needs the currency of those amounts.');

	assertValidEffect(what, rule.effect);
	const tiers = 'tiers' in rule.effect ? rule.effect.tiers : undefined;
	if (tiers !== undefined && tiers.length > 0) assertValidTiers(what, rule.effect, tiers);
	assertValidConditions(what, rule);
}

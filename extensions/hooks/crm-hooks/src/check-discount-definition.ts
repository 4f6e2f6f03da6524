import { assertValidDiscountRule, assertValidPromoCode, assertValidSpecialOffer, CrmError, normalizePromoCode } from '@crm/core';
import { type DiscountRuleRow, type PromoCodeRow, type SpecialOfferRow, toDiscountRule, toPromoCode, toSpecialOffer } from '@crm/directus';
import type { Knex } from 'knex';

/** Fields as the client sent them, or a stored row with those fields written over it: not yet known to be well formed. */
type Payload = Record<string, unknown>;

export const RULES = 'crm_discount_rules';
export const OFFERS = 'crm_special_offers';
export const CODES = 'crm_promo_codes';

/** Collections whose writes change what the discount engine sees: every instance reloads its rule index after them. */
export const DISCOUNT_DEFINITION_COLLECTIONS = new Set([RULES, OFFERS, CODES, 'crm_pricing_policy', 'crm_discount_rules_customers', 'crm_discount_rules_customer_groups', 'crm_discount_rules_customer_segments', 'crm_discount_rules_regions', 'crm_discount_rules_sales_channels', 'crm_discount_rules_products', 'crm_discount_rules_product_groups', 'crm_discount_rules_product_segments']);

// Relations arrive as keys or nested objects; m2m aliases are not columns and do not take part in the checks.
const keyOf = (value: unknown): unknown => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Payload)['id'] : value);
const M2M_ALIASES = ['customers', 'customer_groups', 'customer_segments', 'regions', 'sales_channels', 'products', 'product_groups', 'product_segments', 'rules', 'promo_codes'];

function columnsOf(payload: Payload): Payload {
	const row: Payload = {};
	for (const [k, v] of Object.entries(payload)) if (!M2M_ALIASES.includes(k)) row[k] = ['offer', 'campaign', 'customer'].includes(k) ? keyOf(v) : v;
	return row;
}

/**
 * The definition as it will be stored, read as the engine reads a stored row. Its columns are still as sent,
 * which the row mappers tolerate (they read every number, flag, day and JSON column defensively); what does
 * not make a valid definition is refused by assertValid….
 */
function check(collection: string, row: Payload): void {
	if (collection === RULES) assertValidDiscountRule(toDiscountRule({ id: row['id'] ?? '(new)', code: row['code'] ?? '', name: row['name'] ?? '', ...row } as DiscountRuleRow));
	if (collection === OFFERS) assertValidSpecialOffer(toSpecialOffer({ id: row['id'] ?? '(new)', ...row } as SpecialOfferRow));
	if (collection === CODES) {
		if (!row['offer']) throw new CrmError('CRM_REQUIRED_FIELD', 'A promo code belongs to a special offer: choose one.', { field: 'offer' });
		assertValidPromoCode(toPromoCode({ id: row['id'] ?? '(new)', ...row, code: row['code'] ?? '' } as PromoCodeRow));
	}
}

/**
 * Rules, offers and codes are checked as a whole after the write (payload over the stored row, over
 * the defaults on create), so a rule can never be stored in a shape the engine would misread.
 * Codes are stored upper-case: customers type them in any case.
 */
export async function checkDiscountDefinition(knex: Knex, defaults: Payload, collection: string, payload: Payload, keys?: readonly (string | number)[]): Promise<Payload> {
	if (collection !== RULES && collection !== OFFERS && collection !== CODES) return payload;
	const data = collection === CODES && typeof payload['code'] === 'string' ? { ...payload, code: normalizePromoCode(payload['code']) } : payload;
	const changes = columnsOf(data);

	if (!keys) {
		check(collection, { ...defaults, ...changes });
		return data;
	}
	if (Object.keys(changes).length === 0) return data;
	const rows = (await knex(collection).select('*').whereIn('id', keys as string[])) as (DiscountRuleRow | SpecialOfferRow | PromoCodeRow)[];
	for (const row of rows) check(collection, { ...row, ...changes });
	return data;
}

import { assertValidDiscountRule, assertValidPromoCode, assertValidSpecialOffer, CrmError, normalizePromoCode } from '@crm/core';
import { toDiscountRule, toPromoCode, toSpecialOffer } from '@crm/directus';
import type { Knex } from 'knex';

type Row = Record<string, any>;

export const RULES = 'crm_discount_rules';
export const OFFERS = 'crm_special_offers';
export const CODES = 'crm_promo_codes';

/** Collections whose writes change what the discount engine sees: every instance reloads its rule index after them. */
export const DISCOUNT_DEFINITION_COLLECTIONS = new Set([RULES, OFFERS, CODES, 'crm_pricing_policy', 'crm_discount_rules_customers', 'crm_discount_rules_customer_groups', 'crm_discount_rules_customer_segments', 'crm_discount_rules_regions', 'crm_discount_rules_sales_channels', 'crm_discount_rules_products', 'crm_discount_rules_product_groups', 'crm_discount_rules_product_segments']);

// Relations arrive as keys or nested objects; m2m aliases are not columns and do not take part in the checks.
const keyOf = (value: unknown): unknown => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Row)['id'] : value);
const M2M_ALIASES = ['customers', 'customer_groups', 'customer_segments', 'regions', 'sales_channels', 'products', 'product_groups', 'product_segments', 'rules', 'promo_codes'];

function columnsOf(payload: Row): Row {
	const row: Row = {};
	for (const [k, v] of Object.entries(payload)) if (!M2M_ALIASES.includes(k)) row[k] = ['offer', 'campaign', 'customer'].includes(k) ? keyOf(v) : v;
	return row;
}

function check(collection: string, row: Row): void {
	if (collection === RULES) assertValidDiscountRule(toDiscountRule({ id: row['id'] ?? '(new)', code: row['code'] ?? '', name: row['name'] ?? '', ...row }));
	if (collection === OFFERS) assertValidSpecialOffer(toSpecialOffer({ id: row['id'] ?? '(new)', ...row }));
	if (collection === CODES) {
		if (!row['offer']) throw new CrmError('CRM_REQUIRED_FIELD', 'A promo code belongs to a special offer: choose one.', { field: 'offer' });
		assertValidPromoCode(toPromoCode({ id: row['id'] ?? '(new)', ...row, code: row['code'] ?? '' }));
	}
}

/**
 * Rules, offers and codes are checked as a whole after the write (payload over the stored row, over
 * the defaults on create), so a rule can never be stored in a shape the engine would misread.
 * Codes are stored upper-case: customers type them in any case.
 */
export async function checkDiscountDefinition(knex: Knex, defaults: Row, collection: string, payload: Row, keys?: readonly (string | number)[]): Promise<Row> {
	if (collection !== RULES && collection !== OFFERS && collection !== CODES) return payload;
	const data = collection === CODES && typeof payload['code'] === 'string' ? { ...payload, code: normalizePromoCode(payload['code']) } : payload;
	const changes = columnsOf(data);

	if (!keys) {
		check(collection, { ...defaults, ...changes });
		return data;
	}
	if (Object.keys(changes).length === 0) return data;
	const rows: Row[] = await knex(collection).select('*').whereIn('id', keys as string[]);
	for (const row of rows) check(collection, { ...row, ...changes });
	return data;
}

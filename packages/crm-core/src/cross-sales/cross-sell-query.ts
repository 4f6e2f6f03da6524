import type { QueryParameter } from '../api-schema/query-parameter.ts';
import { CrmError } from '../errors/crm-error.ts';
import { isUuid } from '../validation/is-uuid.ts';

/** What suggestions are asked for: a proposal, an order (read under the caller's policy), or a list of products. */
export type CrossSellTarget = { kind: 'quote' | 'order'; id: string } | { kind: 'products'; ids: string[] };

export interface CrossSellQuery {
	target: CrossSellTarget;
	limit: number;
}

export const CROSS_SELL_DEFAULT_LIMIT = 10;
export const CROSS_SELL_MAX_LIMIT = 50;
/** At most this many products in `products`. */
export const CROSS_SELL_MAX_PRODUCTS = 200;
export const CROSS_SELL_RULES_DEFAULT_LIMIT = 20;
export const CROSS_SELL_RULES_MAX_LIMIT = 500;

const limitParameter = (byDefault: number, max: number, what: string): QueryParameter => ({ name: 'limit', schema: { type: 'integer', minimum: 1, maximum: max }, description: `At most this many ${what} (${byDefault} unless given).` });

export const CROSS_SELL_QUERY_PARAMETERS: readonly QueryParameter[] = [
	{ name: 'quote', schema: { type: 'string', format: 'uuid' }, description: 'The proposal to make suggestions for (read under the caller\'s policy). Exactly one of `quote`, `order` and `products`.' },
	{ name: 'order', schema: { type: 'string', format: 'uuid' }, description: 'The order to make suggestions for (read under the caller\'s policy).' },
	{ name: 'products', schema: { type: 'string' }, description: `Product ids, comma-separated (at most ${CROSS_SELL_MAX_PRODUCTS}): suggestions for a basket that is not stored yet.` },
	limitParameter(CROSS_SELL_DEFAULT_LIMIT, CROSS_SELL_MAX_LIMIT, 'suggestions'),
];

export const CROSS_SELL_RULES_QUERY_PARAMETERS: readonly QueryParameter[] = [limitParameter(CROSS_SELL_RULES_DEFAULT_LIMIT, CROSS_SELL_RULES_MAX_LIMIT, 'rules, the strongest first')];

const invalid = (parameter: string, message: string) => new CrmError('CRM_INVALID_QUERY', message, { parameter });

/** `limit`: a whole number from 1 to `max`, or `byDefault` when left out. */
export function parseLimit(raw: unknown, byDefault: number, max: number): number {
	if (raw === undefined || raw === '') return byDefault;
	const text = typeof raw === 'string' ? raw : '';
	if (!/^\d{1,6}$/.test(text) || Number(text) < 1 || Number(text) > max) throw invalid('limit', `"limit" must be a whole number from 1 to ${max}, got "${String(raw)}".`);
	return Number(text);
}

function uuidOf(parameter: string, raw: unknown): string {
	if (typeof raw !== 'string' || !isUuid(raw)) throw invalid(parameter, `"${parameter}" must be the id (a UUID) of a ${parameter === 'quote' ? 'proposal' : parameter}, got "${String(raw)}".`);
	return raw;
}

function productIds(raw: unknown): string[] {
	const parts = typeof raw === 'string' ? raw.split(',').map((p) => p.trim()).filter((p) => p !== '') : [];
	if (parts.length === 0) throw invalid('products', '"products" must list product ids (UUIDs), separated by commas.');
	if (parts.length > CROSS_SELL_MAX_PRODUCTS) throw invalid('products', `"products" may list at most ${CROSS_SELL_MAX_PRODUCTS} products, got ${parts.length}.`);
	const wrong = parts.find((p) => !isUuid(p));
	if (wrong !== undefined) throw invalid('products', `"products" must list product ids (UUIDs), got "${wrong}".`);
	return [...new Set(parts)];
}

/** S6.10 — GET /crm/cross-sell: exactly one of `quote`, `order` and `products`, and `limit`. */
export function parseCrossSellQuery(raw: Record<string, unknown>): CrossSellQuery {
	const given = (['quote', 'order', 'products'] as const).filter((p) => raw[p] !== undefined && raw[p] !== '');
	if (given.length !== 1) throw invalid(given[1] ?? 'quote', `Give exactly one of "quote", "order" and "products"${given.length > 1 ? `, not ${given.map((g) => `"${g}"`).join(' and ')}` : ''}.`);
	const limit = parseLimit(raw['limit'], CROSS_SELL_DEFAULT_LIMIT, CROSS_SELL_MAX_LIMIT);
	const which = given[0]!;
	if (which === 'products') return { target: { kind: 'products', ids: productIds(raw['products']) }, limit };
	return { target: { kind: which, id: uuidOf(which, raw[which]) }, limit };
}

/** S6.10 — GET /crm/cross-sell/rules: `limit`. */
export function parseCrossSellRulesQuery(raw: Record<string, unknown>): { limit: number } {
	return { limit: parseLimit(raw['limit'], CROSS_SELL_RULES_DEFAULT_LIMIT, CROSS_SELL_RULES_MAX_LIMIT) };
}

import { CROSS_SELL_QUERY_PARAMETERS, CROSS_SELL_RULES_QUERY_PARAMETERS } from '@crm/core';
import type { ApiOperation } from './api-operation.ts';
import { answerOf, id, instant, integer, listOf, objectWith, oneOf, textOrNull } from './answer-schemas.ts';

const tag = 'Cross-sales';
const PRODUCT = objectWith({ id, sku: { type: 'string' }, name: { type: 'string' } });
const nullableBp = { type: ['integer', 'null'] } as const;
const SUGGESTION = objectWith({
	product: PRODUCT,
	source: oneOf(['related', 'bought_together']),
	kind: { type: ['string', 'null'], enum: ['accessory', 'alternative', 'optional', null], description: 'The hand relation\'s kind; null for a mined rule.' },
	because_of: objectWith({ id, name: { type: 'string' } }),
	support_bp: { ...nullableBp, description: 'Orders holding both ÷ all counted orders, in basis points (mined rules only).' },
	confidence_bp: { ...nullableBp, description: 'Orders holding both ÷ orders holding `because_of`, in basis points.' },
	lift_bp: { ...nullableBp, description: 'Confidence ÷ the share of orders holding the suggestion; 10000 is lift 1.0 (no more often than chance).' },
	orders_together: nullableBp,
	reason: { type: 'string', description: 'E.g. "Accessory for Espresso machine" or "Bought together in 34 % of orders with Espresso beans (lift 2.1×)".' },
	note: textOrNull,
});
const DOCUMENT = { type: ['object', 'null'], properties: { collection: oneOf(['crm_quotes', 'crm_orders']), id, number: textOrNull, status: { type: 'string' } } } as const;
const MINED = 'Rules are mined from every counted order (neither draft nor cancelled; one basket per order) with one product on each side, kept by each server until the CRM\'s data changes or CRM_CROSS_SELL_CACHE_SECONDS pass, and kept only above CRM_CROSS_SELL_MIN_SUPPORT_BP, …_MIN_CONFIDENCE_BP and …_MIN_LIFT_BP. They are aggregate statistics over products, the same for every caller.';

export const CROSS_SALES_OPERATIONS: readonly ApiOperation[] = [
	{ method: 'get', path: '/cross-sell', tag, summary: 'Cross-sell suggestions', description: `S6.10: what to offer with a proposal (\`quote\`), an order (\`order\`) or a basket (\`products\`): the active related products maintained by hand first (accessories, alternatives, optional extras, in their order), then the products customers bought together with those on it, strongest rule first (lift, then confidence), each with its reason. Never a product already on it, nor an inactive one. The proposal or order is read under the caller's policy: one they may not read is refused. ${MINED}`, query: CROSS_SELL_QUERY_PARAMETERS, status: 200, answer: answerOf(objectWith({ document: DOCUMENT, products: integer, orders_mined: integer, mined_at: instant, suggestions: listOf(SUGGESTION) })), errors: ['CRM_INVALID_QUERY', 'CRM_NOT_PERMITTED', 'CRM_NOT_FOUND'] },
	{ method: 'get', path: '/cross-sell/rules', tag, summary: 'Bought-together rules', description: `S6.10: the strongest mined rules ("with A, customers take B"), explained, with the minimums they passed. ${MINED}`, query: CROSS_SELL_RULES_QUERY_PARAMETERS, status: 200, answer: answerOf(objectWith({ orders_mined: integer, mined_at: instant, minimums: objectWith({ support_bp: integer, confidence_bp: integer, lift_bp: integer }), total: integer, rules: listOf(objectWith({ antecedent: PRODUCT, consequent: PRODUCT, orders_together: integer, support_bp: integer, confidence_bp: integer, lift_bp: integer, reason: { type: 'string' } })) })), errors: ['CRM_INVALID_QUERY', 'CRM_NOT_PERMITTED'] },
];

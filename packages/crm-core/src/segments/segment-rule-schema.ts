import { type JsonSchema, listOf, objectOf, oneOf, uuid } from '../api-schema/schema-vocabulary.ts';
import { MAX_CONDITIONS, MAX_DAYS, MAX_VALUES } from './parse-segment-rule.ts';
import { CUSTOMER_ATTRIBUTE_VALUES, PRODUCT_ATTRIBUTE_VALUES } from './segment-rule.ts';

const ids = (description: string) => listOf(uuid(), { maxItems: MAX_VALUES, description });
const days = (description: string): JsonSchema => ({ type: 'integer', minimum: 1, maximum: MAX_DAYS, description });
const amount = (description: string): JsonSchema => ({ type: ['integer', 'null'], minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description });
const negate: JsonSchema = { type: 'boolean', description: 'True: the condition holds when its test does not ("never bought", "not in").' };
const attributes = [...new Set([...Object.keys(CUSTOMER_ATTRIBUTE_VALUES), ...Object.keys(PRODUCT_ATTRIBUTE_VALUES)])];

/** One condition of a segment rule, as parseSegmentRule reads it. */
export const SEGMENT_CONDITION_SCHEMA: JsonSchema = {
	oneOf: [
		objectOf({ kind: oneOf(['attribute']), attribute: oneOf(attributes, `Customers: ${Object.keys(CUSTOMER_ATTRIBUTE_VALUES).join(', ')}; products: ${Object.keys(PRODUCT_ATTRIBUTE_VALUES).join(', ')}. Region, channel, owner and group take ids.`), values: listOf({ type: 'string', minLength: 1 }, { minItems: 1, maxItems: MAX_VALUES }), negate }, ['kind', 'attribute', 'values'], 'The attribute holds one of the values.'),
		objectOf({ kind: oneOf(['in_group']), groups: ids('Customer groups (customers), or product groups with their subgroups (products).'), negate }, ['kind', 'groups'], 'A member of one of the groups.'),
		objectOf({ kind: oneOf(['in_segment']), segments: ids('Market segments.'), negate }, ['kind', 'segments'], 'A member of one of the segments.'),
		objectOf(
			{ kind: oneOf(['bought']), products: ids('Products.'), productGroups: ids('Product groups, subgroups included.'), withinDays: { type: ['integer', 'null'], minimum: 1, maximum: MAX_DAYS, description: 'Look-back in days; empty: ever.' }, negate },
			['kind'],
			'Customers only: bought one of the products on an order that is neither a draft nor cancelled.',
		),
		objectOf({ kind: oneOf(['revenue']), withinDays: days('Look-back in days.'), atLeast: amount('At least this much, in minor units of the base currency.'), below: amount('Less than this, in minor units of the base currency.') }, ['kind', 'withinDays'], 'Customers only: net revenue in the base currency over the window.'),
		objectOf({ kind: oneOf(['no_order_for']), days: days('Days without an order (customers who never ordered included).') }, ['kind', 'days'], 'Customers only: no order for this many days.'),
	],
};

/** A segment rule: all or any of its conditions. */
export const SEGMENT_RULE_SCHEMA: JsonSchema = objectOf({ match: oneOf(['all', 'any'], 'All conditions hold, or at least one (default all).'), conditions: listOf(SEGMENT_CONDITION_SCHEMA, { minItems: 1, maxItems: MAX_CONDITIONS }) }, ['conditions']);

/** The body of POST /crm/segments/preview. */
export const SEGMENT_PREVIEW_BODY: JsonSchema = objectOf({ applies_to: oneOf(['customers', 'products'], 'What the rule selects.'), rule: SEGMENT_RULE_SCHEMA }, ['applies_to', 'rule']);

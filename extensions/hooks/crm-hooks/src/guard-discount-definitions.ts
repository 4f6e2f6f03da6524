import { bumpRulesVersion } from '@crm/directus';
import { checkDiscountDefinition, CODES, DISCOUNT_DEFINITION_COLLECTIONS, OFFERS, RULES } from './check-discount-definition.ts';
import { type CrmHooks, defaultsOf } from './hook-kit.ts';

/** Discount rules, special offers and promo codes: stored only in shapes the engine reads right; every change reloads the rule index everywhere. */
export function guardDiscountDefinitions(hooks: CrmHooks): void {
	for (const collection of [RULES, OFFERS, CODES]) {
		hooks.onCreate(collection, (data, { knex, schema }) => checkDiscountDefinition(knex, defaultsOf(schema, collection), collection, data));
		hooks.onUpdate(collection, (data, keys, { knex }) => checkDiscountDefinition(knex, {}, collection, data, keys));
	}
	for (const collection of DISCOUNT_DEFINITION_COLLECTIONS) hooks.afterCommit(collection, (knex) => bumpRulesVersion(knex));
}

import type { ClassificationRule } from '@crm/core';
import type { Knex } from 'knex';
import { queryAll } from '../query-all.ts';
import { readReference } from '../reference-data/reference-data.ts';
import { toClassificationRule } from './classification-rule-rows.ts';

type Row = Record<string, unknown>;

export interface LoadedClassificationRules {
	rules: ClassificationRule[];
	/** The team each rule routes to (not part of the classification engine: routing reads it). */
	teamOf: Map<string, string | null>;
}

/** Every classification rule with its conditions, as classifyRequest reads them (kept as reference data). */
export function loadClassificationRules(knex: Knex): Promise<LoadedClassificationRules> {
	return readReference(knex, 'classification-rules', () => readClassificationRules(knex));
}

async function readClassificationRules(knex: Knex): Promise<LoadedClassificationRules> {
	const [rules, products, groups, categories] = await queryAll(knex, [
		() => knex('crm_service_classification_rules').select('*') as Promise<Row[]>,
		() => knex('crm_service_classification_rules_products').select('crm_service_classification_rules_id as owner', 'crm_products_id as id') as Promise<Row[]>,
		() => knex('crm_service_classification_rules_product_groups').select('crm_service_classification_rules_id as owner', 'crm_product_groups_id as id') as Promise<Row[]>,
		() => knex('crm_service_classification_rules_categories').select('crm_service_classification_rules_id as owner', 'crm_service_categories_id as id') as Promise<Row[]>,
	] as const);
	const of = (rows: Row[], id: string) => rows.filter((r) => String(r['owner']) === id && r['id'] !== null).map((r) => String(r['id']));
	return {
		teamOf: new Map(rules.map((r) => [String(r['id']), (r['set_team'] as string | null) ?? null])),
		rules: rules.map((r) => {
			const id = String(r['id']);
			return toClassificationRule(r, { productIds: of(products, id), productGroupIds: of(groups, id), categoryIds: of(categories, id) });
		}),
	};
}

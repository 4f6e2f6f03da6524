import { type ClassificationRule, isServicePriority } from '@crm/core';
import type { Knex } from 'knex';
import { queryAll } from '../query-all.ts';
import { jsonOf } from './instant.ts';

type Row = Record<string, unknown>;

export interface LoadedClassificationRules {
	rules: ClassificationRule[];
	/** The team each rule routes to (not part of the classification engine: routing reads it). */
	teamOf: Map<string, string | null>;
}

const list = (v: unknown): string[] => jsonOf<unknown[]>(v, []).filter((x): x is string => typeof x === 'string' && x.length > 0);

/** Every classification rule with its conditions, as classifyRequest reads them. */
export async function loadClassificationRules(knex: Knex): Promise<LoadedClassificationRules> {
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
			const skills = jsonOf<{ skill?: unknown; min_level?: unknown }[]>(r['set_required_skills'], []);
			return {
				id,
				code: String(r['code']),
				name: String(r['name']),
				priority: Number(r['priority']),
				active: Boolean(r['active']),
				match: { keywordsAny: list(r['keywords']), channels: list(r['channels']), customerStatuses: list(r['customer_statuses']), productIds: of(products, id), productGroupIds: of(groups, id), categoryIds: of(categories, id) },
				set: {
					...(r['set_type'] ? { typeId: String(r['set_type']) } : {}),
					...(r['set_category'] ? { categoryId: String(r['set_category']) } : {}),
					...(isServicePriority(r['set_priority']) ? { priority: r['set_priority'] } : {}),
					...(skills.length > 0 ? { requiredSkills: skills.map((s) => ({ skillId: String(s.skill), minLevel: Number(s.min_level) })) } : {}),
				},
			};
		}),
	};
}

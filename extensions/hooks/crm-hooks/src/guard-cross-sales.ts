import { checkRelationCreate, checkRelationUpdate } from '@crm/directus';
import type { CrmHooks } from './hook-kit.ts';

const RELATIONS = 'crm_product_relations';

/** S6.10: a related product is another product (the suggestions never offer what is already on the document anyway). */
export function guardCrossSales(hooks: CrmHooks): void {
	hooks.onCreate(RELATIONS, (data) => checkRelationCreate(data));
	hooks.onUpdate(RELATIONS, (data, keys, { knex }) => checkRelationUpdate(knex, keys, data));
}

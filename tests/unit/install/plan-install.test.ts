import { describe, expect, test } from 'vitest';
import type { Model } from '../../../packages/crm-install/src/plan/model.ts';
import { planInstall } from '../../../packages/crm-install/src/plan/plan-install.ts';
import type { ProjectSchema } from '../../../packages/crm-install/src/plan/project-schema.ts';

const f = (name: string) => ({ field: name, type: 'string', meta: {}, schema: {} });
const MODEL: Model = {
	collections: [
		{ collection: 'crm_customers', meta: {}, fields: [f('id'), f('name'), f('region')] },
		{ collection: 'crm_regions', meta: {}, fields: [f('id'), f('name')] },
		{ collection: 'crm_schema_migrations', meta: {}, fields: [f('id'), f('status')] },
	],
	relations: [{ collection: 'crm_customers', field: 'region', related_collection: 'crm_regions', meta: {}, schema: null }],
};
const project = (collections: string[], fields: [string, string][] = [], relations: [string, string][] = []): ProjectSchema => ({
	collections: collections.map((collection) => ({ collection })),
	fields: fields.map(([collection, field]) => ({ collection, field })),
	relations: relations.map(([collection, field]) => ({ collection, field, related_collection: null })),
});
function summary(steps: ReturnType<typeof planInstall>['steps']): string[] {
	return steps.map((s) => {
		if (s.kind === 'create_collection') return `collection ${s.collection.collection}`;
		if (s.kind === 'create_field') return `field ${s.collection}.${s.field.field}`;
		if (s.kind === 'create_relation') return `relation ${s.relation.collection}.${s.relation.field}`;
		return s.kind;
	});
}

describe('planInstall', () => {
	test('into a project of its own: everything of the module, the registry first, and nothing else', () => {
		const plan = planInstall(MODEL, project(['directus_users', 'their_orders'], [['their_orders', 'crm_note']]), false);
		expect(plan.conflicts).toEqual([]);
		expect(summary(plan.steps)).toEqual(['collection crm_schema_migrations', 'collection crm_customers', 'collection crm_regions', 'relation crm_customers.region']);
	});

	test('a collection of the project named like one of ours stops the install before anything', () => {
		expect(planInstall(MODEL, project(['crm_regions', 'their_orders']), false)).toEqual({ conflicts: ['collection crm_regions'], steps: [] });
	});

	test('an interrupted install goes on with what is missing; an administrator\'s extra field is not looked at', () => {
		const half = project(['crm_schema_migrations', 'crm_customers'], [['crm_schema_migrations', 'id'], ['crm_schema_migrations', 'status'], ['crm_customers', 'id'], ['crm_customers', 'name'], ['crm_customers', 'their_vip_flag']]);
		expect(summary(planInstall(MODEL, half, true).steps)).toEqual(['field crm_customers.region', 'collection crm_regions', 'relation crm_customers.region']);
	});

	test('a complete installation needs nothing', () => {
		const all = project(['crm_schema_migrations', 'crm_customers', 'crm_regions'], MODEL.collections.flatMap((c) => c.fields.map((x) => [c.collection, x.field] as [string, string])), [['crm_customers', 'region']]);
		expect(planInstall(MODEL, all, true).steps).toEqual([]);
	});
});

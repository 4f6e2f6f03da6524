import { describe, expect, test } from 'vitest';
import type { Model } from '../../../packages/crm-install/src/plan/model.ts';
import { planDrop } from '../../../packages/crm-install/src/plan/drop-order.ts';

const c = (collection: string) => ({ collection, meta: {}, fields: [] });
const r = (collection: string, field: string, related: string) => ({ collection, field, related_collection: related, meta: {}, schema: null });

describe('planDrop', () => {
	const model: Model = {
		collections: ['crm_customers', 'crm_quotes', 'crm_orders', 'crm_order_lines', 'crm_product_groups'].map(c),
		relations: [
			r('crm_quotes', 'customer', 'crm_customers'),
			r('crm_orders', 'customer', 'crm_customers'),
			r('crm_orders', 'quote', 'crm_quotes'),
			r('crm_quotes', 'order', 'crm_orders'),
			r('crm_order_lines', 'order', 'crm_orders'),
			r('crm_product_groups', 'parent', 'crm_product_groups'),
			r('crm_orders', 'user_created', 'directus_users'),
		],
	};

	test('drops every table after those that point at it, and first unlinks a cycle and a table pointing at itself', () => {
		const plan = planDrop(model, new Set(model.collections.map((x) => x.collection)));
		const at = (name: string) => plan.collections.indexOf(name);
		expect(at('crm_order_lines')).toBeLessThan(at('crm_orders'));
		expect(at('crm_orders')).toBeLessThan(at('crm_customers'));
		expect(at('crm_quotes')).toBeLessThan(at('crm_customers'));
		expect(plan.fieldsFirst).toEqual([
			{ collection: 'crm_quotes', field: 'order' },
			{ collection: 'crm_product_groups', field: 'parent' },
		]);
	});

	test('leaves out what the project does not hold', () => {
		expect(planDrop(model, new Set(['crm_customers']))).toEqual({ fieldsFirst: [], collections: ['crm_customers'] });
	});
});

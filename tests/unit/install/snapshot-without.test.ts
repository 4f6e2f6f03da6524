import { describe, expect, test } from 'vitest';
import { snapshotWithout } from '../../../packages/crm-install/src/plan/snapshot-without.ts';

const snapshot = {
	version: 1,
	directus: '11.17.4',
	vendor: 'postgres',
	collections: [
		{ collection: 'crm', meta: { group: null } },
		{ collection: 'crm_customers', meta: { group: 'crm' } },
		{ collection: 'crm_orders', meta: { group: 'crm' } },
		{ collection: 'their_projects', meta: { group: 'crm' } },
		{ collection: 'their_notes', meta: { group: null } },
	],
	fields: [
		{ collection: 'crm_customers', field: 'id' },
		{ collection: 'crm_orders', field: 'customer' },
		{ collection: 'their_projects', field: 'customer' },
		{ collection: 'their_notes', field: 'text' },
	],
	relations: [
		{ collection: 'crm_orders', field: 'customer', related_collection: 'crm_customers' },
		{ collection: 'their_projects', field: 'customer', related_collection: 'crm_customers' },
		{ collection: 'their_notes', field: 'project', related_collection: 'their_projects' },
	],
};

describe('snapshotWithout (uninstall --drop-data as one schema change)', () => {
	const without = snapshotWithout(snapshot, new Set(['crm', 'crm_customers', 'crm_orders']));

	test('leaves out the dropped collections and their fields, and keeps everything else as it is', () => {
		expect(without.collections.map((c) => c.collection)).toEqual(['their_projects', 'their_notes']);
		expect(without.fields.map((f) => `${f.collection}.${f.field}`)).toEqual(['their_projects.customer', 'their_notes.text']);
		expect([without['version'], without['directus'], without['vendor']]).toEqual([1, '11.17.4', 'postgres']);
	});

	test('an administrator\'s link to a dropped collection loses its relation, their field stays; their own links stay', () => {
		expect(without.relations).toEqual([{ collection: 'their_notes', field: 'project', related_collection: 'their_projects' }]);
	});

	test('an administrator\'s collection filed in a dropped folder moves to the top level', () => {
		expect(without.collections.find((c) => c.collection === 'their_projects')!.meta).toEqual({ group: null });
	});
});

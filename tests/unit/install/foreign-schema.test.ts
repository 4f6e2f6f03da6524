import { describe, expect, test } from 'vitest';
import { explainForeignSchema, findForeignSchema, knownSchemaOf } from '../../../scripts/lib/foreign-schema.ts';

const model = [
	{ collection: 'crm_customers', fields: [{ field: 'id' }, { field: 'name' }] },
	{ collection: 'crm_orders', fields: [{ field: 'id' }] },
];
const migrations = [
	{ steps: [{ kind: 'create_field', collection: 'crm_customers', field: { field: 'fax' } }] },
	{ steps: [{ kind: 'delete_field', collection: 'crm_customers', field: 'fax' }, { kind: 'create_collection', collection: { collection: 'crm_old_notes', fields: [{ field: 'id' }] } }] },
];
const known = knownSchemaOf([model], migrations);
const present = (collections: string[], fields: [string, string][] = []) => ({ collections, fields: fields.map(([collection, field]) => ({ collection, field })) });

describe('what npm start refuses to apply the snapshot over', () => {
	test('a database holding only the CRM, with fields and collections of earlier releases, is the CRM\'s', () => {
		const found = findForeignSchema(known, present(['crm_customers', 'crm_orders', 'crm_old_notes'], [['crm_customers', 'id'], ['crm_customers', 'fax'], ['crm_old_notes', 'id']]));
		expect(found).toEqual({ collections: [], fields: [] });
		expect(explainForeignSchema(found)).toBeNull();
	});

	test('the project\'s own collections, folders and fields added to the CRM\'s collections are not', () => {
		const found = findForeignSchema(known, present(['crm_customers', 'shop_orders', 'Marketing folder'], [['crm_customers', 'loyalty_tier'], ['shop_orders', 'title']]));
		expect(found).toEqual({ collections: ['Marketing folder', 'shop_orders'], fields: ['crm_customers.loyalty_tier'] });
		expect(explainForeignSchema(found)).toMatch(/^This database holds collections or fields that are not the CRM's \(Marketing folder, shop_orders, crm_customers.loyalty_tier\)\. npm start applies schema\/snapshot.yaml, which would delete them, so it stopped before changing anything\./);
	});

	test('a long list names eight and counts the rest', () => {
		const found = findForeignSchema(known, present(Array.from({ length: 11 }, (_, i) => `shop_${String(i).padStart(2, '0')}`)));
		expect(explainForeignSchema(found)).toContain('shop_07 and 3 more)');
	});
});

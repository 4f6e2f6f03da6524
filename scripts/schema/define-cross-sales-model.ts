import { audit, collection, type CollectionDef, f, m2o, type RelationDef } from './model-helpers.ts';

const KINDS: [string, string][] = [['accessory', 'Accessory'], ['alternative', 'Alternative'], ['optional', 'Optional extra']];

/**
 * Cross-sales (S6.10): related products maintained by hand; the "bought together" rules are mined from the
 * order history when asked (GET /crm/cross-sell) and are not stored. Both are offered on proposal and order pages.
 */
export const crossSalesCollections: CollectionDef[] = [
	collection('crm_product_relations', { icon: 'add_shopping_cart', note: 'Related products (S6.10): accessories, alternatives and optional extras to offer with a product on proposals and orders, before what customers bought together.', display_template: '{{product.name}} → {{related_product.name}}', sort_field: 'sort' }, [
		f.m2o('product', { required: true, template: '{{sku}} — {{name}}', note: 'When this product is on a proposal or order…' }),
		f.m2o('related_product', { required: true, template: '{{sku}} — {{name}}', note: '…offer this one.' }),
		f.choice('kind', KINDS, { required: true, default: 'accessory', indexed: true }),
		f.string('note', { max: 255, note: 'Why it fits, for the rep.' }),
		f.boolean('active', { default: true, indexed: true }),
		f.integer('sort', { hidden: true }),
		...audit(),
	]),
];

export const crossSalesRelations: RelationDef[] = [
	m2o('crm_product_relations', 'product', 'crm_products', 'CASCADE'),
	m2o('crm_product_relations', 'related_product', 'crm_products', 'CASCADE'),
	m2o('crm_product_relations', 'user_created', 'directus_users'),
];

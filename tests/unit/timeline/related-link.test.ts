import { describe, expect, it } from 'vitest';
import { type CollectionInfo, relatedLinkOf } from '../../../extensions/interfaces/crm-timeline/src/related-link.ts';

const COLLECTIONS: Record<string, CollectionInfo> = {
	crm_orders: { name: 'Orders', meta: { translations: [{ language: 'en-US', translation: 'Orders', singular: 'Order' }] } },
	crm_visit_plans: { name: 'Visit plans', meta: { translations: [{ language: 'de-DE', translation: 'Besuchspläne', singular: 'Besuchsplan' }, { language: 'en-US', translation: 'Visit plans', singular: 'Visit plan' }] } },
	crm_customers: { name: 'Customers', meta: { translations: [{ language: 'en-US', translation: 'Customers', singular: 'Customer' }] } },
	crm_campaign_touches: { name: 'Campaign touches', meta: { translations: null } },
	crm_sla_targets: { name: 'SLA targets', meta: { translations: [{ language: 'en-US', translation: 'SLA targets', singular: 'SLA target' }] } },
};
const collectionOf = (name: string) => COLLECTIONS[name] ?? null;
const CUSTOMER = '89d69520-f97c-45c3-aa8b-de49a5e5567d';

describe('the link under a timeline entry', () => {
	it.each([
		['an order', { related_collection: 'crm_orders', related_key: 'o-1' }, { to: '/content/crm_orders/o-1', label: 'Open order' }],
		['a visit plan, in the Studio language', { related_collection: 'crm_visit_plans', related_key: 'v 2' }, { to: '/content/crm_visit_plans/v%202', label: 'Open visit plan' }],
		['a collection without translations, by its shown name', { related_collection: 'crm_campaign_touches', related_key: '7' }, { to: '/content/crm_campaign_touches/7', label: 'Open campaign touches' }],
		['a collection the Studio does not know, by its name without the prefix', { related_collection: 'crm_price_lists', related_key: '3' }, { to: '/content/crm_price_lists/3', label: 'Open price lists' }],
		['an SLA target, its abbreviation kept', { related_collection: 'crm_sla_targets', related_key: 's-1' }, { to: '/content/crm_sla_targets/s-1', label: 'Open SLA target' }],
		['another customer', { related_collection: 'crm_customers', related_key: 'c-2' }, { to: '/content/crm_customers/c-2', label: 'Open customer' }],
	])('reads as the record it opens, never a table name and key: %s', (_, entry, link) => {
		expect(relatedLinkOf(entry, CUSTOMER, 'crm_customers', collectionOf)).toEqual(link);
	});

	it.each([
		['the customer whose page is open', { related_collection: 'crm_customers', related_key: CUSTOMER }],
		['no record', { related_collection: null, related_key: null }],
		['a collection without a key', { related_collection: 'crm_orders', related_key: null }],
	])('is left out for %s', (_, entry) => {
		expect(relatedLinkOf(entry, CUSTOMER, 'crm_customers', collectionOf)).toBeNull();
	});
});

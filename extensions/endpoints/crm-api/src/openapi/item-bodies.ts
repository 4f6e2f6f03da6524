import { basisPoints, currencyCode, isoDay, type JsonSchema, listOf, milliUnits, text, uuid } from '@crm/core';

/*
 * Bodies that are Directus items: the CRM's hooks validate them field by field (docs/validation.md), so
 * any writable field of the collection is accepted; these list the ones an integrator needs.
 */

const openObject = (properties: Record<string, JsonSchema>, required: readonly string[], description: string): JsonSchema => ({ type: 'object', properties, required: [...required], additionalProperties: true, description });

export const ORDER_BODY = openObject(
	{
		customer: uuid('The ordering customer.'),
		contact: uuid('A contact of that customer.'),
		order_date: isoDay('Default today.'),
		currency: currencyCode("Default the customer's currency."),
		warehouse: uuid('Warehouse that reserves and ships the goods; default chosen on confirm.'),
		promo_codes: { type: 'string', description: 'Promo codes separated by commas.' },
		notes: text(),
		lines: listOf(
			{
				type: 'object',
				properties: { product: uuid(), quantity_milli: milliUnits('Default 1000 (one unit).'), discount_bp: basisPoints('A manual discount; above your approval limit it waits for a manager.'), description: text({ maxLength: 255 }) },
				required: ['product'],
				additionalProperties: true,
			},
			{ minItems: 1, description: 'Prices, VAT and totals are the server\'s: send product, quantity and at most a manual discount.' },
		),
	},
	['customer', 'lines'],
	'A crm_orders item with its lines, created as a draft in one transaction.',
);

export const SERVICE_REQUEST_BODY = openObject(
	{
		customer: uuid(),
		subject: text({ maxLength: 200 }),
		description: text(),
		contact: uuid('Must be a contact of the same customer.'),
		channel: text({ description: 'Default api.' }),
		category: uuid(),
		type: uuid(),
		product: uuid(),
		order: uuid(),
		priority: { type: 'string', description: 'Service-desk staff only; empty = set by the classification rules.' },
		required_skills: listOf({ type: 'object', properties: { skill: { type: 'string' }, min_level: { type: 'integer', minimum: 1, maximum: 5 } }, required: ['skill', 'min_level'] }, { description: 'Service-desk staff only.' }),
	},
	['customer', 'subject'],
	'A crm_service_requests item: routed on arrival and held to the customer\'s SLA.',
);

import type { JsonShape } from './field-rule.ts';

const listOf = (of: 'text' | 'integer' | 'object' | 'any'): JsonShape => ({ kind: 'list', of });

/**
 * The shape of every JSON field of the CRM that clients write, by `collection.field`. The general
 * check refuses a value of another shape (a number where a list belongs, JSON text that does not
 * parse); the collection's own rules then check the contents. Computed JSON fields are read-only and
 * need no entry; a JSON field an administrator adds takes any JSON value.
 */
export const JSON_FIELD_SHAPES: Readonly<Record<string, JsonShape>> = {
	'crm_discount_rules.tiers': listOf('object'),
	'crm_discount_rules.weekdays': listOf('integer'),
	'crm_discount_rules.customer_categories': listOf('text'),
	'crm_discount_rules.customer_statuses': listOf('text'),
	'crm_service_calendars.weekly_hours': { kind: 'object' },
	'crm_service_calendars.holidays': listOf('text'),
	'crm_service_classification_rules.keywords': listOf('text'),
	'crm_service_classification_rules.channels': listOf('text'),
	'crm_service_classification_rules.customer_statuses': listOf('text'),
	'crm_service_classification_rules.set_required_skills': listOf('object'),
	'crm_service_requests.required_skills': listOf('object'),
	'crm_schema_migrations.progress': { kind: 'object' },
	'crm_market_segments.rule': { kind: 'object' },
};

export function jsonShapeOf(collection: string | undefined, field: string): JsonShape | null {
	return collection ? (JSON_FIELD_SHAPES[`${collection}.${field}`] ?? null) : null;
}

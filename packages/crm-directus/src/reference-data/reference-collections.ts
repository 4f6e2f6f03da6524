/** The collections whose rows the reference cache copies: a write to any of them raises its version. */
export const REFERENCE_COLLECTIONS = [
	'crm_product_groups',
	'crm_service_calendars',
	'crm_service_classification_rules',
	'crm_service_classification_rules_products',
	'crm_service_classification_rules_product_groups',
	'crm_service_classification_rules_categories',
	'crm_service_maps',
	'crm_sla_targets',
	'crm_service_map_steps',
	'crm_service_skills',
	'crm_service_specialist_skills',
	'crm_service_teams',
] as const;

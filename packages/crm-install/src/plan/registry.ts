/** The collection where a project records which schema versions of the CRM it holds. */
export const REGISTRY = 'crm_schema_migrations';

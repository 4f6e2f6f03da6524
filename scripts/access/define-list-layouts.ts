/** Default Studio list columns per collection, so staff see the useful fields without configuring anything. */
export const LIST_LAYOUTS: Record<string, { fields: string[]; sort: string[] }> = {
	crm_customers: { fields: ['name', 'status', 'category', 'owner', 'region', 'city', 'currency', 'credit_limit'], sort: ['name'] },
	crm_contacts: { fields: ['first_name', 'last_name', 'customer', 'position', 'email', 'phone', 'marketing_consent'], sort: ['last_name'] },
	crm_interactions: { fields: ['occurred_at', 'type', 'direction', 'subject', 'customer', 'contact', 'rep', 'next_step_date'], sort: ['-occurred_at'] },
	crm_products: { fields: ['sku', 'name', 'kind', 'unit', 'group', 'list_price', 'currency', 'vat_rate_bp', 'active'], sort: ['sku'] },
	crm_sales_reps: { fields: ['name', 'team', 'region', 'email', 'user', 'active'], sort: ['name'] },
	crm_teams: { fields: ['name', 'manager', 'region'], sort: ['name'] },
	crm_product_groups: { fields: ['code', 'name', 'parent'], sort: ['code'] },
	crm_price_lists: { fields: ['code', 'name', 'kind', 'currency', 'valid_from', 'valid_to', 'active', 'parent', 'derivation_bp'], sort: ['code'] },
	crm_price_list_items: { fields: ['price_list', 'product', 'min_quantity_milli', 'unit_price'], sort: ['price_list'] },
	crm_exchange_rates: { fields: ['currency', 'rate_date', 'rate'], sort: ['-rate_date'] },
};

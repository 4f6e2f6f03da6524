import type { ListLayout } from '../../packages/crm-install/src/plan/access-model.ts';

/** Default Studio list columns per collection, so staff see the useful fields without configuring anything. */
export const LIST_LAYOUTS: Record<string, ListLayout> = {
	// The pipeline opens as a board: a column per stage (in the stages' order), a card per opportunity; dragging a card moves it.
	crm_opportunities: { layout: 'kanban', fields: ['name', 'summary', 'stage', 'expected_close'], sort: ['expected_close'], options: { groupField: 'stage', groupTitle: 'name', titleField: 'name', textField: 'summary', dateField: 'expected_close', tagsField: null, userField: null, imageSource: null, showUngrouped: false } },
	crm_opportunity_tasks: { fields: ['due_date', 'title', 'opportunity', 'assignee', 'done'], sort: ['due_date'] },
	crm_pipeline_stages: { fields: ['sort', 'name', 'probability_bp', 'forecast_category', 'outcome', 'requires_next_step', 'active'], sort: ['sort'] },
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
	crm_quotes: { fields: ['number', 'status', 'customer', 'issue_date', 'valid_until', 'currency', 'gross_total'], sort: ['-number'] },
	crm_orders: { fields: ['number', 'status', 'customer', 'order_date', 'currency', 'gross_total', 'owner'], sort: ['-number'] },
	crm_shipments: { fields: ['number', 'kind', 'order', 'customer', 'shipped_on'], sort: ['-number'] },
	crm_invoices: { fields: ['number', 'kind', 'status', 'customer', 'issue_date', 'due_date', 'currency', 'gross_total', 'open_amount'], sort: ['-number'] },
	crm_payments: { fields: ['number', 'status', 'customer', 'received_on', 'amount', 'currency', 'unallocated_amount'], sort: ['-number'] },
	crm_ledger_entries: { fields: ['entry_date', 'kind', 'customer', 'description', 'amount', 'currency', 'amount_base'], sort: ['-entry_date'] },
	crm_service_requests: { fields: ['number', 'sla_clock', 'status', 'priority', 'subject', 'customer', 'assignee', 'team', 'date_created'], sort: ['-number'] },
	crm_service_contracts: { fields: ['code', 'customer', 'level', 'valid_from', 'valid_to', 'included_minutes', 'hourly_rate', 'fee', 'active'], sort: ['code'] },
	crm_service_specialists: { fields: ['name', 'team', 'capacity', 'active', 'last_assigned_at'], sort: ['name'] },
	crm_service_time_entries: { fields: ['started_at', 'specialist', 'request', 'duration_minutes', 'billable', 'note'], sort: ['-started_at'] },
	crm_market_segments: { fields: ['code', 'name', 'applies_to', 'definition', 'member_count', 'refreshed_at'], sort: ['code'] },
	crm_campaign_members: { fields: ['campaign', 'customer', 'contact', 'task_state', 'task_due', 'rep', 'last_touch', 'best_offer', 'send_state'], sort: ['task_due'] },
	crm_segment_membership_events: { fields: ['at', 'change', 'segment', 'customer', 'product'], sort: ['-at'] },
	crm_stock_levels: { fields: ['product', 'warehouse', 'on_hand_milli', 'reserved_milli'], sort: ['product'] },
};

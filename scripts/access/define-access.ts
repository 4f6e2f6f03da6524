/**
 * Roles, policies and permissions of the CRM. Permissions are not part of schema snapshots, so
 * `seedAccess` applies these through the API. A policy that already exists only gets the
 * permissions it lacks: what an administrator changed in the Studio is kept.
 */

type Filter = Record<string, unknown>;

export interface PermissionDef {
	collection: string;
	action: 'create' | 'read' | 'update' | 'delete';
	permissions?: Filter | null;
	validation?: Filter | null;
	presets?: Record<string, unknown> | null;
	fields?: string[];
}

export interface PolicyDef {
	name: string;
	icon: string;
	description: string;
	admin_access: boolean;
	app_access: boolean;
	permissions: PermissionDef[];
}

export interface RoleDef {
	name: string;
	icon: string;
	description: string;
	policy: PolicyDef;
}

const ME = '$CURRENT_USER';
const ownedByMe: Filter = { owner: { user: { _eq: ME } } };
const managedByMe: Filter = { owner: { team: { manager: { _eq: ME } } } };
const customerOf = (f: Filter): Filter => ({ customer: f });
const junctionOf = (f: Filter): Filter => ({ crm_customers_id: f });

const REFERENCE = ['crm_regions', 'crm_sales_channels', 'crm_market_segments', 'crm_customer_groups', 'crm_product_groups', 'crm_products', 'crm_teams', 'crm_sales_reps', 'crm_products_market_segments', 'crm_price_lists', 'crm_price_list_items', 'crm_exchange_rates', 'crm_warehouses', 'crm_stock_levels'];
const RULE_JUNCTIONS = ['customers', 'customer_groups', 'customer_segments', 'regions', 'sales_channels', 'products', 'product_groups', 'product_segments'].map((j) => `crm_discount_rules_${j}`);
/** Discount definitions (M3.1, M3.2): marketing maintains them, sales reads them to explain prices. */
const DISCOUNT_DEFINITIONS = ['crm_campaigns', 'crm_special_offers', 'crm_discount_rules', 'crm_promo_codes', ...RULE_JUNCTIONS];
const DISCOUNT_POLICY = ['crm_pricing_policy', 'crm_discount_limits'];
const SERVICE_JUNCTIONS = ['crm_service_contracts_products', 'crm_service_contracts_product_groups', 'crm_service_contracts_categories', 'crm_service_classification_rules_products', 'crm_service_classification_rules_product_groups', 'crm_service_classification_rules_categories'];
/** Service desk set-up (A5.5–A5.9): the service manager maintains it, specialists read it. */
const SERVICE_SETUP = ['crm_service_calendars', 'crm_service_teams', 'crm_service_skills', 'crm_service_specialists', 'crm_service_specialist_skills', 'crm_service_absences', 'crm_service_request_types', 'crm_service_categories', 'crm_service_contracts', 'crm_service_maps', 'crm_service_map_steps', 'crm_sla_targets', 'crm_service_classification_rules', ...SERVICE_JUNCTIONS];
/** Written only by the server (routing, escalation job): readable, never written by staff. */
const SERVICE_RECORDS = ['crm_service_routing_decisions', 'crm_service_escalations'];
const SERVICE_REQUEST_FIELDS = ['subject', 'description', 'customer', 'contact', 'channel', 'type', 'category', 'product', 'order', 'priority', 'status', 'assignee', 'team', 'required_skills', 'resolution', 'called_back_at', 'survey_sent_at'];
const createdByMe: Filter = { user_created: { _eq: ME } };
const readAll = (collections: string[]): PermissionDef[] => collections.map((collection) => ({ collection, action: 'read', fields: ['*'] }));
const crud = (collection: string, permissions: Filter | null, actions: PermissionDef['action'][] = ['create', 'read', 'update', 'delete'], fields = ['*']): PermissionDef[] =>
	actions.map((action) => ({ collection, action, permissions: action === 'create' ? null : permissions, fields }));

// Staff see each other's names in owner, manager and "created by" fields.
const userDirectory: PermissionDef = { collection: 'directus_users', action: 'read', fields: ['id', 'first_name', 'last_name', 'email', 'avatar', 'title'] };

const CUSTOMER_FIELDS_EXCEPT_OWNER = ['kind', 'name', 'legal_name', 'tax_id', 'status', 'category', 'region', 'sales_channel', 'credit_limit', 'payment_terms_days', 'currency', 'email', 'phone', 'website', 'country', 'city', 'address', 'groups', 'market_segments', 'contacts', 'notes', 'timeline'];

function salesPermissions(scope: Filter, customerUpdateFields: string[]): PermissionDef[] {
	return [
		{ collection: 'crm_customers', action: 'create', fields: ['*'] },
		{ collection: 'crm_customers', action: 'read', permissions: scope, fields: ['*'] },
		{ collection: 'crm_customers', action: 'update', permissions: scope, fields: customerUpdateFields },
		...crud('crm_contacts', customerOf(scope)),
		...crud('crm_interactions', customerOf(scope), ['create', 'read', 'update']),
		...crud('crm_customers_customer_groups', junctionOf(scope)),
		...crud('crm_customers_market_segments', junctionOf(scope)),
		...commercePermissions(scope),
		...readAll(REFERENCE),
		...readAll([...DISCOUNT_DEFINITIONS, ...DISCOUNT_POLICY]),
		{ collection: 'crm_discount_redemptions', action: 'read', permissions: customerOf(scope), fields: ['*'] },
		// Reps see how their customers are served (requests, contracts) but do not work the desk.
		{ collection: 'crm_service_requests', action: 'read', permissions: customerOf(scope), fields: ['*'] },
		{ collection: 'crm_service_contracts', action: 'read', permissions: customerOf(scope), fields: ['*'] },
		userDirectory,
	];
}

/** Orders to cash for the customers in `scope`: proposals and orders are worked, money documents are read. */
function commercePermissions(scope: Filter): PermissionDef[] {
	const ofCustomer = customerOf(scope);
	return [
		...crud('crm_quotes', ofCustomer, ['create', 'read', 'update']),
		...crud('crm_quote_lines', { quote: ofCustomer }),
		...crud('crm_orders', ofCustomer, ['create', 'read', 'update']),
		...crud('crm_order_lines', { order: ofCustomer }),
		...crud('crm_shipments', { order: ofCustomer }, ['create', 'read']),
		...crud('crm_shipment_lines', { shipment: { order: ofCustomer } }, ['create', 'read']),
		{ collection: 'crm_invoices', action: 'read', permissions: ofCustomer, fields: ['*'] },
		{ collection: 'crm_invoice_lines', action: 'read', permissions: { invoice: ofCustomer }, fields: ['*'] },
		{ collection: 'crm_payments', action: 'read', permissions: ofCustomer, fields: ['*'] },
		{ collection: 'crm_payment_allocations', action: 'read', permissions: { payment: ofCustomer }, fields: ['*'] },
		{ collection: 'crm_ledger_entries', action: 'read', permissions: ofCustomer, fields: ['*'] },
	];
}

export const SALES_MANAGER: RoleDef = {
	name: 'Sales manager',
	icon: 'supervisor_account',
	description: 'Leads a sales team: sees and reassigns the customers of the reps in the teams they manage.',
	policy: { name: 'CRM · Sales manager', icon: 'supervisor_account', description: 'Customers of own teams; reassign within the team.', admin_access: false, app_access: true, permissions: salesPermissions(managedByMe, ['*']) },
};

export const SALES_REP: RoleDef = {
	name: 'Sales rep',
	icon: 'badge',
	description: 'Works own customers only; cannot change who owns a customer.',
	policy: { name: 'CRM · Sales rep', icon: 'badge', description: 'Row-level: only customers they own, with their contacts and history.', admin_access: false, app_access: true, permissions: salesPermissions(ownedByMe, CUSTOMER_FIELDS_EXCEPT_OWNER) },
};

export const MARKETING: RoleDef = {
	name: 'Marketing',
	icon: 'campaign',
	description: 'Segments and groups customers and products; reads customers, contacts and history.',
	policy: {
		name: 'CRM · Marketing',
		icon: 'campaign',
		description: 'Reads all customers; manages segments and customer groups.',
		admin_access: false,
		app_access: true,
		permissions: [
			{ collection: 'crm_customers', action: 'read', fields: ['id', 'kind', 'name', 'status', 'category', 'region', 'sales_channel', 'owner', 'country', 'city', 'groups', 'market_segments', 'contacts', 'timeline', 'date_created'] },
			{ collection: 'crm_customers', action: 'update', fields: ['category', 'groups', 'market_segments'] },
			{ collection: 'crm_contacts', action: 'read', fields: ['id', 'customer', 'first_name', 'last_name', 'position', 'email', 'preferred_channel', 'marketing_consent', 'marketing_consent_at', 'active'] },
			{ collection: 'crm_interactions', action: 'read', fields: ['*'] },
			...crud('crm_market_segments', null),
			...crud('crm_customer_groups', null),
			...crud('crm_customers_customer_groups', null),
			...crud('crm_customers_market_segments', null),
			...crud('crm_products_market_segments', null),
			{ collection: 'crm_products', action: 'update', fields: ['market_segments'] },
			...DISCOUNT_DEFINITIONS.flatMap((c) => crud(c, null)),
			...readAll([...DISCOUNT_POLICY, 'crm_discount_redemptions']),
			...readAll(REFERENCE.filter((c) => !['crm_market_segments', 'crm_customer_groups', 'crm_products_market_segments'].includes(c))),
			userDirectory,
		],
	},
};

/** Working the service desk: every request, the customers and contacts they concern, time and expenses. */
function serviceDeskPermissions(ownTimeOnly: boolean): PermissionDef[] {
	const own = ownTimeOnly ? createdByMe : null;
	return [
		{ collection: 'crm_customers', action: 'read', fields: ['id', 'kind', 'name', 'legal_name', 'status', 'category', 'region', 'owner', 'email', 'phone', 'country', 'city', 'address', 'contacts', 'timeline', 'dedicated_specialist'] },
		{ collection: 'crm_contacts', action: 'read', fields: ['*'] },
		{ collection: 'crm_contacts', action: 'update', fields: ['phone', 'mobile', 'email', 'email_secondary', 'preferred_channel', 'notes'] },
		...crud('crm_interactions', null, ['create', 'read', 'update']),
		...readAll(['crm_orders', 'crm_order_lines', 'crm_shipments', 'crm_shipment_lines']),
		...readAll(REFERENCE),
		// The server adds its own fields (number, routing, SLA) to a create; clients are refused them by the hook.
		{ collection: 'crm_service_requests', action: 'create', fields: ['*'] },
		{ collection: 'crm_service_requests', action: 'read', fields: ['*'] },
		{ collection: 'crm_service_requests', action: 'update', fields: SERVICE_REQUEST_FIELDS },
		...readAll(SERVICE_RECORDS),
		{ collection: 'crm_service_time_entries', action: 'create', fields: ['*'] },
		{ collection: 'crm_service_time_entries', action: 'read', fields: ['*'] },
		{ collection: 'crm_service_time_entries', action: 'update', permissions: own, fields: ['*'] },
		{ collection: 'crm_service_time_entries', action: 'delete', permissions: own },
		{ collection: 'crm_service_expenses', action: 'create', fields: ['*'] },
		{ collection: 'crm_service_expenses', action: 'read', fields: ['*'] },
		{ collection: 'crm_service_expenses', action: 'update', permissions: own, fields: ['*'] },
		{ collection: 'crm_service_expenses', action: 'delete', permissions: own },
		userDirectory,
	];
}

export const SERVICE_SPECIALIST: RoleDef = {
	name: 'Service specialist',
	icon: 'support_agent',
	description: 'Serves customer requests: works every request, logs time, expenses and interactions.',
	policy: {
		name: 'CRM · Service specialist',
		icon: 'support_agent',
		description: 'All service requests; reads customers, contacts and the service set-up; own time entries and expenses.',
		admin_access: false,
		app_access: true,
		permissions: [...serviceDeskPermissions(true), ...readAll(SERVICE_SETUP)],
	},
};

export const SERVICE_MANAGER: RoleDef = {
	name: 'Service manager',
	icon: 'support',
	description: 'Runs the service desk: contracts, service maps, calendars, teams, skills, absences and routing rules; is notified on escalations.',
	policy: {
		name: 'CRM · Service manager',
		icon: 'support',
		description: 'Everything of the service desk, including the set-up and everyone\'s time entries.',
		admin_access: false,
		app_access: true,
		permissions: [...serviceDeskPermissions(false), ...SERVICE_SETUP.flatMap((c) => crud(c, null)), { collection: 'crm_customers', action: 'update', fields: ['dedicated_specialist'] }],
	},
};

const myCustomer: Filter = { contacts: { portal_user: { _eq: ME } } };

export const CUSTOMER: RoleDef = {
	name: 'Customer',
	icon: 'storefront',
	description: 'Self-service portal user: sees only their own customer record.',
	policy: {
		name: 'CRM · Customer portal',
		icon: 'storefront',
		description: 'Own customer record, its contacts and non-system history; the product catalogue.',
		admin_access: false,
		app_access: false,
		permissions: [
			{ collection: 'crm_customers', action: 'read', permissions: myCustomer, fields: ['id', 'kind', 'name', 'legal_name', 'tax_id', 'status', 'currency', 'payment_terms_days', 'credit_limit', 'email', 'phone', 'website', 'country', 'city', 'address'] },
			{ collection: 'crm_contacts', action: 'read', permissions: { customer: myCustomer }, fields: ['id', 'customer', 'first_name', 'last_name', 'position', 'phone', 'email'] },
			{ collection: 'crm_interactions', action: 'read', permissions: { _and: [{ customer: myCustomer }, { type: { _neq: 'system' } }] }, fields: ['id', 'type', 'direction', 'occurred_at', 'subject', 'customer', 'contact'] },
			{ collection: 'crm_products', action: 'read', permissions: { active: { _eq: true } }, fields: ['id', 'sku', 'name', 'kind', 'unit', 'group', 'list_price', 'currency', 'vat_rate_bp', 'description'] },
			{ collection: 'crm_product_groups', action: 'read', fields: ['id', 'code', 'name', 'parent'] },
			{ collection: 'crm_orders', action: 'read', permissions: { customer: myCustomer }, fields: ['id', 'number', 'status', 'customer', 'order_date', 'currency', 'list_total', 'discount_total', 'net_total', 'vat_total', 'gross_total', 'lines'] },
			{ collection: 'crm_order_lines', action: 'read', permissions: { order: { customer: myCustomer } }, fields: ['id', 'order', 'product', 'description', 'quantity_milli', 'unit_price', 'list_amount', 'discount_bp', 'discount_amount', 'net_amount', 'vat_amount', 'gross_amount', 'shipped_milli'] },
			{ collection: 'crm_invoices', action: 'read', permissions: { customer: myCustomer }, fields: ['id', 'number', 'kind', 'status', 'customer', 'order', 'issue_date', 'due_date', 'currency', 'net_total', 'vat_total', 'gross_total', 'open_amount'] },
			{ collection: 'crm_payments', action: 'read', permissions: { customer: myCustomer }, fields: ['id', 'number', 'status', 'customer', 'received_on', 'amount', 'currency', 'reference'] },
			// Self-service (A5.7): open requests for their own company and follow them. That the customer is
			// their own is checked by the hook (a customer they can read); desk fields are refused there too.
			{ collection: 'crm_service_requests', action: 'create', presets: { channel: 'portal' }, fields: ['*'] },
			{ collection: 'crm_service_requests', action: 'read', permissions: { customer: myCustomer }, fields: ['id', 'number', 'subject', 'description', 'customer', 'contact', 'channel', 'category', 'product', 'order', 'priority', 'status', 'resolution', 'sla_status', 'response_due_at', 'resolution_due_at', 'first_response_at', 'resolved_at', 'closed_at', 'date_created'] },
			{ collection: 'crm_service_categories', action: 'read', fields: ['id', 'code', 'name'] },
		],
	},
};

/**
 * Receivables (S4, S6, S6.1): posts payments, allocations, reversals, invoices and credit notes for every
 * customer, reads the ledger. The update permissions cover only fields the CRM computes (open amounts,
 * statuses, the unallocated remainder): clients are refused those fields by the hook, so in practice
 * only the CRM's own trusted writes on the accountant's behalf use them, and the audit trail names the
 * accountant. Nothing is deleted: a wrong payment is reversed, a wrong invoice credited.
 */
export const ACCOUNTANT: RoleDef = {
	name: 'Accountant',
	icon: 'account_balance',
	description: 'Books payments and allocations, issues invoices and credit notes, reads receivables of all customers.',
	policy: {
		name: 'CRM · Accountant',
		icon: 'account_balance',
		description: 'All customers (read only); payments, allocations, invoices and credit notes; the ledger, orders and exchange rates.',
		admin_access: false,
		app_access: true,
		permissions: [
			{ collection: 'crm_customers', action: 'read', fields: ['*'] },
			...crud('crm_payments', null, ['create', 'read']),
			{ collection: 'crm_payments', action: 'update', fields: ['status', 'unallocated_amount', 'reversed_at', 'reversal_reason'] },
			...crud('crm_payment_allocations', null, ['create', 'read']),
			...crud('crm_invoices', null, ['create', 'read']),
			{ collection: 'crm_invoices', action: 'update', fields: ['status', 'open_amount'] },
			...crud('crm_invoice_lines', null, ['create', 'read']),
			...readAll(['crm_ledger_entries', 'crm_orders', 'crm_order_lines']),
			// An order becomes paid (or invoiced again after a reversal) as a consequence of the accountant's booking.
			{ collection: 'crm_orders', action: 'update', fields: ['status'] },
			...crud('crm_exchange_rates', null, ['create', 'update']),
			...readAll(REFERENCE),
			userDirectory,
		],
	},
};

export const ADMINISTRATOR: RoleDef = {
	name: 'CRM administrator',
	icon: 'admin_panel_settings',
	description: 'Configures the CRM: collections, rules, users.',
	policy: { name: 'CRM · Administrator', icon: 'admin_panel_settings', description: 'Full access.', admin_access: true, app_access: true, permissions: [] },
};

export const ROLES: RoleDef[] = [ADMINISTRATOR, SALES_MANAGER, SALES_REP, MARKETING, SERVICE_SPECIALIST, SERVICE_MANAGER, ACCOUNTANT, CUSTOMER];

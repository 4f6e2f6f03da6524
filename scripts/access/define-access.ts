/**
 * Roles, policies and permissions of the CRM. Permissions are not part of schema snapshots, so
 * `seedAccess` applies these through the API. A policy that already exists only gets the
 * permissions it lacks: what an administrator changed in the Studio is kept.
 */

import type { AccessModel, DashboardDef, PermissionDef, RoleDef } from '../../packages/crm-install/src/plan/access-model.ts';
import { readFileSync } from 'node:fs';
import { CUSTOMER_VISIBLE_INTERACTION_FIELDS, customerVisibleInteractionsFilter } from '../../packages/crm-core/src/timeline/customer-visible-entries.ts';
import { collections } from '../schema/define-model.ts';
import { LIST_LAYOUTS } from './define-list-layouts.ts';

export type { PermissionDef, PolicyDef, RoleDef } from '../../packages/crm-install/src/plan/access-model.ts';

type Filter = Record<string, unknown>;

const ME = '$CURRENT_USER';
const ownedByMe: Filter = { owner: { user: { _eq: ME } } };
const managedByMe: Filter = { owner: { team: { manager: { _eq: ME } } } };
const customerOf = (f: Filter): Filter => ({ customer: f });
const junctionOf = (f: Filter): Filter => ({ crm_customers_id: f });

const REFERENCE = ['crm_regions', 'crm_sales_channels', 'crm_market_segments', 'crm_customer_groups', 'crm_product_groups', 'crm_products', 'crm_teams', 'crm_sales_reps', 'crm_products_market_segments', 'crm_price_lists', 'crm_price_list_items', 'crm_exchange_rates', 'crm_warehouses', 'crm_stock_levels'];
/** Who entered and left a segment: written by the CRM only, read as far as the customers are readable. */
const SEGMENT_HISTORY = 'crm_segment_membership_events';
const RULE_JUNCTIONS = ['customers', 'customer_groups', 'customer_segments', 'regions', 'sales_channels', 'products', 'product_groups', 'product_segments'].map((j) => `crm_discount_rules_${j}`);
/** Discount definitions (M3.1, M3.2): marketing maintains them, sales reads them to explain prices. */
const DISCOUNT_DEFINITIONS = ['crm_campaigns', 'crm_campaigns_market_segments', 'crm_special_offers', 'crm_discount_rules', 'crm_promo_codes', ...RULE_JUNCTIONS];
/** Campaign budgets (M3.4): marketing plans and books them, the accountant reads them. */
const CAMPAIGN_BUDGET = ['crm_campaign_budget_lines', 'crm_campaign_spend'];
const CAMPAIGN_BUDGET_FIELDS = ['budget', 'budget_lines', 'spend', 'budget_warn_bp', 'budget_hard_stop'];
/** Whom campaigns address and what happened with them (M3.3): written by the CRM, read as far as the customers are. */
const CAMPAIGN_AUDIENCE = ['crm_campaign_members', 'crm_campaign_touches'];
const DISCOUNT_POLICY = ['crm_pricing_policy', 'crm_discount_limits'];
/** Customer classification (A5.4, C1): managers set the cut-offs and rules; the runs and the history are the CRM's. */
const CLASSIFICATION_SETUP = ['crm_classification_settings', 'crm_classification_rules'];
/** What profitability charges beyond the documents (A5.3, C2): the accountant keeps it, managers read it. */
const PROFITABILITY_SETUP = ['crm_profitability_settings', 'crm_logistics_costs'];
/** The sales pipeline (S6.8): managers shape the stages and reasons, everyone in sales reads them. */
const PIPELINE_SETUP = ['crm_pipeline_stages', 'crm_lost_reasons'];
/** Related products (S6.10): reference data; sales reads them, managers and marketing maintain them. */
const PRODUCT_RELATIONS = 'crm_product_relations';
const CLASS_RUNS = 'crm_classification_runs';
const CLASS_HISTORY = 'crm_customer_class_changes';
const CUSTOMER_CLASS_FIELDS = ['abc_revenue', 'abc_margin', 'xyz', 'rfm', 'class_revenue_base', 'class_margin_base', 'class_rule', 'classified_at'];
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

/** Every field of a collection in the model but `left out` (aliases too: a field permission names them like any other). */
function fieldsExcept(collection: string, leftOut: string[]): string[] {
	const def = collections.find((c) => c.collection === collection);
	if (!def) throw new Error(`fieldsExcept: no collection ${collection} in the model`);
	const fields = def.fields.map((f) => f.field);
	const unknown = leftOut.filter((f) => !fields.includes(f));
	if (unknown.length > 0) throw new Error(`fieldsExcept: ${collection} has no field ${unknown.join(', ')}`);
	return fields.filter((f) => !leftOut.includes(f));
}

/** The Marketing dashboard (DASHBOARDS): marketing opens it in Insights. */
const MARKETING_DASHBOARD = 'a8709cb9-f81a-4326-9604-4c1d3f6765c8';
/** The Customer classes dashboard: sales managers and marketing open it. */
const CLASSES_DASHBOARD = '5f0c7d1e-2b8a-4c63-9e41-7a2d9b3c6f10';
/** Sales overview and Rep leaderboard: sales managers and reps open them (each sees the figures of what they may read). */
const SALES_DASHBOARD = 'c2b7e9a4-51d3-4f08-8a6e-3d9f0b2c7e51';
const REPS_DASHBOARD = 'e81f4c26-9a7b-4d35-b0c2-6f4a8d1e9b73';
/** Receivables: the accountant and sales managers; Discounts: sales managers and marketing; Service desk: the service manager. */
const RECEIVABLES_DASHBOARD = '0aa7c642-0d55-49fb-a54d-87d40c1f604d';
const DISCOUNTS_DASHBOARD = 'b49ea599-d6b0-4729-a1f5-149f4357acd2';
const SERVICE_DASHBOARD = '6a155a11-1902-4380-88e2-5c7c28b5cc00';
/** Sales management (S6.4, S6.5): plans against actual and the forecast with its accuracy; managers see their teams', reps their own. */
const SALES_MANAGEMENT_DASHBOARD = '9d41c3e7-6b2a-4f85-a0d9-5e7c1b8f2a64';
/** Customer profitability: sales managers and the accountant open it. */
const PROFITABILITY_DASHBOARD = '7d3a1b95-c6e2-4f80-9b14-2e5c8a0f6d39';
/** Customer assignment (S6.2): managers and administrators; reps cannot move customers. */
const ASSIGNMENT_DASHBOARD = '3c8e5f21-7d4b-4a96-b1e0-9f2a6c4d8e17';

/**
 * Insights shows a dashboard to whoever may read it and its panels; the filter keeps the other dashboards
 * hidden. One call per policy, with all its dashboards: a policy holds one permission per collection and action.
 */
const readDashboards = (...ids: string[]): PermissionDef[] => [
	{ collection: 'directus_dashboards', action: 'read', permissions: { id: { _in: ids } }, fields: ['*'] },
	{ collection: 'directus_panels', action: 'read', permissions: { dashboard: { _in: ids } }, fields: ['*'] },
];

// Staff see each other's names in owner, manager and "created by" fields.
const userDirectory: PermissionDef = { collection: 'directus_users', action: 'read', fields: ['id', 'first_name', 'last_name', 'email', 'avatar', 'title'] };

const CUSTOMER_FIELDS_EXCEPT_OWNER = ['kind', 'name', 'legal_name', 'tax_id', 'status', 'category', 'region', 'sales_channel', 'credit_limit', 'payment_terms_days', 'currency', 'email', 'phone', 'website', 'country', 'city', 'address', 'groups', 'market_segments', 'contacts', 'notes', 'timeline'];

/**
 * The service set-up a rep's pages link to (a request's type, category, team and assignee, its customer's
 * dedicated specialist, a contract's calendar), by name only: the Studio shows those links as names
 * instead of refusing to load them, and the request page names the classification.
 */
const SERVICE_NAMES: PermissionDef[] = [
	...['crm_service_request_types', 'crm_service_categories', 'crm_service_skills', 'crm_service_teams'].map((collection): PermissionDef => ({ collection, action: 'read', fields: ['id', 'code', 'name'] })),
	...['crm_service_specialists', 'crm_service_maps'].map((collection): PermissionDef => ({ collection, action: 'read', fields: ['id', 'name'] })),
	// A calendar's display template shows its time zone with its name.
	{ collection: 'crm_service_calendars', action: 'read', fields: ['id', 'name', 'time_zone'] },
];

/**
 * What sales reads of a request: not the raw SLA clock (its item page field is a JSON editor; the request
 * page shows the clocks, read on the server) nor the desk's own records (decisions, time, expenses).
 */
const SALES_REQUEST_FIELDS = fieldsExcept('crm_service_requests', ['sla_clock', 'sla_pauses', 'routing_decisions', 'time_entries', 'expenses']);

/**
 * Discount definitions as sales reads them. A promo code or rule may name any customer; a rep follows
 * only links to customers in scope: a code's customer is left out (the Studio would load a customer the
 * rep may not read and show a "Forbidden" dialog), a rule lists only the rep's own customers.
 */
function salesDiscountDefinitions(scope: Filter): PermissionDef[] {
	const special = ['crm_campaigns', 'crm_promo_codes', 'crm_discount_rules_customers'];
	return [
		...readAll([...DISCOUNT_DEFINITIONS.filter((c) => !special.includes(c)), ...DISCOUNT_POLICY]),
		// A campaign's budget and spend are marketing's: sales read what a campaign is, not what it costs.
		{ collection: 'crm_campaigns', action: 'read', fields: fieldsExcept('crm_campaigns', CAMPAIGN_BUDGET_FIELDS) },
		{ collection: 'crm_promo_codes', action: 'read', fields: fieldsExcept('crm_promo_codes', ['customer']) },
		{ collection: 'crm_discount_rules_customers', action: 'read', permissions: junctionOf(scope), fields: ['*'] },
	];
}

function salesPermissions(scope: Filter, customerUpdateFields: string[], dashboards: string[]): PermissionDef[] {
	return [
		{ collection: 'crm_customers', action: 'create', fields: ['*'] },
		{ collection: 'crm_customers', action: 'read', permissions: scope, fields: ['*'] },
		{ collection: 'crm_customers', action: 'update', permissions: scope, fields: customerUpdateFields },
		...crud('crm_contacts', customerOf(scope)),
		...crud('crm_interactions', customerOf(scope), ['create', 'read', 'update']),
		...crud('crm_customers_customer_groups', junctionOf(scope)),
		...crud('crm_customers_market_segments', junctionOf(scope)),
		...commercePermissions(scope),
		...readAll([...REFERENCE, PRODUCT_RELATIONS]),
		// A segment's history as far as its customers are the rep's own (products are everyone's).
		{ collection: SEGMENT_HISTORY, action: 'read', permissions: { _or: [customerOf(scope), { product: { _nnull: true } }] }, fields: ['*'] },
		...salesDiscountDefinitions(scope),
		{ collection: 'crm_discount_redemptions', action: 'read', permissions: customerOf(scope), fields: ['*'] },
		// A rep sees the campaign members and touches of their own customers only.
		...CAMPAIGN_AUDIENCE.map((collection): PermissionDef => ({ collection, action: 'read', permissions: customerOf(scope), fields: ['*'] })),
		...readDashboards(...dashboards),
		...pipelinePermissions(scope),
		// How customers are classified, and how the rep's own customers moved between classes.
		...readAll([...CLASSIFICATION_SETUP, CLASS_RUNS, ...PROFITABILITY_SETUP]),
		{ collection: CLASS_HISTORY, action: 'read', permissions: customerOf(scope), fields: ['*'] },
		// Reps see how their customers are served (requests, contracts) but do not work the desk.
		{ collection: 'crm_service_requests', action: 'read', permissions: customerOf(scope), fields: SALES_REQUEST_FIELDS },
		{ collection: 'crm_service_contracts', action: 'read', permissions: customerOf(scope), fields: ['*'] },
		...SERVICE_NAMES,
		userDirectory,
	];
}

/** Opportunities of the customers in `scope`, their tasks and stage history; the history is the CRM's to write. */
function pipelinePermissions(scope: Filter): PermissionDef[] {
	const ofOpportunity = { opportunity: customerOf(scope) };
	return [
		...crud('crm_opportunities', customerOf(scope), ['create', 'read', 'update']),
		...crud('crm_opportunity_tasks', ofOpportunity),
		{ collection: 'crm_opportunity_stage_history', action: 'read', permissions: ofOpportunity, fields: ['*'] },
		...readAll(PIPELINE_SETUP),
	];
}

const ofMyTeams: Filter = { _or: [{ rep: { team: { manager: { _eq: ME } } } }, { team: { manager: { _eq: ME } } }] };
const companyWide: Filter = { _and: [{ rep: { _null: true } }, { team: { _null: true } }] };
const mine: Filter = { rep: { user: { _eq: ME } } };

/**
 * Sales plans (S6.5) and forecasts (S6.4): managers set their teams' plans and read the company's, adjust
 * their teams' forecasts and read the company's; a rep reads their own plans and forecasts.
 */
function planningPermissions(manager: boolean): PermissionDef[] {
	if (!manager) return ['crm_sales_targets', 'crm_forecast_snapshots'].map((collection): PermissionDef => ({ collection, action: 'read', permissions: mine, fields: ['*'] }));
	return [
		{ collection: 'crm_sales_targets', action: 'create', fields: ['*'] },
		{ collection: 'crm_sales_targets', action: 'read', permissions: { _or: [ofMyTeams, companyWide] }, fields: ['*'] },
		{ collection: 'crm_sales_targets', action: 'update', permissions: ofMyTeams, fields: ['*'] },
		{ collection: 'crm_sales_targets', action: 'delete', permissions: ofMyTeams },
		{ collection: 'crm_forecast_snapshots', action: 'read', permissions: { _or: [ofMyTeams, { scope: { _eq: 'company' } }] }, fields: ['*'] },
		{ collection: 'crm_forecast_snapshots', action: 'update', permissions: ofMyTeams, fields: ['adjustment', 'adjustment_reason'] },
	];
}

const ofMyTeamsRep: Filter = { rep: { team: { manager: { _eq: ME } } } };
const myTeamsPlan: Filter = { team: { members: { user: { _eq: ME } } } };

/**
 * Commissions (S6.3): managers set their teams' plans, tiers and splits and read their teams' statements; a
 * rep reads their own plans (and their team's), splits and statements. Statements are written by the CRM only.
 */
function commissionPermissions(manager: boolean): PermissionDef[] {
	if (!manager) {
		const plans: Filter = { _or: [mine, myTeamsPlan] };
		return [
			{ collection: 'crm_commission_plans', action: 'read', permissions: plans, fields: ['*'] },
			{ collection: 'crm_commission_tiers', action: 'read', permissions: { plan: plans }, fields: ['*'] },
			{ collection: 'crm_commission_splits', action: 'read', permissions: mine, fields: ['*'] },
			{ collection: 'crm_commission_statements', action: 'read', permissions: mine, fields: ['*'] },
			{ collection: 'crm_commission_statement_lines', action: 'read', permissions: { statement: mine }, fields: ['*'] },
		];
	}
	return [
		...crud('crm_commission_plans', ofMyTeams, ['read', 'update', 'delete']),
		{ collection: 'crm_commission_plans', action: 'create', fields: ['*'] },
		...crud('crm_commission_tiers', { plan: ofMyTeams }),
		...crud('crm_commission_splits', ofMyTeamsRep),
		{ collection: 'crm_commission_statements', action: 'read', permissions: ofMyTeamsRep, fields: ['*'] },
		{ collection: 'crm_commission_statement_lines', action: 'read', permissions: { statement: ofMyTeamsRep }, fields: ['*'] },
	];
}

const TASKS = 'crm_sales_tasks';
/** What a rep changes on a follow-up: whether it is done, when, what it says; a generated one keeps what it is about (hook). */
const SALES_TASK_REP_FIELDS = ['title', 'due_date', 'done', 'notes'];

/**
 * Follow-up tasks (S6.9): a rep reads and works the tasks of their own customers and those given to them, and adds
 * tasks for their customers; a manager does so for their teams' and may delete them. The reorder run makes the
 * reorder and churn-risk ones (the hook refuses clients those kinds and changes to what a generated one is about).
 */
function salesTaskPermissions(manager: boolean): PermissionDef[] {
	if (manager) return crud(TASKS, { _or: [{ assignee: { team: { manager: { _eq: ME } } } }, customerOf(managedByMe)] });
	const own: Filter = { _or: [{ assignee: { user: { _eq: ME } } }, customerOf(ownedByMe)] };
	return [
		{ collection: TASKS, action: 'create', fields: ['title', 'customer', 'assignee', 'due_date', 'kind', 'product_group', 'done', 'notes'] },
		{ collection: TASKS, action: 'read', permissions: own, fields: ['*'] },
		{ collection: TASKS, action: 'update', permissions: own, fields: SALES_TASK_REP_FIELDS },
	];
}

/** Territories (S6.2): the history of owner changes, written by the CRM only, read as far as the customers are. */
const ASSIGNMENT_HISTORY = 'crm_customer_assignments';

/**
 * Assignment rules are the administrators' (managers read them to understand an assignment; reps see a rule's
 * name in their customers' history); the history is read as far as its customers are, and written by nobody.
 */
function territoryPermissions(manager: boolean, scope: Filter): PermissionDef[] {
	return [
		{ collection: 'crm_assignment_rules', action: 'read', fields: manager ? ['*'] : ['id', 'name'] },
		{ collection: ASSIGNMENT_HISTORY, action: 'read', permissions: customerOf(scope), fields: ['*'] },
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
	id: '3b628851-6ab1-48e2-8fb8-8f6c410095ad',
	name: 'Sales manager',
	icon: 'supervisor_account',
	description: 'Leads a sales team: sees and reassigns the customers of the reps in the teams they manage.',
	policy: { id: 'bb154956-5787-4afe-96be-ee5d8bcfa189', name: 'CRM · Sales manager', icon: 'supervisor_account', description: 'Customers of own teams; reassign within the team.', admin_access: false, app_access: true, permissions: [...salesPermissions(managedByMe, ['*'], [SALES_MANAGEMENT_DASHBOARD, ASSIGNMENT_DASHBOARD, SALES_DASHBOARD, REPS_DASHBOARD, CLASSES_DASHBOARD, PROFITABILITY_DASHBOARD, RECEIVABLES_DASHBOARD, DISCOUNTS_DASHBOARD]), ...planningPermissions(true), ...commissionPermissions(true), ...salesTaskPermissions(true), ...territoryPermissions(true, managedByMe), ...crud('crm_classification_rules', null, ['create', 'update', 'delete']), ...PIPELINE_SETUP.flatMap((c) => crud(c, null, ['create', 'update', 'delete'])), ...crud(PRODUCT_RELATIONS, null, ['create', 'update', 'delete']), { collection: 'crm_opportunities', action: 'delete', permissions: customerOf(managedByMe) }, { collection: 'crm_classification_settings', action: 'update', fields: ['*'] }, { collection: 'crm_classification_settings', action: 'create', fields: ['*'] }] },
};

export const SALES_REP: RoleDef = {
	id: '3026b336-a5d0-410b-a8a5-70c562a204fb',
	name: 'Sales rep',
	icon: 'badge',
	description: 'Works own customers only; cannot change who owns a customer.',
	policy: { id: '79ef8607-d4ec-471d-a578-9d4895d8f40e', name: 'CRM · Sales rep', icon: 'badge', description: 'Row-level: only customers they own, with their contacts and history.', admin_access: false, app_access: true, permissions: [...salesPermissions(ownedByMe, CUSTOMER_FIELDS_EXCEPT_OWNER, [SALES_MANAGEMENT_DASHBOARD, SALES_DASHBOARD, REPS_DASHBOARD]), ...planningPermissions(false), ...commissionPermissions(false), ...salesTaskPermissions(false), ...territoryPermissions(false, ownedByMe)] },
};

/** What a client writes of a visit plan and a stop; the route, distances, slot and logged visit are the CRM's. */
const VISIT_PLAN_FIELDS = ['rep', 'day', 'status', 'start_latitude_e6', 'start_longitude_e6', 'notes', 'stops'];
const VISIT_STOP_FIELDS = ['plan', 'customer', 'sort', 'planned_time', 'done', 'outcome'];

/**
 * Visit plans and activity targets (S6.2): a rep plans and works their own days and reads their own and their
 * team's targets; a manager plans the days of their teams' reps and sets their teams' targets. The hooks check
 * what a filter cannot (one plan per rep and day, own customers, who a new plan or target is for).
 */
function visitPermissions(manager: boolean): PermissionDef[] {
	const plans: Filter = manager ? { _or: [mine, ofMyTeamsRep] } : mine;
	const writes = (collection: string, scope: Filter, fields: string[]): PermissionDef[] => [
		{ collection, action: 'create', fields },
		{ collection, action: 'read', permissions: scope, fields: ['*'] },
		{ collection, action: 'update', permissions: scope, fields },
		{ collection, action: 'delete', permissions: scope },
	];
	const targets: PermissionDef[] = manager
		? [...crud('crm_activity_targets', ofMyTeams, ['read', 'update', 'delete']), { collection: 'crm_activity_targets', action: 'create', fields: ['*'] }]
		: [{ collection: 'crm_activity_targets', action: 'read', permissions: { _or: [mine, myTeamsPlan] }, fields: ['*'] }];
	return [...writes('crm_visit_plans', plans, VISIT_PLAN_FIELDS), ...writes('crm_visit_plan_stops', { plan: plans }, VISIT_STOP_FIELDS), ...targets];
}
// Appended to the sales policies rather than spliced into their lines, so branches that add permissions merge.
// A rep places their own customers: the coordinates join the customer fields a rep may update (the list is shared by reference).
CUSTOMER_FIELDS_EXCEPT_OWNER.push('latitude_e6', 'longitude_e6');
SALES_MANAGER.policy.permissions.push(...visitPermissions(true));
SALES_REP.policy.permissions.push(...visitPermissions(false));

export const MARKETING: RoleDef = {
	id: '4db00ccb-4e7a-45c1-81e5-e9929bddf58a',
	name: 'Marketing',
	icon: 'campaign',
	description: 'Segments and groups customers and products; reads customers, contacts and history.',
	policy: {
		id: 'a62dd8d8-9216-40be-b276-60a6e95d196f',
		name: 'CRM · Marketing',
		icon: 'campaign',
		description: 'Reads all customers; manages segments and customer groups.',
		admin_access: false,
		app_access: true,
		permissions: [
			{ collection: 'crm_customers', action: 'read', fields: ['id', 'kind', 'name', 'status', 'category', 'region', 'sales_channel', 'owner', 'country', 'city', 'groups', 'market_segments', 'contacts', 'overview', 'timeline', 'date_created', ...CUSTOMER_CLASS_FIELDS] },
			{ collection: 'crm_customers', action: 'update', fields: ['category', 'groups', 'market_segments'] },
			{ collection: 'crm_contacts', action: 'read', fields: ['id', 'customer', 'first_name', 'last_name', 'position', 'email', 'phone', 'mobile', 'preferred_channel', 'marketing_consent', 'marketing_consent_at', 'active'] },
			{ collection: 'crm_interactions', action: 'read', fields: ['*'] },
			...crud('crm_market_segments', null),
			...readAll([SEGMENT_HISTORY]),
			...crud('crm_customer_groups', null),
			...crud('crm_customers_customer_groups', null),
			...crud('crm_customers_market_segments', null),
			...crud('crm_products_market_segments', null),
			{ collection: 'crm_products', action: 'update', fields: ['market_segments'] },
			...DISCOUNT_DEFINITIONS.flatMap((c) => crud(c, null)),
			...crud('crm_campaign_budget_lines', null),
			// Spend is booked, never changed: a correction is a new entry.
			...crud('crm_campaign_spend', null, ['create', 'read']),
			...readAll([...DISCOUNT_POLICY, 'crm_discount_redemptions', ...CAMPAIGN_AUDIENCE]),
			// Which orders a campaign is credited with, to explain its return: the order's header, not its lines.
			{ collection: 'crm_orders', action: 'read', fields: ['id', 'number', 'customer', 'order_date', 'status', 'campaign', 'currency', 'net_total'] },
			...readAll(REFERENCE.filter((c) => !['crm_market_segments', 'crm_customer_groups', 'crm_products_market_segments'].includes(c))),
			...readAll([...CLASSIFICATION_SETUP, CLASS_RUNS, CLASS_HISTORY, ...PIPELINE_SETUP]),
			...readAll([ASSIGNMENT_HISTORY]),
			...crud(PRODUCT_RELATIONS, null),
			// Which deals campaigns brought: the opportunity's header, to credit the campaign.
			{ collection: 'crm_opportunities', action: 'read', fields: ['id', 'name', 'customer', 'amount', 'currency', 'expected_close', 'stage', 'status', 'probability_bp', 'forecast_category', 'source_campaign', 'closed_at', 'summary'] },
			...readDashboards(MARKETING_DASHBOARD, CLASSES_DASHBOARD, DISCOUNTS_DASHBOARD),
			userDirectory,
		],
	},
};

/** Working the service desk: every request, the customers and contacts they concern, time and expenses. */
function serviceDeskPermissions(ownTimeOnly: boolean): PermissionDef[] {
	const own = ownTimeOnly ? createdByMe : null;
	return [
		{ collection: 'crm_customers', action: 'read', fields: ['id', 'kind', 'name', 'legal_name', 'status', 'category', 'region', 'owner', 'email', 'phone', 'country', 'city', 'address', 'contacts', 'overview', 'timeline', 'dedicated_specialist'] },
		{ collection: 'crm_contacts', action: 'read', fields: ['*'] },
		{ collection: 'crm_contacts', action: 'update', fields: ['phone', 'mobile', 'email', 'email_secondary', 'preferred_channel', 'notes'] },
		...crud('crm_interactions', null, ['create', 'read', 'update']),
		...readAll(['crm_orders', 'crm_order_lines', 'crm_shipments', 'crm_shipment_lines', SEGMENT_HISTORY]),
		...readAll(REFERENCE),
		// The server adds its own fields (number, routing, SLA) to a create; clients are refused them by the hook.
		{ collection: 'crm_service_requests', action: 'create', fields: ['*'] },
		{ collection: 'crm_service_requests', action: 'read', fields: ['*'] },
		{ collection: 'crm_service_requests', action: 'update', fields: SERVICE_REQUEST_FIELDS },
		...readAll(SERVICE_RECORDS),
		...readAll([ASSIGNMENT_HISTORY]),
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
	id: '983cbf8e-3de9-4af3-9ea2-2ff31bd18ec5',
	name: 'Service specialist',
	icon: 'support_agent',
	description: 'Serves customer requests: works every request, logs time, expenses and interactions.',
	policy: {
		id: '807f45f1-8f15-422c-ac50-9935b34c7c07',
		name: 'CRM · Service specialist',
		icon: 'support_agent',
		description: 'All service requests; reads customers, contacts and the service set-up; own time entries and expenses.',
		admin_access: false,
		app_access: true,
		permissions: [...serviceDeskPermissions(true), ...readAll(SERVICE_SETUP)],
	},
};

export const SERVICE_MANAGER: RoleDef = {
	id: '3a0925af-523b-46bd-855a-57cdeefdf211',
	name: 'Service manager',
	icon: 'support',
	description: 'Runs the service desk: contracts, service maps, calendars, teams, skills, absences and routing rules; is notified on escalations.',
	policy: {
		id: 'e8f2050d-3b20-498f-9a30-df27e05d9ef5',
		name: 'CRM · Service manager',
		icon: 'support',
		description: 'Everything of the service desk, including the set-up and everyone\'s time entries.',
		admin_access: false,
		app_access: true,
		permissions: [...serviceDeskPermissions(false), ...SERVICE_SETUP.flatMap((c) => crud(c, null)), { collection: 'crm_customers', action: 'update', fields: ['dedicated_specialist'] }, ...readDashboards(SERVICE_DASHBOARD)],
	},
};

const myCustomer: Filter = { contacts: { portal_user: { _eq: ME } } };

export const CUSTOMER: RoleDef = {
	id: 'f21af6f7-8216-40c8-b958-192a50e8f19c',
	name: 'Customer',
	icon: 'storefront',
	description: 'Self-service portal user: sees only their own customer record.',
	policy: {
		id: 'f2d858a3-e696-4659-b2c3-6515d81a769d',
		name: 'CRM · Customer portal',
		icon: 'storefront',
		description: 'Own customer record, its contacts, the customer-visible part of its history, its documents and ledger; the product catalogue.',
		admin_access: false,
		app_access: false,
		permissions: [
			// No credit limit: the credit decision is the seller's, not part of the customer's self-service.
			{ collection: 'crm_customers', action: 'read', permissions: myCustomer, fields: ['id', 'kind', 'name', 'legal_name', 'tax_id', 'status', 'currency', 'payment_terms_days', 'email', 'phone', 'website', 'country', 'city', 'address'] },
			{ collection: 'crm_contacts', action: 'read', permissions: { customer: myCustomer }, fields: ['id', 'customer', 'first_name', 'last_name', 'position', 'phone', 'email'] },
			// Their timeline: messages exchanged with them and the events of their own orders, deliveries, invoices,
			// payments and requests (customer-visible-entries.ts); never the reps' notes, follow-ups or authorship.
			{ collection: 'crm_interactions', action: 'read', permissions: { _and: [{ customer: myCustomer }, customerVisibleInteractionsFilter()] }, fields: [...CUSTOMER_VISIBLE_INTERACTION_FIELDS] },
			{ collection: 'crm_products', action: 'read', permissions: { active: { _eq: true } }, fields: ['id', 'sku', 'name', 'kind', 'unit', 'group', 'list_price', 'currency', 'vat_rate_bp', 'description'] },
			{ collection: 'crm_product_groups', action: 'read', fields: ['id', 'code', 'name', 'parent'] },
			{ collection: 'crm_orders', action: 'read', permissions: { customer: myCustomer }, fields: ['id', 'number', 'status', 'customer', 'order_date', 'currency', 'list_total', 'discount_total', 'net_total', 'vat_total', 'gross_total', 'lines'] },
			{ collection: 'crm_order_lines', action: 'read', permissions: { order: { customer: myCustomer } }, fields: ['id', 'order', 'product', 'description', 'quantity_milli', 'unit_price', 'list_amount', 'discount_bp', 'discount_amount', 'net_amount', 'vat_amount', 'gross_amount', 'shipped_milli'] },
			{ collection: 'crm_invoices', action: 'read', permissions: { customer: myCustomer }, fields: ['id', 'number', 'kind', 'status', 'customer', 'order', 'issue_date', 'due_date', 'currency', 'net_total', 'vat_total', 'gross_total', 'open_amount'] },
			{ collection: 'crm_payments', action: 'read', permissions: { customer: myCustomer }, fields: ['id', 'number', 'status', 'customer', 'received_on', 'amount', 'currency', 'reference'] },
			// Balance and statement (S6, S6.1) are computed from the ledger, so the portal reads its own entries — the
			// fields those computations use (LEDGER_FIELDS in crm-directus) and nothing else — and gets the figures the accountant gets.
			{ collection: 'crm_ledger_entries', action: 'read', permissions: { customer: myCustomer }, fields: ['id', 'customer', 'entry_date', 'kind', 'document_collection', 'document_key', 'invoice', 'amount', 'currency', 'amount_base', 'description', 'date_created'] },
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
	id: 'be1518d7-abe7-423a-8b77-3975d16f597b',
	name: 'Accountant',
	icon: 'account_balance',
	description: 'Books payments and allocations, issues invoices and credit notes, reads receivables of all customers.',
	policy: {
		id: '42821eb4-001e-4c76-ac0a-3133d5a77e94',
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
			...readAll(['crm_ledger_entries', 'crm_orders', 'crm_order_lines', SEGMENT_HISTORY, 'crm_campaigns', ...CAMPAIGN_BUDGET, ...CLASSIFICATION_SETUP, CLASS_RUNS, CLASS_HISTORY]),
			...readAll([ASSIGNMENT_HISTORY]),
			// An order becomes paid (or invoiced again after a reversal) as a consequence of the accountant's booking.
			{ collection: 'crm_orders', action: 'update', fields: ['status'] },
			...crud('crm_exchange_rates', null, ['create', 'update']),
			...PROFITABILITY_SETUP.flatMap((c) => crud(c, null)),
			...readDashboards(PROFITABILITY_DASHBOARD, RECEIVABLES_DASHBOARD),
			...readAll(REFERENCE),
			userDirectory,
		],
	},
};

export const ADMINISTRATOR: RoleDef = {
	id: 'f03ff54b-e829-4137-bac4-d7bcb0c834ff',
	name: 'CRM administrator',
	icon: 'admin_panel_settings',
	description: 'Configures the CRM: collections, rules, users.',
	policy: { id: 'c13d8a87-305b-406c-ab89-232b179c4240', name: 'CRM · Administrator', icon: 'admin_panel_settings', description: 'Full access.', admin_access: true, app_access: true, permissions: [] },
};

export const ROLES: RoleDef[] = [ADMINISTRATOR, SALES_MANAGER, SALES_REP, MARKETING, SERVICE_SPECIALIST, SERVICE_MANAGER, ACCOUNTANT, CUSTOMER];

/**
 * Insights dashboards with the module's panels; an administrator may rearrange them. The module creates a dashboard
 * once; an upgrade adds to it only the panels marked `since` a version after the project's (one the administrator
 * removed stays removed). The two below came with version 10; `since: 11` also reaches a version-10 project made
 * before they did, and one that has them keeps them as they are.
 */
export const DASHBOARDS: DashboardDef[] = [
	{
		id: SALES_MANAGEMENT_DASHBOARD,
		name: 'Sales management',
		icon: 'flag',
		note: 'Sales plans against actual with run rate and projection, the forecast of this month and the next two with how accurate past forecasts were, and the open pipeline by stage.',
		panels: [
			{ type: 'crm-sales-plans', name: 'Plan vs actual', icon: 'flag', position_x: 1, position_y: 1, width: 40, height: 30, options: {} },
			{ type: 'crm-sales-forecast', name: 'Forecast and accuracy', icon: 'query_stats', position_x: 1, position_y: 31, width: 40, height: 56, options: {} },
			{ type: 'crm-reorder-list', name: 'Due for reorder', icon: 'event_repeat', position_x: 1, position_y: 87, width: 40, height: 30, options: {}, since: 11 },
			{ type: 'crm-activity-targets', name: 'Activity against target', icon: 'track_changes', position_x: 1, position_y: 117, width: 40, height: 30, options: {}, since: 11 },
		],
	},
	{
		id: ASSIGNMENT_DASHBOARD,
		name: 'Customer assignment',
		icon: 'alt_route',
		note: 'Who owns which customer: what the assignment rules would change and why, applied with a reason, and the customers of a rep who leaves moved to another rep.',
		panels: [{ type: 'crm-customer-assignment', name: 'Customer assignment', icon: 'alt_route', position_x: 1, position_y: 1, width: 40, height: 40, options: {} }],
	},
	{
		id: RECEIVABLES_DASHBOARD,
		name: 'Receivables',
		icon: 'account_balance_wallet',
		note: 'Open invoices by days overdue and the largest debtors.',
		panels: [{ type: 'crm-receivables', name: 'Receivables aging', icon: 'account_balance_wallet', position_x: 1, position_y: 1, width: 30, height: 16, options: { topDebtors: 10 } }],
	},
	{
		id: DISCOUNTS_DASHBOARD,
		name: 'Discounts',
		icon: 'percent',
		note: 'Discounts given by rule, rep and customer group, against the revenue they came with.',
		panels: [{ type: 'crm-discounts-given', name: 'Discounts given', icon: 'percent', position_x: 1, position_y: 1, width: 36, height: 26, options: { currency: 'EUR', days: 365 } }],
	},
	{
		id: SERVICE_DASHBOARD,
		name: 'Service desk',
		icon: 'support_agent',
		note: 'Open requests by priority, breached share, and response and resolution times per team and week.',
		panels: [{ type: 'crm-sla-compliance', name: 'SLA compliance and backlog', icon: 'timer', position_x: 1, position_y: 1, width: 36, height: 26, options: { weeks: 8 } }],
	},
	{
		id: MARKETING_DASHBOARD,
		name: 'Marketing',
		icon: 'campaign',
		note: 'Return on campaign spend under each attribution model; revenue, margin and campaign results by channel against the period before.',
		panels: [{ type: 'crm-marketing-insights', name: 'Marketing insights', icon: 'campaign', position_x: 1, position_y: 1, width: 40, height: 56, options: { period: 'last365', model: 'linear' } }],
	},
	{
		id: CLASSES_DASHBOARD,
		name: 'Customer classes',
		icon: 'grid_view',
		note: 'Customers and revenue per ABC × XYZ cell, and who moved between classes in the last run.',
		panels: [{ type: 'crm-customer-classes', name: 'Customer classes', icon: 'grid_view', position_x: 1, position_y: 1, width: 36, height: 30, options: {} }],
	},
	{
		id: SALES_DASHBOARD,
		name: 'Sales overview',
		icon: 'monitoring',
		note: 'Revenue and margin by month against the period before or a year ago, by product group, customer group, channel and region, the largest movers and the orders behind every figure.',
		panels: [{ type: 'crm-sales-overview', name: 'Sales overview', icon: 'monitoring', position_x: 1, position_y: 1, width: 40, height: 80, options: {} }],
	},
	{
		id: REPS_DASHBOARD,
		name: 'Rep leaderboard',
		icon: 'leaderboard',
		note: 'Revenue, margin, orders, proposal conversion, average order and activity per won order by rep, this year against the same days last year.',
		panels: [{ type: 'crm-rep-leaderboard', name: 'Rep leaderboard', icon: 'leaderboard', position_x: 1, position_y: 1, width: 40, height: 56, options: {} }],
	},
	{
		id: PROFITABILITY_DASHBOARD,
		name: 'Customer profitability',
		icon: 'savings',
		note: 'Who makes and who loses money once goods, discounts, service, deliveries, campaigns and late payment are paid for: the whale curve, the P&L of the best and worst customers and what drives the losses.',
		panels: [{ type: 'crm-customer-profitability', name: 'Customer profitability', icon: 'savings', position_x: 1, position_y: 1, width: 40, height: 44, options: {} }],
	},
];

/** The module's extensions: the packages the root package.json loads (all named crm-…), and the bundle that ships them as one. */
const EXTENSIONS = [
	...Object.keys((JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> }).dependencies).filter((name) => name.startsWith('crm-')),
	(JSON.parse(readFileSync(new URL('../../extensions/bundles/directus-extension-crm/package.json', import.meta.url), 'utf8')) as { name: string }).name,
].sort();

/** Everything about access the module brings: what `crm-module install` applies and `uninstall` removes. */
export const ACCESS_MODEL: AccessModel = {
	extensions: EXTENSIONS,
	roles: ROLES,
	listLayouts: LIST_LAYOUTS,
	dashboards: DASHBOARDS,
	discountLimits: { 'Sales rep': 1000, 'Sales manager': 3000 },
	pricingPolicy: { max_line_discount_bp: 5000, max_order_discount_bp: 5000, min_margin_bp: 500 },
	startingRows: {
		crm_pipeline_stages: [
			{ code: 'QUALIFY', name: 'Qualify', sort: 10, probability_bp: 1000, forecast_category: 'pipeline', outcome: 'open', requires_next_step: false, activities: 'Confirm need, budget, authority and timing in a first call.' },
			{ code: 'DEVELOP', name: 'Develop', sort: 20, probability_bp: 3000, forecast_category: 'pipeline', outcome: 'open', requires_next_step: true, activities: 'Meet the decision makers, visit the site, agree what a solution must do.' },
			{ code: 'PROPOSE', name: 'Propose', sort: 30, probability_bp: 6000, forecast_category: 'best_case', outcome: 'open', requires_next_step: true, activities: 'Send the proposal and walk the customer through it.' },
			{ code: 'NEGOTIATE', name: 'Negotiate', sort: 40, probability_bp: 8000, forecast_category: 'commit', outcome: 'open', requires_next_step: true, activities: 'Settle price, terms and delivery; get the order signed.' },
			{ code: 'WON', name: 'Won', sort: 90, probability_bp: 10000, forecast_category: 'closed', outcome: 'won', requires_next_step: false, activities: 'Reached when the order is confirmed.' },
			{ code: 'LOST', name: 'Lost', sort: 95, probability_bp: 0, forecast_category: 'omitted', outcome: 'lost', requires_next_step: false, activities: 'Record why, so the team learns.' },
		],
		crm_lost_reasons: [
			{ code: 'PRICE', name: 'Price too high' },
			{ code: 'COMPETITOR', name: 'Went with a competitor' },
			{ code: 'NO_BUDGET', name: 'No budget' },
			{ code: 'NO_DECISION', name: 'No decision / went quiet' },
			{ code: 'PRODUCT_FIT', name: 'Product does not fit' },
		],
	},
};

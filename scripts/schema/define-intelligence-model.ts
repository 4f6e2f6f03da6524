import { collection, type CollectionDef, f, field, m2o, type Opts, type RelationDef } from './model-helpers.ts';

const ro = { readonly: true } as const;
const ABC: [string, string][] = [['A', 'A'], ['B', 'B'], ['C', 'C']];
const XYZ: [string, string][] = [['X', 'X'], ['Y', 'Y'], ['Z', 'Z']];
/** The statuses a classification rule may give; blocked, lost and prospect are people's decisions. */
const CLASSIFIED_STATUSES: [string, string][] = [['active', 'Active'], ['key', 'Key account']];

/** Several of a few classes, stored as a JSON list ["A","B"]; empty means any. */
const classes = (name: string, values: [string, string][], note: string) =>
	field(name, 'json', { interface: 'select-multiple-checkbox', display: 'labels', special: ['cast-json'], note, options: { choices: values.map(([value, text]) => ({ value, text })) }, displayOptions: { choices: values.map(([value, text]) => ({ value, text })) } }, {});

const choiceOf = (name: string, values: [string, string][], o: Opts = {}) => f.choice(name, values, { ...ro, max: 8, ...o });

/** A class as it was and as it became, side by side in the history. */
const fromTo = (name: string, label: string, values: [string, string][] | null) =>
	values
		? [choiceOf(`from_${name}`, values, { note: `${label} before the run.` }), choiceOf(`to_${name}`, values, { note: `${label} after the run.`, indexed: true })]
		: [f.string(`from_${name}`, { ...ro, max: 32, note: `${label} before the run.` }), f.string(`to_${name}`, { ...ro, max: 32, note: `${label} after the run.`, indexed: true })];

/** What a classification run gives each customer (A5.4, C1): read-only on the customer page, written by the run. */
export const customerClassFields = [
	choiceOf('abc_revenue', ABC, { indexed: true, note: 'ABC by net revenue in the classification window (Pareto cut-offs in Classification settings).' }),
	choiceOf('abc_margin', ABC, { indexed: true, note: 'ABC by gross margin in the window.' }),
	choiceOf('xyz', XYZ, { indexed: true, note: 'XYZ by how steady monthly sales are (coefficient of variation); empty while there are too few months of history.' }),
	f.string('rfm', { ...ro, max: 3, indexed: true, note: 'Recency, frequency and monetary quintiles, 1–5 each (555 is best); empty without an order in the window.' }),
	f.signedAmount('class_revenue_base', { ...ro, note: 'Net revenue in the window, base currency, at the last run.' }),
	f.signedAmount('class_margin_base', { ...ro, note: 'Gross margin in the window, base currency, at the last run.' }),
	f.m2o('class_rule', { ...ro, template: '{{name}}', note: 'The classification rule that set the category or status at the last run.' }),
	f.timestamp('classified_at', { ...ro, note: 'When a classification run last changed the classes or the figures behind them (a run that changes nothing leaves it).' }),
];

export const intelligenceCollections: CollectionDef[] = [
	collection('crm_classification_settings', { icon: 'tune', singleton: true, note: 'Cut-offs and window of the customer classification (ABC, XYZ, RFM).', display_template: 'Classification settings' }, [
		f.percent('abc_a_share_bp', { required: true, default: 8000, min: 1, max: 10000, label: 'A: share of the total', note: 'Customers making up this share of the total (largest first) are A.' }),
		f.percent('abc_b_share_bp', { required: true, default: 9500, min: 1, max: 10000, label: 'B: share of the total', note: 'Up to this share they are B; the rest are C.' }),
		f.percent('xyz_x_cv_bp', { required: true, default: 1000, min: 0, max: 100000, label: 'X: variation up to', note: 'Monthly sales varying by at most this much (coefficient of variation) are X.' }),
		f.percent('xyz_y_cv_bp', { required: true, default: 2500, min: 0, max: 100000, label: 'Y: variation up to', note: 'Up to this they are Y; above it Z.' }),
		f.integer('xyz_min_months', { required: true, default: 3, note: 'Months of history a customer needs before they get an XYZ class.', validation: { _and: [{ xyz_min_months: { _gte: 1 } }, { xyz_min_months: { _lte: 60 } }] }, validationMessage: 'Between 1 and 60 months.', options: { min: 1, max: 60 } }),
		f.integer('window_months', { required: true, default: 12, note: 'Calendar months (this one included) over which revenue, margin, steadiness and RFM are measured.', validation: { _and: [{ window_months: { _gte: 1 } }, { window_months: { _lte: 60 } }] }, validationMessage: 'Between 1 and 60 months.', options: { min: 1, max: 60 } }),
	]),
	collection('crm_classification_rules', { icon: 'rule', note: 'Categories from combinations of classes (C1): the first active rule, by sort order, that a customer matches sets their category and status.', display_template: '{{name}}', sort_field: 'sort' }, [
		f.string('name', { required: true, max: 120 }),
		f.integer('sort', { required: true, default: 100, note: 'Lower numbers are tried first; the first rule that matches wins.' }),
		f.boolean('active', { default: true, indexed: true }),
		classes('abc_revenue', ABC, 'ABC by revenue is one of these (none ticked: any).'),
		classes('abc_margin', ABC, 'ABC by margin is one of these (none ticked: any).'),
		classes('xyz', XYZ, 'XYZ is one of these (none ticked: any; a customer without an XYZ class does not match a ticked list).'),
		f.percent('min_margin_bp', { min: -100000, max: 10000, label: 'Margin at least', note: 'Gross margin as a share of revenue in the window, at least.' }),
		f.integer('min_days_since_order', { note: 'No order for at least this many days (never ordered counts).', validation: { _and: [{ min_days_since_order: { _gte: 0 } }, { min_days_since_order: { _lte: 36500 } }] }, validationMessage: 'Between 0 and 36500 days.' }),
		f.integer('max_days_since_order', { note: 'Ordered within this many days.', validation: { _and: [{ max_days_since_order: { _gte: 0 } }, { max_days_since_order: { _lte: 36500 } }] }, validationMessage: 'Between 0 and 36500 days.' }),
		f.integer('min_rfm_score', { note: 'R + F + M at least (3 to 15).', validation: { _and: [{ min_rfm_score: { _gte: 3 } }, { min_rfm_score: { _lte: 15 } }] }, validationMessage: 'Between 3 and 15.' }),
		f.string('category', { max: 32, note: 'The category a matching customer gets (empty: keep theirs).' }),
		f.choice('status', CLASSIFIED_STATUSES, { note: 'The status a matching customer gets (empty: keep theirs). Blocked, lost and prospect customers keep their status.' }),
		f.text('notes'),
	]),
	collection('crm_classification_runs', { icon: 'model_training', note: 'Runs of the customer classification: scheduled (once, whichever server takes the slot) or started by a manager.', display_template: '{{started_at}} · {{trigger}}', sort_field: null }, [
		// A claim key ("manual:<id>", "schedule:<minute>"): the trigger and the start say the same to people.
		f.string('slot', { ...ro, required: true, unique: true, max: 80, hidden: true, note: 'The schedule slot or manual run this is; several servers firing the same slot write one run.' }),
		f.string('lock', { ...ro, hidden: true, unique: true, max: 16, note: '"running" while the run goes on (one run at a time, on every server); cleared when it ends.' }),
		choiceOf('trigger', [['schedule', 'Schedule'], ['manual', 'Started by hand']], { required: true }),
		choiceOf('status', [['running', 'Running'], ['done', 'Done'], ['failed', 'Failed']], { required: true, default: 'running', indexed: true }),
		f.timestamp('started_at', { ...ro, required: true, indexed: true }),
		f.timestamp('finished_at', { ...ro }),
		f.date('window_from', { ...ro, note: 'First day of the window.' }),
		f.date('window_to', { ...ro, note: 'Last day of the window.' }),
		f.integer('customers', { ...ro, note: 'Customers classified.' }),
		f.integer('changed', { ...ro, note: 'Customers whose classes, category or status changed.' }),
		f.json('settings', { ...ro, note: 'The cut-offs the run used.' }),
		f.json('matrix', { ...ro, note: 'Customers and revenue per ABC × XYZ cell.' }),
		f.text('error', { ...ro }),
		f.m2oUser('started_by', { ...ro }),
	]),
	collection('crm_customer_class_changes', { icon: 'swap_vert', note: 'History of classes: a row each time a run moved a customer (A to B, X to Z, a new category…).', display_template: '{{customer.name}}: {{from_abc_revenue}}→{{to_abc_revenue}}', sort_field: null }, [
		f.m2o('run', { ...ro, required: true, template: '{{started_at}}' }),
		f.m2o('customer', { ...ro, required: true, template: '{{name}}' }),
		f.timestamp('changed_at', { ...ro, required: true, indexed: true }),
		...fromTo('abc_revenue', 'ABC by revenue', ABC),
		...fromTo('abc_margin', 'ABC by margin', ABC),
		...fromTo('xyz', 'XYZ', XYZ),
		...fromTo('rfm', 'RFM', null),
		...fromTo('category', 'Category', null),
		...fromTo('status', 'Status', null),
		f.boolean('class_moved', { ...ro, indexed: true, note: 'ABC by revenue or XYZ changed (not only RFM, category or status).' }),
		f.m2o('rule', { ...ro, template: '{{name}}' }),
		f.signedAmount('revenue_base', { ...ro, note: 'Net revenue in the window, base currency.' }),
		f.signedAmount('margin_base', { ...ro, note: 'Gross margin in the window, base currency.' }),
	]),
	collection('crm_profitability_settings', { icon: 'savings', singleton: true, note: 'What customer profitability charges beyond the documents (A5.3, C2).', display_template: 'Profitability settings' }, [
		f.percent('payment_delay_rate_bp', { required: true, default: 800, min: 0, max: 10000, label: 'Cost of money, per year', note: 'The annual rate at which money a customer owes past its due day costs you: days paid late × amount × this rate ÷ 365.' }),
	]),
	collection('crm_logistics_costs', { icon: 'local_shipping', note: 'What a shipment costs to deliver, for customer profitability: the most specific row that matches a shipment applies (warehouse and region, then warehouse, then region, then any).', display_template: '{{kind}} {{warehouse.code}} {{region.name}}: {{cost_base}}' }, [
		f.choice('kind', [['waybill', 'Waybill (goods)'], ['service_act', 'Act of services rendered']], { note: 'Shipments of this kind (empty: any).' }),
		f.m2o('warehouse', { template: '{{code}}', note: 'Shipped from this warehouse (empty: any).' }),
		f.m2o('region', { template: '{{name}}', note: 'To customers of this region (empty: any).' }),
		f.money('cost_base', { required: true, note: 'Cost per shipment in the base currency.' }),
		f.text('notes'),
	]),
];

export const intelligenceRelations: RelationDef[] = [
	m2o('crm_customers', 'class_rule', 'crm_classification_rules'),
	m2o('crm_classification_runs', 'started_by', 'directus_users'),
	m2o('crm_customer_class_changes', 'run', 'crm_classification_runs', 'CASCADE'),
	m2o('crm_customer_class_changes', 'customer', 'crm_customers', 'CASCADE'),
	m2o('crm_customer_class_changes', 'rule', 'crm_classification_rules'),
	m2o('crm_logistics_costs', 'warehouse', 'crm_warehouses'),
	m2o('crm_logistics_costs', 'region', 'crm_regions'),
];

/** Builders for Directus collection, field and relation payloads used by the model definitions. */

export type Json = Record<string, unknown>;

export interface FieldDef {
	field: string;
	type: string;
	meta: Json;
	schema: Json | null;
}

export interface CollectionDef {
	collection: string;
	meta: Json;
	fields: FieldDef[];
}

export interface RelationDef {
	collection: string;
	field: string;
	related_collection: string | null;
	meta: Json;
	schema: Json | null;
}

export interface Opts {
	note?: string;
	required?: boolean;
	width?: 'half' | 'full' | 'fill';
	readonly?: boolean;
	hidden?: boolean;
	default?: unknown;
	nullable?: boolean;
	indexed?: boolean;
	unique?: boolean;
	interface?: string;
	options?: Json;
	display?: string;
	displayOptions?: Json;
	validation?: Json;
	validationMessage?: string;
	group?: string;
	special?: string[];
	max?: number;
	conditions?: Json[];
}

/**
 * Directus checks a field's validation rule against null too, so a nullable field with a range or a
 * format could never be cleared: such a rule admits null explicitly (the CRM reads the bounds of the
 * other branch).
 */
function admitNull(name: string, validation: Json | undefined, nullable: boolean): Json | null {
	if (!validation) return null;
	return nullable ? { _and: [{ _or: [{ [name]: { _null: true } }, validation] }] } : validation;
}

export function field(name: string, type: string, o: Opts, schema: Json | null): FieldDef {
	const nullable = schema !== null && ((schema['is_nullable'] as boolean | undefined) ?? o.nullable ?? !o.required);
	return {
		field: name,
		type,
		meta: {
			interface: o.interface ?? null,
			options: o.options ?? null,
			display: o.display ?? null,
			display_options: o.displayOptions ?? null,
			note: o.note ?? null,
			required: o.required ?? false,
			readonly: o.readonly ?? false,
			hidden: o.hidden ?? false,
			width: o.width ?? 'half',
			special: o.special ?? null,
			validation: admitNull(name, o.validation, nullable),
			validation_message: o.validationMessage ?? null,
			group: o.group ?? null,
			conditions: o.conditions ?? null,
		},
		schema:
			schema === null
				? null
				: {
						is_nullable: o.nullable ?? !o.required,
						is_unique: o.unique ?? false,
						is_indexed: o.indexed ?? false,
						default_value: o.default ?? null,
						...schema,
					},
	};
}

const choices = (values: readonly (string | [string, string])[]) =>
	values.map((v) => (Array.isArray(v) ? { value: v[0], text: v[1] } : { value: v, text: v[0]!.toUpperCase() + v.slice(1).replaceAll('_', ' ') }));

export const f = {
	uuidPk: (): FieldDef => field('id', 'uuid', { readonly: true, hidden: true, special: ['uuid'], interface: 'input' }, { is_primary_key: true, is_nullable: false }),
	string: (name: string, o: Opts = {}) =>
		field(name, 'string', { interface: 'input', ...o, options: { trim: true, ...(o.max ? {} : {}), ...o.options } }, { max_length: o.max ?? 255 }),
	text: (name: string, o: Opts = {}) => field(name, 'text', { interface: 'input-multiline', width: 'full', ...o }, {}),
	choice: (name: string, values: readonly (string | [string, string])[], o: Opts = {}) =>
		field(
			name,
			'string',
			{
				interface: 'select-dropdown',
				display: 'labels',
				...o,
				options: { choices: choices(values), ...o.options },
				displayOptions: { choices: choices(values), ...o.displayOptions },
			},
			{ max_length: o.max ?? 32 },
		),
	integer: (name: string, o: Opts = {}) => field(name, 'integer', { interface: 'input', ...o }, {}),
	/** Money in integer minor units of the record's `currency` field; the Studio shows and takes it as an amount. */
	money: (name: string, o: Opts = {}) =>
		field(
			name,
			'bigInteger',
			{
				interface: 'crm-money',
				display: 'crm-money-display',
				validation: { _and: [{ [name]: { _gte: 0 } }] },
				validationMessage: 'Must not be negative.',
				...o,
				options: { min: 0, ...o.options },
			},
			{},
		),
	/** A signed amount in minor units (ledger postings): positive raises what the customer owes. */
	signedAmount: (name: string, o: Opts = {}) =>
		field(name, 'bigInteger', { interface: 'crm-money', display: 'crm-money-display', ...o, options: { allowNegative: true, ...o.options } }, {}),
	/** A quantity in thousandths of the unit (2.5 kg = 2500), so fractional quantities stay exact; the Studio shows and takes 2.5. */
	quantity: (name: string, o: Opts & { label?: string } = {}) =>
		humanLabel(
			field(
				name,
				'bigInteger',
				{
					interface: 'crm-quantity',
					display: 'crm-quantity-display',
					validation: { _and: [{ [name]: { _gte: o.required ? 1 : 0 } }] },
					validationMessage: o.required ? 'Must be more than zero.' : 'Must not be negative.',
					...o,
				},
				{},
			),
			o.label,
		),
	/**
	 * A percentage in basis points (12.5 % = 1250); the Studio shows and takes percent. Bounds are in
	 * basis points, 0 to 10000 unless given.
	 */
	percent: (name: string, o: Opts & { label?: string; min?: number; max?: number } = {}) => {
		const { min = 0, max = 10000, label, ...rest } = o;
		return humanLabel(
			field(
				name,
				'integer',
				{
					interface: 'crm-percent',
					display: 'crm-percent-display',
					validation: { _and: [{ [name]: { _gte: min } }, { [name]: { _lte: max } }] },
					validationMessage: `Between ${percentText(min)} and ${percentText(max)}.`,
					...rest,
					options: { min, max, ...rest.options },
				},
				{},
			),
			label,
		);
	},
	boolean: (name: string, o: Opts = {}) =>
		field(name, 'boolean', { interface: 'boolean', display: 'boolean', special: ['cast-boolean'], ...o }, { is_nullable: false, default_value: o.default ?? false }),
	date: (name: string, o: Opts = {}) => field(name, 'date', { interface: 'datetime', display: 'datetime', ...o }, {}),
	timestamp: (name: string, o: Opts = {}) =>
		field(name, 'timestamp', { interface: 'datetime', display: 'datetime', displayOptions: { relative: true }, ...o }, {}),
	currency: (name = 'currency', o: Opts = {}) =>
		field(
			name,
			'string',
			{
				interface: 'input',
				note: 'ISO 4217 code, three capital letters (EUR, USD, GBP…).',
				validation: { _and: [{ [name]: { _regex: '^[A-Z]{3}$' } }] },
				validationMessage: 'Use an ISO 4217 code of three capital letters, e.g. EUR.',
				required: true,
				default: 'EUR',
				...o,
				options: { trim: true, placeholder: 'EUR', ...o.options },
			},
			{ max_length: 3 },
		),
	m2o: (name: string, o: Opts & { template?: string } = {}) =>
		field(
			name,
			'uuid',
			{
				interface: 'select-dropdown-m2o',
				display: 'related-values',
				...o,
				// A link names an existing record: the CRM refuses to create or change one inside another
				// record's write, so the field offers to open the linked record on its own page instead.
				options: { template: o.template, enableCreate: false, enableLink: true, ...o.options },
				displayOptions: { template: o.template, ...o.displayOptions },
			},
			{ indexed: true, is_indexed: true },
		),
	m2oUser: (name: string, o: Opts = {}) =>
		field(
			name,
			'uuid',
			{
				interface: 'select-dropdown-m2o',
				display: 'user',
				special: o.special,
				...o,
				options: { template: '{{first_name}} {{last_name}} ({{email}})', enableCreate: false, ...o.options },
			},
			{ is_indexed: true },
		),
	o2m: (name: string, o: Opts & { template?: string } = {}) =>
		field(name, 'alias', { interface: 'list-o2m', special: ['o2m'], width: 'full', ...o, options: { template: o.template, enableLink: true, ...o.options } }, null),
	m2m: (name: string, o: Opts & { template?: string } = {}) =>
		field(name, 'alias', { interface: 'list-m2m', display: 'related-values', special: ['m2m'], width: 'full', ...o, options: { template: o.template, enableCreate: false, ...o.options }, displayOptions: { template: o.template } }, null),
	presentation: (name: string, iface: string, o: Opts = {}) =>
		field(name, 'alias', { interface: iface, special: ['alias', 'no-data'], width: 'full', ...o }, null),
	json: (name: string, o: Opts = {}) => field(name, 'json', { interface: 'input-code', options: { language: 'JSON' }, special: ['cast-json'], width: 'full', ...o }, {}),
	dateCreated: () => field('date_created', 'timestamp', { special: ['date-created'], interface: 'datetime', display: 'datetime', displayOptions: { relative: true }, readonly: true, hidden: true, width: 'half' }, { is_indexed: true }),
	dateUpdated: () => field('date_updated', 'timestamp', { special: ['date-updated'], interface: 'datetime', display: 'datetime', displayOptions: { relative: true }, readonly: true, hidden: true, width: 'half' }, {}),
	userCreated: () => field('user_created', 'uuid', { special: ['user-created'], interface: 'select-dropdown-m2o', display: 'user', readonly: true, hidden: true, width: 'half', options: { template: '{{avatar}} {{first_name}} {{last_name}}' } }, { is_indexed: true }),
};

export const audit = () => [f.dateCreated(), f.dateUpdated(), f.userCreated()];

export const LABELS: Record<string, [singular: string, plural: string, sort: number]> = {
	crm_customers: ['Customer', 'Customers', 1],
	crm_contacts: ['Contact', 'Contacts', 2],
	crm_interactions: ['Interaction', 'Contact history', 3],
	crm_products: ['Product', 'Products & services', 4],
	crm_product_groups: ['Product group', 'Product groups', 5],
	crm_customer_groups: ['Customer group', 'Customer groups', 6],
	crm_market_segments: ['Market segment', 'Market segments', 7],
	crm_segment_membership_events: ['Membership change', 'Segment membership history', 8],
	crm_sales_channels: ['Sales channel', 'Sales channels', 8],
	crm_regions: ['Region', 'Regions', 9],
	crm_teams: ['Team', 'Sales teams', 10],
	crm_sales_reps: ['Sales rep', 'Sales reps', 11],
	crm_price_lists: ['Price list', 'Price lists', 12],
	crm_price_list_items: ['Price list item', 'Price list items', 13],
	crm_exchange_rates: ['Exchange rate', 'Exchange rates', 14],
	crm_quotes: ['Proposal', 'Proposals', 20],
	crm_quote_lines: ['Proposal line', 'Proposal lines', 21],
	crm_orders: ['Order', 'Orders', 22],
	crm_order_lines: ['Order line', 'Order lines', 23],
	crm_shipments: ['Shipment', 'Shipments & service acts', 24],
	crm_shipment_lines: ['Shipment line', 'Shipment lines', 25],
	crm_invoices: ['Invoice', 'Invoices & credit notes', 26],
	crm_invoice_lines: ['Invoice line', 'Invoice lines', 27],
	crm_payments: ['Payment', 'Payments', 28],
	crm_payment_allocations: ['Allocation', 'Payment allocations', 29],
	crm_ledger_entries: ['Ledger entry', 'Customer ledger', 30],
	crm_warehouses: ['Warehouse', 'Warehouses', 31],
	crm_stock_levels: ['Stock level', 'Stock levels', 32],
	crm_campaigns: ['Campaign', 'Campaigns', 40],
	crm_campaign_budget_lines: ['Budget line', 'Campaign budgets', 40],
	crm_campaign_spend: ['Spend entry', 'Campaign spend', 40],
	crm_campaign_members: ['Campaign member', 'Campaign members', 40],
	crm_campaign_touches: ['Touch', 'Campaign touches', 40],
	crm_special_offers: ['Special offer', 'Special offers', 41],
	crm_discount_rules: ['Discount rule', 'Discount rules', 42],
	crm_promo_codes: ['Promo code', 'Promo codes', 43],
	crm_discount_redemptions: ['Redemption', 'Offer & code redemptions', 44],
	crm_discount_limits: ['Discount limit', 'Discount approval limits', 45],
	crm_pricing_policy: ['Pricing policy', 'Pricing policy', 46],
	crm_product_relations: ['Product relation', 'Related products', 47],
	crm_service_requests: ['Service request', 'Service requests', 50],
	crm_service_contracts: ['Service contract', 'Service contracts', 51],
	crm_service_maps: ['Service map', 'Service maps', 52],
	crm_service_map_steps: ['Service step', 'Service map steps', 53],
	crm_sla_targets: ['SLA target', 'SLA targets', 54],
	crm_service_calendars: ['Business calendar', 'Business calendars', 55],
	crm_service_teams: ['Service team', 'Service teams', 56],
	crm_service_specialists: ['Specialist', 'Service specialists', 57],
	crm_service_specialist_skills: ['Specialist skill', 'Specialist skills', 58],
	crm_service_absences: ['Absence', 'Absences', 59],
	crm_service_skills: ['Skill', 'Skills', 60],
	crm_service_request_types: ['Request type', 'Request types', 61],
	crm_service_categories: ['Service category', 'Service categories', 62],
	crm_service_classification_rules: ['Classification rule', 'Classification rules', 63],
	crm_service_routing_decisions: ['Routing decision', 'Routing decisions', 64],
	crm_service_escalations: ['Escalation', 'SLA escalations', 65],
	crm_service_time_entries: ['Time entry', 'Time entries', 66],
	crm_service_expenses: ['Expense', 'Service expenses', 67],
	crm_classification_settings: ['Classification settings', 'Classification settings', 70],
	crm_classification_rules: ['Classification rule', 'Customer classification rules', 71],
	crm_classification_runs: ['Classification run', 'Classification runs', 72],
	crm_customer_class_changes: ['Class change', 'Customer class history', 73],
	crm_profitability_settings: ['Profitability settings', 'Profitability settings', 74],
	crm_logistics_costs: ['Logistics cost', 'Logistics costs', 75],
	crm_opportunities: ['Opportunity', 'Opportunities', 15],
	crm_opportunity_tasks: ['Opportunity task', 'Opportunity tasks', 16],
	crm_opportunity_stage_history: ['Stage visit', 'Opportunity stage history', 17],
	crm_pipeline_stages: ['Pipeline stage', 'Pipeline stages', 18],
	crm_lost_reasons: ['Lost reason', 'Lost reasons', 19],
	crm_sales_targets: ['Sales plan', 'Sales plans', 33],
	crm_forecast_snapshots: ['Forecast snapshot', 'Forecast snapshots', 34],
	crm_commission_plans: ['Commission plan', 'Commission plans', 35],
	crm_commission_tiers: ['Commission tier', 'Commission tiers', 36],
	crm_commission_splits: ['Commission split', 'Commission splits', 37],
	crm_commission_statements: ['Commission statement', 'Commission statements', 38],
	crm_commission_statement_lines: ['Statement line', 'Commission statement lines', 39],
	crm_sales_tasks: ['Sales task', 'Sales follow-ups', 16],
	crm_assignment_rules: ['Assignment rule', 'Assignment rules', 9],
	crm_customer_assignments: ['Owner change', 'Customer assignment history', 9],
	crm_document_counters: ['Document counter', 'Document counters', 90],
	crm_idempotency_keys: ['Idempotency key', 'Idempotency keys', 91],
	crm_visit_plans: ['Visit plan', 'Visit plans', 80],
	crm_visit_plan_stops: ['Visit stop', 'Visit plan stops', 81],
	crm_activity_targets: ['Activity target', 'Activity targets', 82],
};

export function collection(name: string, meta: Json, fields: FieldDef[]): CollectionDef {
	const [singular, plural, sort] = LABELS[name] ?? [name, name, 99];
	return {
		collection: name,
		meta: { accountability: 'all', collapse: 'open', singleton: false, sort, translations: [{ language: 'en-US', translation: plural, singular, plural }], ...meta },
		fields: [f.uuidPk(), ...fields],
	};
}

export function junction(name: string, left: string, right: string): CollectionDef {
	return {
		collection: name,
		meta: { hidden: true, icon: 'import_export', accountability: 'all', group: null },
		fields: [
			field('id', 'integer', { hidden: true, readonly: true, interface: 'input' }, { is_primary_key: true, has_auto_increment: true, is_nullable: false }),
			// A junction row without both keys links nothing: both are required, also in the database.
			field(`${left}_id`, 'uuid', { hidden: true, required: true }, { is_indexed: true }),
			field(`${right}_id`, 'uuid', { hidden: true, required: true }, { is_indexed: true }),
		],
	};
}

export const m2o = (collection: string, fieldName: string, related: string, onDelete: 'SET NULL' | 'CASCADE' | 'RESTRICT' | 'NO ACTION' = 'SET NULL', oneField: string | null = null, sortField: string | null = null): RelationDef => ({
	collection,
	field: fieldName,
	related_collection: related,
	meta: { one_field: oneField, sort_field: sortField, one_deselect_action: 'nullify' },
	schema: { on_delete: onDelete },
});

export function m2m(junctionName: string, left: string, leftAlias: string, right: string): RelationDef[] {
	return [
		{
			collection: junctionName,
			field: `${left}_id`,
			related_collection: left,
			meta: { one_field: leftAlias, junction_field: `${right}_id`, sort_field: null, one_deselect_action: 'delete' },
			schema: { on_delete: 'CASCADE' },
		},
		{
			collection: junctionName,
			field: `${right}_id`,
			related_collection: right,
			meta: { one_field: null, junction_field: `${left}_id`, sort_field: null, one_deselect_action: 'nullify' },
			schema: { on_delete: 'CASCADE' },
		},
	];
}

/** The field with a Studio label of its own, where the column name reads badly ("discount_bp" → "Percent off (basis points)"). */
export function labelled(def: FieldDef, label: string): FieldDef {
	return { ...def, meta: { ...def.meta, translations: [{ language: 'en-US', translation: label }] } };
}

const percentText = (bp: number) => `${bp / 100} %`;

/**
 * The Studio label of a field stored at a scale: its name without the unit suffix, in words
 * ("reserved_milli" → "Reserved", "vat_rate_bp" → "VAT rate"), unless one is given.
 */
function humanLabel(def: FieldDef, label?: string): FieldDef {
	if (def.meta['translations']) return def;
	const words = def.field.replace(/_(milli|bp)$/, '').replaceAll('_', ' ');
	const text = label ?? (words.charAt(0).toUpperCase() + words.slice(1)).replace(/\bvat\b/gi, 'VAT');
	return labelled(def, text);
}

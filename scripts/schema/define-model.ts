/**
 * The CRM data model as Directus API payloads. `npm run schema:generate` applies it to a scratch
 * Directus and snapshots the result into schema/snapshot.yaml, which is what installs apply.
 * Edit this file, regenerate, and commit both.
 */

type Json = Record<string, unknown>;

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

interface Opts {
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

function field(name: string, type: string, o: Opts, schema: Json | null): FieldDef {
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
			validation: o.validation ?? null,
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
	/** Money in integer minor units of the record's `currency` field. */
	money: (name: string, o: Opts = {}) =>
		field(
			name,
			'bigInteger',
			{
				interface: 'input',
				display: 'formatted-value',
				validation: { _and: [{ [name]: { _gte: 0 } }] },
				validationMessage: 'Must be a non-negative amount in minor units (cents).',
				...o,
				note: `${o.note ?? 'Amount'} — integer minor units of the currency (e.g. 12345 = 123.45).`,
				options: { min: 0, ...o.options },
			},
			{},
		),
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
				options: { template: o.template, ...o.options },
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
				options: { template: '{{first_name}} {{last_name}} ({{email}})', ...o.options },
			},
			{ is_indexed: true },
		),
	o2m: (name: string, o: Opts & { template?: string } = {}) =>
		field(name, 'alias', { interface: 'list-o2m', special: ['o2m'], width: 'full', ...o, options: { template: o.template, enableLink: true, ...o.options } }, null),
	m2m: (name: string, o: Opts & { template?: string } = {}) =>
		field(name, 'alias', { interface: 'list-m2m', display: 'related-values', special: ['m2m'], width: 'full', ...o, options: { template: o.template, ...o.options }, displayOptions: { template: o.template } }, null),
	presentation: (name: string, iface: string, o: Opts = {}) =>
		field(name, 'alias', { interface: iface, special: ['alias', 'no-data'], width: 'full', ...o }, null),
	dateCreated: () => field('date_created', 'timestamp', { special: ['date-created'], interface: 'datetime', display: 'datetime', displayOptions: { relative: true }, readonly: true, hidden: true, width: 'half' }, { is_indexed: true }),
	dateUpdated: () => field('date_updated', 'timestamp', { special: ['date-updated'], interface: 'datetime', display: 'datetime', displayOptions: { relative: true }, readonly: true, hidden: true, width: 'half' }, {}),
	userCreated: () => field('user_created', 'uuid', { special: ['user-created'], interface: 'select-dropdown-m2o', display: 'user', readonly: true, hidden: true, width: 'half', options: { template: '{{avatar}} {{first_name}} {{last_name}}' } }, { is_indexed: true }),
};

const audit = () => [f.dateCreated(), f.dateUpdated(), f.userCreated()];

const LABELS: Record<string, [singular: string, plural: string, sort: number]> = {
	crm_customers: ['Customer', 'Customers', 1],
	crm_contacts: ['Contact', 'Contacts', 2],
	crm_interactions: ['Interaction', 'Contact history', 3],
	crm_products: ['Product', 'Products & services', 4],
	crm_product_groups: ['Product group', 'Product groups', 5],
	crm_customer_groups: ['Customer group', 'Customer groups', 6],
	crm_market_segments: ['Market segment', 'Market segments', 7],
	crm_sales_channels: ['Sales channel', 'Sales channels', 8],
	crm_regions: ['Region', 'Regions', 9],
	crm_teams: ['Team', 'Sales teams', 10],
	crm_sales_reps: ['Sales rep', 'Sales reps', 11],
	crm_price_lists: ['Price list', 'Price lists', 12],
	crm_price_list_items: ['Price list item', 'Price list items', 13],
	crm_exchange_rates: ['Exchange rate', 'Exchange rates', 14],
};

function collection(name: string, meta: Json, fields: FieldDef[]): CollectionDef {
	const [singular, plural, sort] = LABELS[name] ?? [name, name, 99];
	return {
		collection: name,
		meta: { accountability: 'all', collapse: 'open', singleton: false, sort, translations: [{ language: 'en-US', translation: plural, singular, plural }], ...meta },
		fields: [f.uuidPk(), ...fields],
	};
}

function junction(name: string, left: string, right: string): CollectionDef {
	return {
		collection: name,
		meta: { hidden: true, icon: 'import_export', accountability: 'all', group: null },
		fields: [
			field('id', 'integer', { hidden: true, readonly: true, interface: 'input' }, { is_primary_key: true, has_auto_increment: true, is_nullable: false }),
			field(`${left}_id`, 'uuid', { hidden: true }, { is_indexed: true }),
			field(`${right}_id`, 'uuid', { hidden: true }, { is_indexed: true }),
		],
	};
}

export const CUSTOMER_STATUSES = ['prospect', 'active', 'key', 'blocked', 'lost'] as const;
export const INTERACTION_TYPES = ['call', 'meeting', 'email', 'visit', 'letter', 'chat', 'portal', 'system'] as const;

const statusChoices: [string, string][] = [
	['prospect', 'Prospect'],
	['active', 'Active'],
	['key', 'Key account'],
	['blocked', 'Blocked'],
	['lost', 'Lost'],
];

export const collections: CollectionDef[] = [
	collection('crm_regions', { icon: 'public', note: 'Sales regions (territories).', display_template: '{{name}}', sort_field: null, group: null }, [
		f.string('code', { required: true, unique: true, max: 32, note: 'Short unique code, e.g. EU-N.' }),
		f.string('name', { required: true, max: 120 }),
		f.text('description'),
	]),
	collection('crm_sales_channels', { icon: 'alt_route', note: 'Sales channels (direct, dealer, online…). Analysed in M5/A4.', display_template: '{{name}}' }, [
		f.string('code', { required: true, unique: true, max: 32 }),
		f.string('name', { required: true, max: 120 }),
		f.choice('kind', [['direct', 'Direct sales'], ['dealer', 'Dealer / partner'], ['online', 'Online'], ['retail', 'Retail'], ['marketplace', 'Marketplace']], { required: true, default: 'direct', indexed: true }),
		f.boolean('active', { default: true }),
		f.m2o('price_list', { template: '{{name}}', note: 'Price list for customers who buy through this channel (after their own and their groups\' lists).' }),
	]),
	collection('crm_market_segments', { icon: 'donut_small', note: 'Market segments for products (M1) and customers (M2).', display_template: '{{name}}' }, [
		f.string('code', { required: true, unique: true, max: 32 }),
		f.string('name', { required: true, max: 120 }),
		f.choice('applies_to', [['customers', 'Customers'], ['products', 'Products'], ['both', 'Customers and products']], { required: true, default: 'both', indexed: true, note: 'Which records this segment classifies.' }),
		f.text('description'),
	]),
	collection('crm_customer_groups', { icon: 'groups', note: 'Customer groups (wholesale, dealers, VIP…); a customer can be in several.', display_template: '{{name}}' }, [
		f.string('code', { required: true, unique: true, max: 32 }),
		f.string('name', { required: true, max: 120 }),
		f.text('description'),
		f.m2o('price_list', { template: '{{name}}', note: 'Price list for the members of this group (after their own list).' }),
		f.integer('price_list_priority', { required: true, default: 100, note: 'When a customer is in several groups with lists, the lowest number is tried first.', validation: { _and: [{ price_list_priority: { _gte: 0 } }, { price_list_priority: { _lte: 10000 } }] }, validationMessage: 'Between 0 and 10000.' }),
	]),
	collection('crm_teams', { icon: 'diversity_3', note: 'Sales teams. The manager sees and reassigns the customers of the team.', display_template: '{{name}}' }, [
		f.string('name', { required: true, max: 120 }),
		f.m2oUser('manager', { note: 'Directus user who manages this team (role Sales manager).' }),
		f.m2o('region', { template: '{{name}}' }),
		f.o2m('members', { template: '{{name}}', note: 'Sales reps in this team.' }),
	]),
	collection('crm_sales_reps', { icon: 'badge', note: 'Sales representatives, each linked to a Directus user.', display_template: '{{name}}' }, [
		f.string('name', { required: true, max: 120 }),
		f.m2oUser('user', { unique: true, note: 'The Directus user this rep logs in as. One rep per user.' }),
		f.m2o('team', { template: '{{name}}' }),
		f.m2o('region', { template: '{{name}}' }),
		f.string('email', { max: 255, validation: { _and: [{ email: { _regex: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' } }] }, validationMessage: 'Must be an e-mail address.' }),
		f.string('phone', { max: 40 }),
		f.boolean('active', { default: true, indexed: true }),
	]),
	collection('crm_customers', { icon: 'storefront', note: 'Customers: companies and persons. Status drives service level (A5.6).', display_template: '{{name}}', archive_field: 'status', archive_value: 'lost', unarchive_value: 'active' }, [
		f.choice('kind', [['company', 'Company'], ['person', 'Person']], { required: true, default: 'company', indexed: true }),
		f.string('name', { required: true, max: 200, indexed: true, note: 'Name used in lists and documents.' }),
		f.string('legal_name', { max: 255, note: 'Registered legal name for invoices.' }),
		f.string('tax_id', { max: 32, indexed: true, note: 'VAT / tax identification number.' }),
		f.choice('status', statusChoices, { required: true, default: 'prospect', indexed: true, width: 'half' }),
		f.string('category', { max: 32, indexed: true, note: 'Customer category (A, B, C…). Set by classification rules later; editable now.' }),
		f.m2o('region', { template: '{{name}}' }),
		f.m2o('owner', { template: '{{name}}', note: 'Owning sales rep. Reps cannot change it; managers reassign within their team.' }),
		f.m2o('sales_channel', { template: '{{name}}' }),
		f.m2o('price_list', { template: '{{name}}', note: 'Customer-specific price list; tried before the group, channel and base lists.' }),
		f.money('credit_limit', { note: 'Credit limit' }),
		f.integer('payment_terms_days', { default: 30, required: true, note: 'Days until an invoice is due.', validation: { _and: [{ payment_terms_days: { _gte: 0 } }, { payment_terms_days: { _lte: 365 } }] }, validationMessage: 'Between 0 and 365 days.', options: { min: 0, max: 365 } }),
		f.currency('currency', { note: 'Default currency of the customer (ISO 4217).' }),
		f.string('email', { max: 255, validation: { _and: [{ email: { _regex: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' } }] }, validationMessage: 'Must be an e-mail address.' }),
		f.string('phone', { max: 40 }),
		f.string('website', { max: 255 }),
		f.string('country', { max: 2, note: 'ISO 3166 alpha-2 country code.', validation: { _and: [{ country: { _regex: '^[A-Z]{2}$' } }] }, validationMessage: 'Two capital letters, e.g. DE.' }),
		f.string('city', { max: 120 }),
		f.string('address', { max: 255 }),
		f.m2m('groups', { template: '{{crm_customer_groups_id.name}}', note: 'Customer groups.' }),
		f.m2m('market_segments', { template: '{{crm_market_segments_id.name}}', note: 'Market segments (M2).' }),
		f.o2m('contacts', { template: '{{first_name}} {{last_name}} — {{position}}' }),
		f.presentation('timeline', 'crm-timeline', { note: 'Contact history: every call, meeting, e-mail and system event.' }),
		f.text('notes'),
		...audit(),
	]),
	collection('crm_contacts', { icon: 'contact_phone', note: 'People at a customer.', display_template: '{{first_name}} {{last_name}}' }, [
		f.m2o('customer', { required: true, template: '{{name}}' }),
		f.string('first_name', { required: true, max: 100 }),
		f.string('last_name', { max: 100, indexed: true }),
		f.string('position', { max: 120 }),
		f.string('phone', { max: 40 }),
		f.string('mobile', { max: 40 }),
		f.string('email', { max: 255, indexed: true, validation: { _and: [{ email: { _regex: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' } }] }, validationMessage: 'Must be an e-mail address.' }),
		f.string('email_secondary', { max: 255, validation: { _and: [{ email_secondary: { _regex: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' } }] }, validationMessage: 'Must be an e-mail address.' }),
		f.choice('preferred_channel', [['phone', 'Phone'], ['email', 'E-mail'], ['sms', 'SMS'], ['messenger', 'Messenger'], ['post', 'Post'], ['visit', 'Visit']], { default: 'email' }),
		f.boolean('marketing_consent', { default: false, note: 'Consent to marketing messages (GDPR). Campaigns only address contacts with consent.' }),
		f.timestamp('marketing_consent_at', { note: 'When consent was given or withdrawn.' }),
		f.m2oUser('portal_user', { unique: true, note: 'Directus user for the customer portal (role Customer).' }),
		f.boolean('active', { default: true }),
		f.text('notes'),
		...audit(),
	]),
	collection('crm_product_groups', { icon: 'account_tree', note: 'Product groups as a tree.', display_template: '{{name}}' }, [
		f.string('code', { required: true, unique: true, max: 32 }),
		f.string('name', { required: true, max: 120 }),
		f.m2o('parent', { template: '{{name}}', note: 'Parent group; empty for a top-level group.' }),
		f.o2m('children', { template: '{{name}}' }),
	]),
	collection('crm_products', { icon: 'inventory_2', note: 'Goods and services we sell.', display_template: '{{sku}} — {{name}}' }, [
		f.string('sku', { required: true, unique: true, max: 64, note: 'Stock keeping unit, unique.' }),
		f.string('name', { required: true, max: 200, indexed: true }),
		f.choice('kind', [['goods', 'Goods'], ['service', 'Service']], { required: true, default: 'goods', indexed: true }),
		f.choice('unit', [['pcs', 'Pieces'], ['kg', 'Kilograms'], ['m', 'Metres'], ['l', 'Litres'], ['h', 'Hours'], ['day', 'Days'], ['month', 'Months'], ['pack', 'Packs'], ['set', 'Sets']], { required: true, default: 'pcs' }),
		f.m2o('group', { template: '{{name}}' }),
		f.m2m('market_segments', { template: '{{crm_market_segments_id.name}}', note: 'Market segments (M1).' }),
		f.money('cost_price', { note: 'Cost price' }),
		f.money('list_price', { note: 'List price, excluding VAT' }),
		f.currency('currency'),
		f.integer('vat_rate_bp', { required: true, default: 2000, note: 'VAT rate in basis points: 2000 = 20 %, 700 = 7 %, 0 = exempt.', validation: { _and: [{ vat_rate_bp: { _gte: 0 } }, { vat_rate_bp: { _lte: 10000 } }] }, validationMessage: 'Between 0 and 10000 basis points (0–100 %).', options: { min: 0, max: 10000 } }),
		f.boolean('active', { default: true, indexed: true }),
		f.text('description'),
		...audit(),
	]),
	collection('crm_interactions', { icon: 'forum', note: 'Contact history (A5.1, C3): every call, meeting, e-mail, visit and system event.', display_template: '{{type}} · {{subject}}', sort_field: null }, [
		f.choice('type', INTERACTION_TYPES.map((t) => [t, t === 'email' ? 'E-mail' : t[0]!.toUpperCase() + t.slice(1)] as [string, string]), { required: true, default: 'call', indexed: true }),
		f.choice('direction', [['inbound', 'Inbound'], ['outbound', 'Outbound'], ['internal', 'Internal']], { required: true, default: 'outbound', indexed: true }),
		f.timestamp('occurred_at', { required: true, indexed: true, note: 'When it happened. Not more than a day in the future.' }),
		f.m2o('customer', { required: true, template: '{{name}}' }),
		f.m2o('contact', { template: '{{first_name}} {{last_name}}', note: 'Must be a contact of the same customer.' }),
		f.m2o('rep', { template: '{{name}}' }),
		f.string('subject', { required: true, max: 255, width: 'full' }),
		f.text('outcome', { note: 'What was agreed or learned.' }),
		f.date('next_step_date', { note: 'When to follow up.', indexed: true }),
		f.string('related_collection', { max: 64, readonly: true, note: 'Collection of the related record (order, request…).', indexed: true }),
		f.string('related_key', { max: 64, readonly: true, note: 'Key of the related record.' }),
		...audit(),
	]),
	collection('crm_price_lists', { icon: 'request_quote', note: 'Price lists (S6.7): base, wholesale, dealer, per channel, group or customer; a list may derive from another.', display_template: '{{name}} ({{currency}})' }, [
		f.string('code', { required: true, unique: true, max: 32 }),
		f.string('name', { required: true, max: 120 }),
		f.choice('kind', [['base', 'Base'], ['wholesale', 'Wholesale'], ['dealer', 'Dealer'], ['channel', 'Sales channel'], ['group', 'Customer group'], ['customer', 'Customer']], { required: true, default: 'base', indexed: true, note: 'The active, valid base list is the fallback for every customer.' }),
		f.currency('currency'),
		f.date('valid_from', { note: 'First day the list applies; empty = always.', indexed: true }),
		f.date('valid_to', { note: 'Last day the list applies (inclusive); empty = open-ended.', indexed: true }),
		f.boolean('active', { default: true, indexed: true }),
		f.m2o('parent', { template: '{{name}}', note: 'Derive prices from this list (same currency) for products without an own price.' }),
		f.integer('derivation_bp', { note: 'Markup (+) or markdown (−) on the parent price in basis points: 1500 = +15 %, -1000 = −10 %.', validation: { _and: [{ derivation_bp: { _gte: -9999 } }, { derivation_bp: { _lte: 100000 } }] }, validationMessage: 'Between -9999 and 100000 basis points.' }),
		f.money('rounding_step', { note: 'Round derived prices to this step', validation: { _and: [{ rounding_step: { _gte: 1 } }] }, validationMessage: 'At least 1 minor unit.' }),
		f.choice('rounding_mode', [['half-up', 'Half up (commercial)'], ['half-even', 'Half even (banker\'s)'], ['down', 'Down'], ['up', 'Up']], { required: true, default: 'half-up' }),
		f.o2m('items', { template: '{{product.sku}} from {{min_quantity_milli}}: {{unit_price}}', note: 'Own prices, with quantity breaks.' }),
		f.text('notes'),
		...audit(),
	]),
	collection('crm_price_list_items', { icon: 'sell', note: 'A product\'s price in a price list from a minimum quantity (quantity breaks).', display_template: '{{product.sku}} ≥ {{min_quantity_milli}}' }, [
		f.m2o('price_list', { required: true, template: '{{name}}' }),
		f.m2o('product', { required: true, template: '{{sku}} — {{name}}' }),
		f.integer('min_quantity_milli', { required: true, default: 1000, note: 'Minimum quantity in thousandths of the unit: 1000 = 1, 10000 = 10, 2500 = 2.5.', validation: { _and: [{ min_quantity_milli: { _gte: 1 } }] }, validationMessage: 'At least 1 (one thousandth of a unit).' }),
		f.money('unit_price', { required: true, note: 'Unit price excluding VAT, in the list\'s currency' }),
	]),
	collection('crm_exchange_rates', { icon: 'currency_exchange', note: 'Exchange rates to the base currency (CRM_BASE_CURRENCY, default EUR) by date.', display_template: '{{currency}} {{rate_date}}: {{rate}}' }, [
		f.string('currency', { required: true, max: 3, indexed: true, note: 'ISO 4217 code of the foreign currency.', validation: { _and: [{ currency: { _regex: '^[A-Z]{3}$' } }] }, validationMessage: 'Three capital letters, e.g. USD.' }),
		f.date('rate_date', { required: true, indexed: true, note: 'The rate applies from this day until the next rate of the currency.' }),
		f.string('rate', { required: true, max: 32, note: 'Units of the base currency for one unit of this currency, as an exact decimal (e.g. 0.9221). Never a float.', validation: { _and: [{ rate: { _regex: '^(0|[1-9]\\d*)(\\.\\d{1,12})?$' } }] }, validationMessage: 'A positive decimal with a dot and at most 12 decimals, e.g. 0.9221.' }),
		...audit(),
	]),
	junction('crm_customers_customer_groups', 'crm_customers', 'crm_customer_groups'),
	junction('crm_customers_market_segments', 'crm_customers', 'crm_market_segments'),
	junction('crm_products_market_segments', 'crm_products', 'crm_market_segments'),
];

const m2o = (collection: string, fieldName: string, related: string, onDelete: 'SET NULL' | 'CASCADE' | 'RESTRICT' | 'NO ACTION' = 'SET NULL', oneField: string | null = null): RelationDef => ({
	collection,
	field: fieldName,
	related_collection: related,
	meta: { one_field: oneField, sort_field: null, one_deselect_action: 'nullify' },
	schema: { on_delete: onDelete },
});

function m2m(junctionName: string, left: string, leftAlias: string, right: string): RelationDef[] {
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

export const relations: RelationDef[] = [
	m2o('crm_teams', 'manager', 'directus_users'),
	m2o('crm_teams', 'region', 'crm_regions'),
	m2o('crm_sales_reps', 'user', 'directus_users'),
	m2o('crm_sales_reps', 'team', 'crm_teams', 'SET NULL', 'members'),
	m2o('crm_sales_reps', 'region', 'crm_regions'),
	m2o('crm_customers', 'region', 'crm_regions'),
	m2o('crm_customers', 'owner', 'crm_sales_reps'),
	m2o('crm_customers', 'sales_channel', 'crm_sales_channels'),
	m2o('crm_customers', 'user_created', 'directus_users'),
	m2o('crm_contacts', 'customer', 'crm_customers', 'CASCADE', 'contacts'),
	m2o('crm_contacts', 'portal_user', 'directus_users'),
	m2o('crm_contacts', 'user_created', 'directus_users'),
	m2o('crm_product_groups', 'parent', 'crm_product_groups', 'RESTRICT', 'children'),
	m2o('crm_products', 'group', 'crm_product_groups'),
	m2o('crm_products', 'user_created', 'directus_users'),
	m2o('crm_interactions', 'customer', 'crm_customers', 'CASCADE'),
	m2o('crm_interactions', 'contact', 'crm_contacts', 'SET NULL'),
	m2o('crm_interactions', 'rep', 'crm_sales_reps'),
	m2o('crm_interactions', 'user_created', 'directus_users'),
	m2o('crm_sales_channels', 'price_list', 'crm_price_lists'),
	m2o('crm_customer_groups', 'price_list', 'crm_price_lists'),
	m2o('crm_customers', 'price_list', 'crm_price_lists'),
	m2o('crm_price_lists', 'parent', 'crm_price_lists', 'RESTRICT'),
	m2o('crm_price_lists', 'user_created', 'directus_users'),
	m2o('crm_price_list_items', 'price_list', 'crm_price_lists', 'CASCADE', 'items'),
	m2o('crm_price_list_items', 'product', 'crm_products', 'CASCADE'),
	m2o('crm_exchange_rates', 'user_created', 'directus_users'),
	...m2m('crm_customers_customer_groups', 'crm_customers', 'groups', 'crm_customer_groups'),
	...m2m('crm_customers_market_segments', 'crm_customers', 'market_segments', 'crm_market_segments'),
	...m2m('crm_products_market_segments', 'crm_products', 'market_segments', 'crm_market_segments'),
];

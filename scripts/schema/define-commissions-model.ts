import { audit, collection, type CollectionDef, f, labelled, m2o, type RelationDef } from './model-helpers.ts';

const ro = { readonly: true } as const;
const STATUSES: [string, string][] = [['draft', 'Draft'], ['approved', 'Approved']];
const KINDS: [string, string][] = [['invoice_paid', 'Invoice paid'], ['credit_note', 'Credit note']];

/**
 * Sales commissions (S6.3): a plan per rep or team (rate, tiers above a share of target, a cap), how an order's
 * commission is shared between reps, and the statements the CRM computes per rep and period, approved by a
 * manager and then locked.
 */
export const commissionCollections: CollectionDef[] = [
	collection('crm_commission_plans', { icon: 'percent', note: 'Commission plans (S6.3): what a rep (or every rep of a team) earns on paid invoices, with tiers above a share of the period\'s target and a cap.', display_template: '{{name}}', sort_field: null }, [
		f.string('name', { required: true, max: 160, note: 'E.g. "Rita · 5 % of revenue, 7.5 % above target".' }),
		f.m2o('rep', { template: '{{name}}', note: 'The rep this plan pays (leave empty for a team\'s plan).' }),
		f.m2o('team', { template: '{{name}}', note: 'Every rep of this team without a plan of their own (leave empty for one rep).' }),
		f.choice('basis', [['revenue', 'Revenue'], ['margin', 'Margin']], { required: true, default: 'revenue', note: 'Net revenue or margin of paid invoices, in the base currency.' }),
		f.percent('rate_bp', { required: true, default: 500, max: 100_000, label: 'Rate', note: 'The rate below the first tier.' }),
		f.money('cap', { note: 'The most a rep earns in one period (empty: no cap).' }),
		f.money('target_amount', { note: 'The target of one period; tiers start at a share of it.' }),
		f.choice('period', [['month', 'Month'], ['quarter', 'Quarter']], { required: true, default: 'month', note: 'How long a statement runs.' }),
		f.currency('currency', { ...ro, note: 'The base currency.' }),
		f.boolean('active', { default: true, indexed: true }),
		f.o2m('tiers', { template: '{{from_attainment_bp}} → {{rate_bp}}', note: 'Higher rates for the part of the period\'s basis above a share of target, like tax brackets.' }),
		f.text('notes'),
		...audit(),
	]),
	collection('crm_commission_tiers', { icon: 'stairs', note: 'A higher commission rate above a share of the plan\'s target.', display_template: '{{from_attainment_bp}} → {{rate_bp}}', sort_field: null }, [
		f.m2o('plan', { required: true, template: '{{name}}' }),
		f.percent('from_attainment_bp', { required: true, max: 100_000, label: 'From attainment', note: 'The share of target this rate starts at (100 % = the target).' }),
		f.percent('rate_bp', { required: true, max: 100_000, label: 'Rate' }),
	]),
	collection('crm_commission_splits', { icon: 'call_split', note: 'An order\'s commission shared between reps; without splits the order\'s owner earns all of it. The shares of an order add up to 100 %.', display_template: '{{order.number}} · {{rep.name}} {{share_bp}}', sort_field: null }, [
		f.m2o('order', { required: true, template: '{{number}}' }),
		f.m2o('rep', { required: true, template: '{{name}}' }),
		f.percent('share_bp', { required: true, label: 'Share', note: 'This rep\'s share of the order\'s commission.' }),
		...audit(),
	]),
	collection('crm_commission_statements', { icon: 'request_quote', note: 'A rep\'s commission for one period, every line explained; computed by the CRM (POST /crm/commissions/statements), approved by a manager and then locked.', display_template: '{{rep.name}} · {{period_start}}–{{period_end}}', sort_field: null }, [
		labelled(f.presentation('statement', 'crm-commission-statement', { note: 'The statement as the rep checks it: every line with its customer, rate and explanation, the totals, and Approve for the rep\'s manager.' }), 'Statement'),
		f.m2o('rep', { ...ro, required: true, template: '{{name}}' }),
		f.m2o('plan', { ...ro, template: '{{name}}' }),
		f.date('period_start', { ...ro, required: true, indexed: true, width: 'half' }),
		f.date('period_end', { ...ro, required: true, indexed: true, width: 'half' }),
		f.choice('status', STATUSES, { ...ro, required: true, default: 'draft', indexed: true }),
		f.currency('currency', { ...ro, note: 'The base currency.' }),
		f.signedAmount('basis', { ...ro, note: 'Revenue or margin of the period after splits.' }),
		f.signedAmount('commission', { ...ro, note: 'What the period pays, after the cap.' }),
		f.signedAmount('uncapped', { ...ro, note: 'What the period earns before the cap.' }),
		f.percent('attainment_bp', { ...ro, min: -100_000_000, max: 100_000_000, label: 'Attainment' }),
		f.m2oUser('approved_by', { ...ro }),
		f.timestamp('approved_at', { ...ro }),
		f.text('summary', { ...ro }),
		// The statement field above shows the lines in names and money; the raw list would repeat them in minor units.
		f.o2m('lines', { ...ro, hidden: true, template: '{{document_number}}' }),
		...audit(),
	]),
	collection('crm_commission_statement_lines', { icon: 'list', note: 'A paid invoice or a credit note on a commission statement, with its computation in words.', display_template: '{{document_number}}', sort_field: null }, [
		f.m2o('statement', { ...ro, required: true, template: '{{rep.name}} · {{period_start}}–{{period_end}}' }),
		f.integer('sort', { ...ro, hidden: true }),
		f.choice('kind', KINDS, { ...ro, required: true }),
		f.string('document_number', { ...ro, max: 32 }),
		f.m2o('invoice', { ...ro, template: '{{number}}', note: 'The invoice paid or the credit note.' }),
		f.date('day', { ...ro }),
		f.currency('currency', { ...ro }),
		f.signedAmount('amount', { ...ro, note: 'The document\'s revenue or margin before the split.' }),
		f.percent('split_bp', { ...ro, label: 'Share' }),
		f.signedAmount('basis', { ...ro }),
		f.signedAmount('commission', { ...ro }),
		f.text('explanation', { ...ro }),
		f.signedAmount('uncapped', { ...ro, note: 'What the line earns before the cap.' }),
		f.percent('rate_bp', { ...ro, label: 'Rate', note: 'The rate the line was paid at (the lowest, when it crossed a tier).' }),
		f.percent('top_rate_bp', { ...ro, label: 'Top rate', note: 'The highest rate, when the line crossed a tier.' }),
	]),
];

export const commissionRelations: RelationDef[] = [
	m2o('crm_commission_plans', 'rep', 'crm_sales_reps', 'CASCADE'),
	m2o('crm_commission_plans', 'team', 'crm_teams', 'CASCADE'),
	m2o('crm_commission_plans', 'user_created', 'directus_users'),
	m2o('crm_commission_tiers', 'plan', 'crm_commission_plans', 'CASCADE', 'tiers'),
	m2o('crm_commission_splits', 'order', 'crm_orders', 'CASCADE'),
	m2o('crm_commission_splits', 'rep', 'crm_sales_reps', 'RESTRICT'),
	m2o('crm_commission_splits', 'user_created', 'directus_users'),
	m2o('crm_commission_statements', 'rep', 'crm_sales_reps', 'RESTRICT'),
	m2o('crm_commission_statements', 'plan', 'crm_commission_plans', 'SET NULL'),
	m2o('crm_commission_statements', 'approved_by', 'directus_users'),
	m2o('crm_commission_statements', 'user_created', 'directus_users'),
	m2o('crm_commission_statement_lines', 'statement', 'crm_commission_statements', 'CASCADE', 'lines'),
	m2o('crm_commission_statement_lines', 'invoice', 'crm_invoices', 'RESTRICT'),
];

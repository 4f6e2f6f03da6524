import { audit, collection, type CollectionDef, f, m2o, type RelationDef } from './model-helpers.ts';

const ro = { readonly: true } as const;
const MEASURES: [string, string][] = [['revenue', 'Revenue'], ['margin', 'Margin'], ['quantity', 'Quantity']];
const SCOPES: [string, string][] = [['company', 'Company'], ['team', 'Team'], ['rep', 'Sales rep']];

/**
 * Sales planning: targets per rep, team, product group and customer group with their attainment (S6.5), and the
 * forecasts taken every week, kept, and scored when their month closes (S6.4).
 */
export const salesPlanningCollections: CollectionDef[] = [
	collection('crm_sales_targets', { icon: 'flag', note: 'Sales plans (S6.5): what a rep, a team or the company is to sell in a period, by product group and customer group; plan vs actual in the Sales management dashboard.', display_template: '{{name}}', sort_field: null }, [
		f.string('name', { required: true, max: 160, note: 'E.g. "Rita · revenue Q1 2027".' }),
		f.choice('measure', MEASURES, { required: true, default: 'revenue', note: 'Revenue and margin in the base currency (confirmed orders, without drafts and cancelled ones); quantity in the product group\'s unit.' }),
		f.m2o('rep', { template: '{{name}}', note: 'The rep whose orders count (leave empty for a team or the company).' }),
		f.m2o('team', { template: '{{name}}', note: 'The team whose reps\' orders count (leave empty for one rep or the company).' }),
		f.m2o('product_group', { template: '{{name}}', note: 'Only lines of this group and the groups below it count.' }),
		f.m2o('customer_group', { template: '{{name}}', note: 'Only orders of customers in this group count.' }),
		f.date('period_start', { required: true, indexed: true, width: 'half' }),
		f.date('period_end', { required: true, indexed: true, width: 'half', note: 'The last day of the period (a year at most).' }),
		f.money('target_amount', { note: 'Revenue or margin to reach, in the base currency.' }),
		f.currency('currency', { ...ro, note: 'The base currency: plans and actuals are compared in it.' }),
		f.quantity('target_quantity_milli', { label: 'Target quantity', note: 'For a quantity plan: how much of the product group to sell.' }),
		f.percent('behind_margin_bp', { required: true, default: 1000, label: 'Alert when behind by', note: 'The rep (and the team\'s manager) get a notification when the actual falls this far below the plan to date.' }),
		f.timestamp('alerted_at', { ...ro, note: 'When the last "behind plan" notification went out (at most one a week).' }),
		f.text('notes'),
		...audit(),
	]),
	collection('crm_forecast_snapshots', { icon: 'query_stats', note: 'Sales forecasts (S6.4), taken every week for this month and the next two, kept, and scored against the actual when the month closes.', display_template: '{{month}} · {{scope}} · {{week}}', sort_field: null }, [
		f.string('slot', { ...ro, required: true, unique: true, max: 120, hidden: true, note: 'Week, month and scope: one snapshot each, however many servers run the weekly job.' }),
		f.string('week', { ...ro, required: true, max: 8, indexed: true, note: 'The ISO week it was taken in, e.g. 2026-W49.' }),
		f.string('month', { ...ro, required: true, max: 7, indexed: true, note: 'The month forecast, e.g. 2026-12.' }),
		f.integer('horizon_months', { ...ro, required: true, note: 'How many months ahead it was taken: 0 in the month itself.' }),
		f.choice('scope', SCOPES, { ...ro, required: true, indexed: true }),
		f.m2o('team', { ...ro, template: '{{name}}' }),
		f.m2o('rep', { ...ro, template: '{{name}}' }),
		f.timestamp('taken_at', { ...ro, required: true }),
		f.currency('currency', { ...ro, note: 'The base currency.' }),
		f.money('closed', { ...ro, note: 'Won in the month when the snapshot was taken.' }),
		f.money('commit', { ...ro, note: 'Won plus the deals in commit stages.' }),
		f.money('best_case', { ...ro, note: 'Commit plus the deals in best-case stages.' }),
		f.money('open_pipeline', { ...ro, note: 'Every open deal expected to close in the month.' }),
		f.money('weighted', { ...ro, note: 'Won plus each open deal × its stage probability.' }),
		f.money('baseline', { ...ro, note: 'Orders without a deal, projected from monthly history per customer group.' }),
		f.string('baseline_method', { ...ro, max: 120, note: 'How the repeat business was projected (Holt-Winters with a 12-month season from two years of history, exponential smoothing, the mean).' }),
		f.money('forecast', { ...ro, note: 'Weighted pipeline plus repeat business.' }),
		f.signedAmount('adjustment', { note: 'A manager\'s correction, plus or minus; needs a reason.' }),
		f.string('adjustment_reason', { max: 255, note: 'Why the forecast was corrected.' }),
		f.m2oUser('adjusted_by', { ...ro }),
		f.timestamp('adjusted_at', { ...ro }),
		f.money('final', { ...ro, note: 'Forecast plus the adjustment: what is scored.' }),
		f.money('actual', { ...ro, note: 'Revenue of the month, once it closed.' }),
		f.percent('error_bp', { ...ro, max: 100_000_000, label: 'Error', note: 'How far the final forecast was off, in percent of the actual.' }),
		f.percent('bias_bp', { ...ro, min: -100_000_000, max: 100_000_000, label: 'Bias', note: 'Positive when it ran high.' }),
		f.timestamp('scored_at', { ...ro, indexed: true }),
		f.text('explanation', { ...ro }),
	]),
];

export const salesPlanningRelations: RelationDef[] = [
	m2o('crm_sales_targets', 'rep', 'crm_sales_reps', 'CASCADE'),
	m2o('crm_sales_targets', 'team', 'crm_teams', 'CASCADE'),
	m2o('crm_sales_targets', 'product_group', 'crm_product_groups', 'RESTRICT'),
	m2o('crm_sales_targets', 'customer_group', 'crm_customer_groups', 'RESTRICT'),
	m2o('crm_sales_targets', 'user_created', 'directus_users'),
	m2o('crm_forecast_snapshots', 'team', 'crm_teams', 'CASCADE'),
	m2o('crm_forecast_snapshots', 'rep', 'crm_sales_reps', 'CASCADE'),
	m2o('crm_forecast_snapshots', 'adjusted_by', 'directus_users'),
];

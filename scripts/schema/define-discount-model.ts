/**
 * Discounts and special offers (M3.1, M3.2): rules with conditions and effects, offers that group
 * rules under dates and usage limits, promo codes, redemptions (claimed usage) and the policy that
 * caps discounts and keeps a margin floor. Fields marked read-only are maintained by the server.
 */
import { COST_ITEMS } from '../../packages/crm-core/src/marketing/cost-items.ts';
import { MEMBER_SEND_STATE_LABELS, TOUCH_KIND_LABELS } from '../../packages/crm-core/src/marketing/touch-kinds.ts';
import { audit, collection, type CollectionDef, f, junction, m2m, m2o, type RelationDef } from './model-helpers.ts';

const ro = { readonly: true };
type Opts = NonNullable<Parameters<typeof f.integer>[1]>;
const bp = (name: string, note: string, o: Opts & { label?: string } = {}) => f.percent(name, { note, ...o });
const positive = (name: string, note: string, o: Opts = {}) =>
	f.integer(name, { note, validation: { _and: [{ [name]: { _gte: 1 } }] }, validationMessage: 'At least 1, or empty for no limit.', options: { min: 1 }, ...o });

export const EFFECT_KIND_CHOICES: [string, string][] = [
	['percent', 'Percent off the line'],
	['amount_per_unit', 'Amount off each unit'],
	['fixed_price', 'Fixed unit price'],
	['free_units', 'Free units (buy X get Y)'],
	['order_percent', 'Percent off the order'],
	['order_amount', 'Amount off the order'],
];
export const COMBINATION_CHOICES: [string, string][] = [
	['cumulative', 'Cumulative — stacks with others, within the caps'],
	['best_of', 'Best of group — only the largest of its group'],
	['exclusive', 'Exclusive — the only discount when it applies'],
];
export const PROMO_CODE_KIND_CHOICES: [string, string][] = [
	['single_use', 'Single use — one order in total'],
	['multi_use', 'Multi use — up to the limit'],
	['per_customer', 'Once per customer'],
];
const CUSTOMER_STATUS_CHOICES = [
	{ value: 'prospect', text: 'Prospect' },
	{ value: 'active', text: 'Active' },
	{ value: 'key', text: 'Key account' },
	{ value: 'blocked', text: 'Blocked' },
	{ value: 'lost', text: 'Lost' },
];
const CAMPAIGN_CHANNELS: [string, string][] = [['email', 'E-mail'], ['call', 'Calls'], ['visit', 'Visits'], ['event', 'Event'], ['ads', 'Advertising']];
const COST_ITEM_CHOICES = COST_ITEMS.map(([value, label]): [string, string] => [value, label]);
const WEEKDAY_CHOICES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((text, i) => ({ value: i + 1, text }));

const hiddenUnless = (field: string, values: string[]) => [{ name: `Only for ${values.join(' / ')}`, rule: { _and: [{ [field]: { _nin: values } }] }, hidden: true }];
/** The editor of one quantity tier: from which quantity, and its value (basis points or minor units, by the rule's kind). */
const tierFields = (valueName: string, valueInterface: 'crm-money' | 'crm-percent') => [
	{ field: 'min_quantity_milli', name: 'From quantity', type: 'integer', meta: { interface: 'crm-quantity', display: 'crm-quantity-display', options: { unitField: null }, width: 'half', required: true } },
	{ field: 'value', name: valueName, type: 'integer', meta: { interface: valueInterface, display: `${valueInterface}-display`, width: 'half', required: true } },
];
const AMOUNT_KINDS = ['amount_per_unit', 'fixed_price', 'order_amount'];
const LINE_KINDS = ['percent', 'amount_per_unit', 'fixed_price', 'free_units'];

export const discountCollections: CollectionDef[] = [
	collection('crm_campaigns', { icon: 'campaign', note: 'Marketing campaigns (M3). Discount rules and documents can be attributed to a campaign.', display_template: '{{code}} — {{name}}' }, [
		f.string('code', { required: true, unique: true, max: 32 }),
		f.string('name', { required: true, max: 120 }),
		f.choice('status', [['planned', 'Planned'], ['running', 'Running'], ['finished', 'Finished'], ['cancelled', 'Cancelled']], { required: true, default: 'planned', indexed: true }),
		f.choice('channel', CAMPAIGN_CHANNELS, { indexed: true, note: 'How the campaign reaches people.' }),
		f.m2oUser('owner', { note: 'Who runs the campaign.' }),
		f.date('start_date'),
		f.date('end_date'),
		f.text('goal', { note: 'What the campaign is to achieve, e.g. 40 new orders of safety equipment.' }),
		f.text('description'),
		f.presentation('budget', 'crm-campaign-budget', { note: 'Planned against actual spend by cost item, the forecast at completion and the warnings.' }),
		f.o2m('budget_lines', { template: '{{cost_item}}: {{planned_base}}', note: 'The plan, by cost item, in the base currency.' }),
		f.o2m('spend', { template: '{{spent_on}} {{cost_item}} {{amount_base}}', note: 'Actual costs as booked (append-only: a correction is a new entry). Discounts given through the campaign\'s rules are added on their own.' }),
		bp('budget_warn_bp', 'Warn when the actual spend reaches this share of the plan.', { label: 'Warn at', default: 9000, required: true }),
		f.boolean('budget_hard_stop', { note: 'Send nothing more once the plan is spent.' }),
		f.m2m('segments', { template: '{{crm_market_segments_id.name}}', note: 'Whom the campaign addresses: the contacts, with consent, of the customers in any of these segments.' }),
		f.string('email_subject', { max: 200, width: 'full', note: 'Subject of the e-mail; merge fields such as {{first_name}} or {{customer}} are filled in per member.', conditions: hiddenUnless('channel', ['email']) }),
		f.text('email_body', { note: 'The e-mail text. Merge fields: {{first_name}}, {{last_name}}, {{customer}}, {{offer}}. Web addresses become tracked links; an unsubscribe link is added at the end.', conditions: hiddenUnless('channel', ['email']) }),
		f.integer('send_rate_per_minute', { required: true, default: 120, note: 'At most this many e-mails a minute.', validation: { _and: [{ send_rate_per_minute: { _gte: 1 } }, { send_rate_per_minute: { _lte: 6000 } }] }, validationMessage: 'Between 1 and 6000.', options: { min: 1, max: 6000 }, conditions: hiddenUnless('channel', ['email']) }),
		f.choice('send_status', [['idle', 'Not sent'], ['sending', 'Sending'], ['paused', 'Paused'], ['sent', 'Sent']], { ...ro, required: true, default: 'idle', indexed: true, note: 'Where sending stands: started, paused and resumed from the campaign page or the API.', conditions: hiddenUnless('channel', ['email']) }),
		f.string('sender', { ...ro, hidden: true, max: 64, note: 'The server sending now.' }),
		f.timestamp('sender_lease_until', { ...ro, hidden: true, note: 'Until when one server holds the sending; another takes over after it.' }),
		f.presentation('results', 'crm-campaign-results', { note: 'Members by touch, sending, and the attributed return under each model.' }),
		f.o2m('members', { template: '{{contact.first_name}} {{contact.last_name}} · {{send_state}}', note: 'The contacts the campaign addresses, with where each stands.' }),
	]),
	collection('crm_campaign_members', { icon: 'group', note: 'Whom a campaign addresses (M3.3): one row per contact, with its send state and last touch. Written by the CRM.', display_template: '{{contact.first_name}} {{contact.last_name}} · {{campaign.code}}', sort_field: null, group: 'crm_campaigns' }, [
		f.m2o('campaign', { ...ro, required: true, template: '{{code}} — {{name}}' }),
		f.m2o('customer', { ...ro, required: true, template: '{{name}}' }),
		f.m2o('contact', { ...ro, required: true, template: '{{first_name}} {{last_name}}' }),
		f.string('email', { ...ro, max: 255, note: 'The address the campaign wrote to.' }),
		f.choice('send_state', MEMBER_SEND_STATE_LABELS, { ...ro, required: true, default: 'pending', indexed: true, note: 'A member is claimed before its e-mail goes out, so no one is written to twice.' }),
		f.string('skip_reason', { ...ro, max: 255 }),
		f.timestamp('claimed_at', { ...ro }),
		f.timestamp('sent_at', { ...ro }),
		f.choice('last_touch', TOUCH_KIND_LABELS, { ...ro, indexed: true }),
		f.timestamp('last_touch_at', { ...ro }),
		f.o2m('touches', { template: '{{kind}} · {{occurred_at}}' }),
		f.dateCreated(),
	]),
	collection('crm_campaign_touches', { icon: 'touch_app', note: 'What happened with each member (M3.3): sent, opened, clicked, responded, converted, unsubscribed. Append-only; every touch is also on the customer\'s timeline.', display_template: '{{kind}} · {{contact.first_name}} {{contact.last_name}}', sort_field: null, group: 'crm_campaigns' }, [
		f.m2o('campaign', { ...ro, required: true, template: '{{code}} — {{name}}' }),
		f.m2o('member', { ...ro, required: true, template: '{{contact.first_name}} {{contact.last_name}}' }),
		f.m2o('customer', { ...ro, required: true, template: '{{name}}' }),
		f.m2o('contact', { ...ro, template: '{{first_name}} {{last_name}}' }),
		f.choice('kind', TOUCH_KIND_LABELS, { ...ro, required: true, indexed: true }),
		f.timestamp('occurred_at', { ...ro, required: true, indexed: true }),
		f.string('link', { ...ro, max: 2000, note: 'The address clicked.' }),
		f.string('dedupe_key', { ...ro, hidden: true, unique: true, max: 160, note: 'A tracking token counts once.' }),
		f.text('outcome', { ...ro }),
		f.dateCreated(),
		f.userCreated(),
	]),
	collection('crm_campaign_budget_lines', { icon: 'request_quote', note: 'A campaign\'s planned spend by cost item (M3.4), in the base currency.', display_template: '{{cost_item}} · {{campaign.code}}', sort_field: null, group: 'crm_campaigns' }, [
		f.m2o('campaign', { required: true, template: '{{code}} — {{name}}' }),
		f.choice('cost_item', COST_ITEM_CHOICES, { required: true, indexed: true }),
		f.money('planned_base', { required: true, note: 'Planned, in the base currency' }),
		f.string('note', { max: 255 }),
	]),
	collection('crm_campaign_spend', { icon: 'payments', note: 'Actual campaign costs (M3.4): an append-only ledger in the base currency; a correction is a new entry with the opposite sign.', display_template: '{{spent_on}} {{cost_item}} {{amount_base}}', sort_field: null, group: 'crm_campaigns' }, [
		f.m2o('campaign', { required: true, template: '{{code}} — {{name}}' }),
		f.choice('cost_item', COST_ITEM_CHOICES.filter(([v]) => v !== 'discounts'), { required: true, indexed: true }),
		f.signedAmount('amount_base', { required: true, note: 'Amount in the base currency; negative corrects an earlier entry' }),
		f.date('spent_on', { required: true, indexed: true }),
		f.string('description', { required: true, max: 255, note: 'What was bought, e.g. "Agency invoice 2026-114".' }),
		f.string('reference', { max: 64, note: 'Invoice or order number of the supplier.' }),
		...audit(),
	]),
	collection('crm_special_offers', { icon: 'local_offer', note: 'Special offers (M3.1): named, time-limited sets of discount rules with usage limits, overall and per customer.', display_template: '{{code}} — {{name}}' }, [
		f.string('code', { required: true, unique: true, max: 32, note: 'Short unique code, e.g. SPRING-TOOLS.' }),
		f.string('name', { required: true, max: 120 }),
		f.boolean('active', { default: true, indexed: true }),
		f.date('valid_from', { note: 'First day (inclusive); empty = already running.' }),
		f.date('valid_to', { note: 'Last day (inclusive); empty = until switched off.' }),
		f.m2o('campaign', { template: '{{code}} — {{name}}' }),
		positive('max_uses', 'Orders that may use the offer in total; empty = unlimited.'),
		positive('max_uses_per_customer', 'Orders per customer; empty = unlimited.'),
		f.quantity('max_quantity_milli', { note: 'Total discounted quantity over all orders; empty = unlimited', validation: { _and: [{ max_quantity_milli: { _gte: 1 } }] }, validationMessage: 'More than zero, or empty.' }),
		f.quantity('max_quantity_per_customer_milli', { note: 'Discounted quantity per customer; empty = unlimited', validation: { _and: [{ max_quantity_per_customer_milli: { _gte: 1 } }] }, validationMessage: 'More than zero, or empty.' }),
		f.integer('uses_count', { ...ro, default: 0, note: 'Orders that currently use the offer (released when an order is cancelled).' }),
		f.quantity('quantity_used_milli', { ...ro, default: 0, note: 'Discounted quantity currently claimed' }),
		f.o2m('rules', { template: '{{code}} — {{name}}', note: 'The discount rules of this offer.' }),
		f.o2m('promo_codes', { template: '{{code}}', note: 'Codes that unlock the rules marked "requires a code".' }),
		f.text('description'),
		...audit(),
	]),
	collection('crm_discount_rules', { icon: 'percent', note: 'Discount rules (M3.2). A rule applies when all its conditions hold; empty conditions do not restrict. Lower priority numbers apply first.', display_template: '{{code}} — {{name}}' }, [
		f.string('code', { required: true, unique: true, max: 32, note: 'Short unique code shown in price explanations, e.g. TOOLS-10.' }),
		f.string('name', { required: true, max: 120 }),
		f.boolean('active', { default: true, indexed: true }),
		f.integer('priority', { required: true, default: 100, note: 'Lower numbers apply first (and win ties in best-of groups).', validation: { _and: [{ priority: { _gte: 0 } }, { priority: { _lte: 10000 } }] }, validationMessage: 'Between 0 and 10000.', options: { min: 0, max: 10000 } }),
		f.choice('effect_kind', EFFECT_KIND_CHOICES, { required: true, default: 'percent', indexed: true, note: 'What the rule gives. Line effects reduce matching lines; order effects reduce the order, spread over its matching lines.' }),
		bp('discount_bp', 'Percent off the price.', { label: 'Percent off', conditions: hiddenUnless('effect_kind', ['percent', 'order_percent']) }),
		f.money('amount', { note: 'Amount off (per unit or per order) or the fixed unit price, in the rule currency', conditions: hiddenUnless('effect_kind', AMOUNT_KINDS) }),
		f.quantity('buy_quantity_milli', { label: 'Buy', note: 'Buy this many', conditions: hiddenUnless('effect_kind', ['free_units']) }),
		f.quantity('free_quantity_milli', { label: 'Get free', note: '… and get this many free, in every complete set', conditions: hiddenUnless('effect_kind', ['free_units']) }),
		f.json('tiers', {
			interface: 'list',
			note: 'Optional quantity tiers: from a quantity on, the tier\'s percent or amount applies instead. Leave empty for one value.',
			options: { template: 'from {{min_quantity_milli}}: {{value}}', fields: tierFields('Amount', 'crm-money') },
			// The tier value is a percent for percent rules and an amount otherwise: the editor follows the kind.
			conditions: [...hiddenUnless('effect_kind', ['percent', 'amount_per_unit', 'fixed_price']), { name: 'Percent tiers', rule: { _and: [{ effect_kind: { _eq: 'percent' } }] }, options: { template: 'from {{min_quantity_milli}}: {{value}}', fields: tierFields('Percent off', 'crm-percent') } }],
		}),
		f.currency('currency', { required: false, default: null, note: 'Currency of the amounts (amount off, fixed price, minimum amounts). Needed only for rules with amounts; such a rule applies only to documents in this currency.' }),
		f.choice('combination', COMBINATION_CHOICES, { required: true, default: 'cumulative', note: 'How this rule combines with the other rules that apply to the same line (or order).' }),
		f.string('combination_group', { max: 32, note: 'Best-of group: of the rules sharing this name, only the largest discount applies.', conditions: hiddenUnless('combination', ['best_of']) }),
		f.m2o('offer', { template: '{{code}} — {{name}}', note: 'Special offer this rule belongs to: its dates and usage limits apply too.' }),
		f.boolean('requires_code', { default: false, note: 'Applies only when the document carries a valid promo code of the offer.' }),
		f.m2o('campaign', { template: '{{code}} — {{name}}', note: 'Applies only to documents attributed to this campaign.' }),
		f.date('valid_from'),
		f.date('valid_to'),
		f.json('weekdays', { interface: 'select-multiple-checkbox', options: { choices: WEEKDAY_CHOICES }, note: 'Days of the week the rule applies on; none ticked = every day.' }),
		f.m2m('customers', { template: '{{crm_customers_id.name}}', note: 'Only these customers.' }),
		f.m2m('customer_groups', { template: '{{crm_customer_groups_id.name}}', note: 'Only customers in one of these groups.' }),
		f.json('customer_categories', { interface: 'tags', options: { whitespace: '', capitalization: 'uppercase' }, note: 'Only customers of these categories (A, B, C…).' }),
		f.json('customer_statuses', { interface: 'select-multiple-checkbox', options: { choices: CUSTOMER_STATUS_CHOICES }, note: 'Only customers with one of these statuses.' }),
		f.m2m('customer_segments', { template: '{{crm_market_segments_id.name}}', note: 'Only customers in one of these market segments.' }),
		f.m2m('regions', { template: '{{crm_regions_id.name}}', note: 'Only customers in these regions.' }),
		f.m2m('sales_channels', { template: '{{crm_sales_channels_id.name}}', note: 'Only customers buying through these channels.' }),
		f.m2m('products', { template: '{{crm_products_id.sku}} — {{crm_products_id.name}}', note: 'Only these products.' }),
		f.m2m('product_groups', { template: '{{crm_product_groups_id.name}}', note: 'Only products in these groups or their sub-groups.' }),
		f.m2m('product_segments', { template: '{{crm_market_segments_id.name}}', note: 'Only products in these market segments.' }),
		f.quantity('min_quantity_milli', { note: 'Minimum line quantity', conditions: hiddenUnless('effect_kind', LINE_KINDS) }),
		f.quantity('max_quantity_milli', { note: 'Maximum line quantity', conditions: hiddenUnless('effect_kind', LINE_KINDS) }),
		f.money('min_line_amount', { note: 'Minimum line amount before discounts, in the rule currency', conditions: hiddenUnless('effect_kind', LINE_KINDS) }),
		f.money('min_order_amount', { note: 'Minimum order amount before discounts, in the rule currency' }),
		f.boolean('first_order_only', { default: false, note: 'Only for a customer\'s first order.' }),
		f.text('description'),
		...audit(),
	]),
	collection('crm_promo_codes', { icon: 'confirmation_number', note: 'Promo codes unlock an offer\'s rules marked "requires a code". Uses are claimed when an order carries the code and released when it is cancelled.', display_template: '{{code}}' }, [
		f.string('code', { required: true, unique: true, max: 40, note: 'Letters, digits, - and _; stored upper-case.', validation: { _and: [{ code: { _regex: '^[A-Za-z0-9][A-Za-z0-9_-]{2,39}$' } }] }, validationMessage: '3–40 letters, digits, - or _.' }),
		f.m2o('offer', { required: true, template: '{{code}} — {{name}}' }),
		f.choice('kind', PROMO_CODE_KIND_CHOICES, { required: true, default: 'single_use' }),
		f.boolean('active', { default: true, indexed: true }),
		f.date('valid_from'),
		f.date('valid_to'),
		positive('max_uses', 'Total uses for a multi-use code; empty = unlimited.', { conditions: hiddenUnless('kind', ['multi_use', 'per_customer']) }),
		f.m2o('customer', { template: '{{name}}', note: 'Only this customer may use the code; empty = anyone.' }),
		f.integer('uses_count', { ...ro, default: 0, note: 'Orders that currently use the code.' }),
		...audit(),
	]),
	collection('crm_discount_redemptions', { icon: 'redeem', note: 'Usage claimed by orders of offers and promo codes. Written by the server; released when the order is cancelled.', display_template: '{{offer.code}} · {{order.number}}' }, [
		f.m2o('order', { ...ro, template: '{{number}}' }),
		f.m2o('customer', { ...ro, template: '{{name}}' }),
		f.m2o('offer', { ...ro, template: '{{code}}' }),
		f.m2o('promo_code', { ...ro, template: '{{code}}' }),
		f.quantity('quantity_milli', { ...ro, note: 'Discounted quantity claimed', default: 0 }),
		f.choice('status', [['active', 'Active'], ['released', 'Released']], { ...ro, required: true, default: 'active', indexed: true }),
		f.timestamp('released_at', { ...ro }),
		f.dateCreated(),
	]),
	collection('crm_discount_limits', { icon: 'rule', note: 'How much manual discount a role or a user may give without approval; a user\'s own limit wins over the role\'s. Users with a limit covering a line\'s discount may approve it.', display_template: '{{max_discount_bp}}' }, [
		f.m2o('role', { template: '{{name}}', note: 'Applies to every user of this role.' }),
		f.m2oUser('user', { note: 'Applies to this user (wins over the role).' }),
		bp('max_discount_bp', 'Largest manual discount without approval.', { required: true, default: 0 }),
	]),
	collection('crm_pricing_policy', { icon: 'policy', singleton: true, note: 'Caps on discounts and the margin floor, for every proposal and order.', display_template: 'Pricing policy' }, [
		bp('max_line_discount_bp', 'Automatic discounts on a line may not exceed this share of its list amount.', { required: true, default: 5000 }),
		bp('max_order_discount_bp', 'All discounts of a document may not exceed this share of its list total.', { required: true, default: 5000 }),
		bp('min_margin_bp', 'Automatic discounts never take a line below cost plus this margin; manual discounts below it need approval.', { required: true, default: 0 }),
		f.integer('rules_version', { ...ro, hidden: true, default: 0, note: 'Raised on every change of rules, offers or codes so each instance reloads its rule index.' }),
	]),
	junction('crm_campaigns_market_segments', 'crm_campaigns', 'crm_market_segments'),
	junction('crm_discount_rules_customers', 'crm_discount_rules', 'crm_customers'),
	junction('crm_discount_rules_customer_groups', 'crm_discount_rules', 'crm_customer_groups'),
	junction('crm_discount_rules_customer_segments', 'crm_discount_rules', 'crm_market_segments'),
	junction('crm_discount_rules_regions', 'crm_discount_rules', 'crm_regions'),
	junction('crm_discount_rules_sales_channels', 'crm_discount_rules', 'crm_sales_channels'),
	junction('crm_discount_rules_products', 'crm_discount_rules', 'crm_products'),
	junction('crm_discount_rules_product_groups', 'crm_discount_rules', 'crm_product_groups'),
	junction('crm_discount_rules_product_segments', 'crm_discount_rules', 'crm_market_segments'),
];

export const discountRelations: RelationDef[] = [
	m2o('crm_campaigns', 'owner', 'directus_users'),
	m2o('crm_campaign_budget_lines', 'campaign', 'crm_campaigns', 'CASCADE', 'budget_lines'),
	m2o('crm_campaign_spend', 'campaign', 'crm_campaigns', 'RESTRICT', 'spend'),
	m2o('crm_campaign_spend', 'user_created', 'directus_users'),
	m2o('crm_campaign_members', 'campaign', 'crm_campaigns', 'CASCADE', 'members'),
	m2o('crm_campaign_members', 'customer', 'crm_customers', 'CASCADE'),
	m2o('crm_campaign_members', 'contact', 'crm_contacts', 'CASCADE'),
	m2o('crm_campaign_touches', 'campaign', 'crm_campaigns', 'CASCADE'),
	m2o('crm_campaign_touches', 'member', 'crm_campaign_members', 'CASCADE', 'touches'),
	m2o('crm_campaign_touches', 'customer', 'crm_customers', 'CASCADE'),
	m2o('crm_campaign_touches', 'contact', 'crm_contacts', 'SET NULL'),
	m2o('crm_campaign_touches', 'user_created', 'directus_users'),
	...m2m('crm_campaigns_market_segments', 'crm_campaigns', 'segments', 'crm_market_segments'),
	m2o('crm_special_offers', 'campaign', 'crm_campaigns'),
	m2o('crm_special_offers', 'user_created', 'directus_users'),
	m2o('crm_discount_rules', 'offer', 'crm_special_offers', 'SET NULL', 'rules'),
	m2o('crm_discount_rules', 'campaign', 'crm_campaigns'),
	m2o('crm_discount_rules', 'user_created', 'directus_users'),
	m2o('crm_promo_codes', 'offer', 'crm_special_offers', 'CASCADE', 'promo_codes'),
	m2o('crm_promo_codes', 'customer', 'crm_customers', 'CASCADE'),
	m2o('crm_promo_codes', 'user_created', 'directus_users'),
	m2o('crm_discount_redemptions', 'order', 'crm_orders', 'CASCADE'),
	m2o('crm_discount_redemptions', 'customer', 'crm_customers', 'CASCADE'),
	m2o('crm_discount_redemptions', 'offer', 'crm_special_offers', 'CASCADE'),
	m2o('crm_discount_redemptions', 'promo_code', 'crm_promo_codes', 'CASCADE'),
	m2o('crm_discount_limits', 'role', 'directus_roles', 'CASCADE'),
	m2o('crm_discount_limits', 'user', 'directus_users', 'CASCADE'),
	...m2m('crm_discount_rules_customers', 'crm_discount_rules', 'customers', 'crm_customers'),
	...m2m('crm_discount_rules_customer_groups', 'crm_discount_rules', 'customer_groups', 'crm_customer_groups'),
	...m2m('crm_discount_rules_customer_segments', 'crm_discount_rules', 'customer_segments', 'crm_market_segments'),
	...m2m('crm_discount_rules_regions', 'crm_discount_rules', 'regions', 'crm_regions'),
	...m2m('crm_discount_rules_sales_channels', 'crm_discount_rules', 'sales_channels', 'crm_sales_channels'),
	...m2m('crm_discount_rules_products', 'crm_discount_rules', 'products', 'crm_products'),
	...m2m('crm_discount_rules_product_groups', 'crm_discount_rules', 'product_groups', 'crm_product_groups'),
	...m2m('crm_discount_rules_product_segments', 'crm_discount_rules', 'product_segments', 'crm_market_segments'),
];

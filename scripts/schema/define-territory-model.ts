import { audit, collection, type CollectionDef, f, labelled, m2o, type RelationDef } from './model-helpers.ts';

const ro = { readonly: true } as const;
const KINDS: [string, string][] = [['rule', 'By rule'], ['manual', 'By hand'], ['bulk', 'Rep left (bulk move)']];

/**
 * Territories and customer assignment (S6.2): rules that give a customer without an owner to a rep or to a
 * team's least busy rep by region, group, country or category; and the history of every owner change, which
 * the CRM writes in the same transaction as the change.
 */
export const territoryCollections: CollectionDef[] = [
	collection('crm_assignment_rules', { icon: 'alt_route', note: 'Assignment rules (S6.2): who gets a customer without an owner, by region, customer group, country and category. The first active rule by priority that matches wins; an empty condition matches any customer.', display_template: '{{name}}', sort_field: 'sort', group: 'crm_regions' }, [
		f.string('name', { required: true, max: 160, note: 'E.g. "North region → North team".' }),
		labelled(f.integer('sort', { required: true, default: 100, note: 'The lowest number is tried first.', validation: { _and: [{ sort: { _gte: 0 } }, { sort: { _lte: 1_000_000 } }] }, validationMessage: 'Between 0 and 1000000.' }), 'Priority'),
		f.boolean('active', { default: true, indexed: true }),
		f.m2o('region', { template: '{{name}}', note: 'Only customers of this region (empty: any).' }),
		f.m2o('customer_group', { template: '{{name}}', note: 'Only customers in this group (empty: any).' }),
		f.string('country', { max: 2, note: 'Only customers of this country, ISO 3166 alpha-2 (empty: any).', validation: { _and: [{ country: { _regex: '^[A-Z]{2}$' } }] }, validationMessage: 'Two capital letters, e.g. DE.' }),
		f.string('category', { max: 32, note: 'Only customers of this category (empty: any).' }),
		f.m2o('target_rep', { template: '{{name}}', note: 'Give matching customers to this rep…' }),
		f.m2o('target_team', { template: '{{name}}', note: '…or to this team: its active rep with the fewest customers gets them (balanced).' }),
		f.text('note', { note: 'Why the rule exists.' }),
		...audit(),
	]),
	collection('crm_customer_assignments', { icon: 'history', note: 'Assignment history (S6.2): every change of a customer\'s owner, who made it and why (append-only, written by the CRM).', display_template: '{{customer.name}}: {{from_rep.name}} → {{to_rep.name}}', sort_field: null, group: 'crm_regions' }, [
		f.m2o('customer', { ...ro, required: true, template: '{{name}}' }),
		f.m2o('from_rep', { ...ro, template: '{{name}}', note: 'The owner before (empty: none).' }),
		f.m2o('to_rep', { ...ro, template: '{{name}}', note: 'The owner after (empty: none).' }),
		f.timestamp('at', { ...ro, required: true, indexed: true }),
		f.m2oUser('by_user', { ...ro, note: 'Who changed the owner (empty: the CRM itself).' }),
		f.choice('kind', KINDS, { ...ro, required: true, indexed: true }),
		f.m2o('rule', { ...ro, template: '{{name}}', note: 'The assignment rule that chose the owner.' }),
		f.string('reason', { ...ro, max: 500, width: 'full' }),
	]),
];

export const territoryRelations: RelationDef[] = [
	m2o('crm_assignment_rules', 'region', 'crm_regions', 'CASCADE'),
	m2o('crm_assignment_rules', 'customer_group', 'crm_customer_groups', 'CASCADE'),
	m2o('crm_assignment_rules', 'target_rep', 'crm_sales_reps', 'CASCADE'),
	m2o('crm_assignment_rules', 'target_team', 'crm_teams', 'CASCADE'),
	m2o('crm_assignment_rules', 'user_created', 'directus_users'),
	m2o('crm_customer_assignments', 'customer', 'crm_customers', 'CASCADE', 'assignment_history'),
	m2o('crm_customer_assignments', 'from_rep', 'crm_sales_reps', 'SET NULL'),
	m2o('crm_customer_assignments', 'to_rep', 'crm_sales_reps', 'SET NULL'),
	m2o('crm_customer_assignments', 'by_user', 'directus_users'),
	m2o('crm_customer_assignments', 'rule', 'crm_assignment_rules', 'SET NULL'),
];

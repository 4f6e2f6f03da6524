import { SALES_TASK_KINDS } from '../../packages/crm-core/src/repeat-sales/check-sales-task-write.ts';
import { audit, collection, type CollectionDef, f, m2o, type RelationDef } from './model-helpers.ts';

const ro = { readonly: true } as const;
const KIND_LABELS: Record<(typeof SALES_TASK_KINDS)[number], string> = { reorder: 'Reorder due', churn_risk: 'Churn risk', other: 'Other' };

/**
 * Repeat sales (S6.9): follow-up tasks of a rep that are not tied to an opportunity. The daily reorder run makes
 * one per customer × product group that is due or at churn risk (its key is unique, so several servers running
 * the job make one); reps and managers add others and mark them done.
 */
export const repeatSalesCollections: CollectionDef[] = [
	collection('crm_sales_tasks', { icon: 'event_repeat', note: 'Follow-up tasks of sales reps (S6.9): reorders that are due and churn risks, made by the daily reorder run, and tasks added by hand.', display_template: '{{title}}', sort_field: null }, [
		f.string('title', { required: true, max: 255, width: 'full' }),
		f.m2o('customer', { required: true, template: '{{name}}' }),
		f.m2o('assignee', { template: '{{name}}', note: 'The rep who does it (the customer\'s owner when the CRM made it).' }),
		f.date('due_date', { indexed: true }),
		f.choice('kind', SALES_TASK_KINDS.map((k): [string, string] => [k, KIND_LABELS[k]]), { required: true, default: 'other', indexed: true, note: 'Reorder and churn-risk follow-ups are made by the CRM\'s daily reorder run.' }),
		f.boolean('done', { default: false, indexed: true }),
		f.m2o('product_group', { template: '{{name}}', note: 'The product group the customer should be buying again.' }),
		f.text('explanation', { ...ro, note: 'Why the CRM made the task: the customer\'s rhythm, the last purchase, how overdue.' }),
		f.string('key', { ...ro, unique: true, hidden: true, max: 120, note: 'Customer, product group and day of a follow-up the CRM made: one, however many servers run the job.' }),
		f.text('notes'),
		...audit(),
	]),
];

export const repeatSalesRelations: RelationDef[] = [
	m2o('crm_sales_tasks', 'customer', 'crm_customers', 'CASCADE'),
	m2o('crm_sales_tasks', 'assignee', 'crm_sales_reps'),
	m2o('crm_sales_tasks', 'product_group', 'crm_product_groups'),
	m2o('crm_sales_tasks', 'user_created', 'directus_users'),
];

/** The churn-risk flag on the customer: set and cleared by the daily reorder run only. */
export const customerChurnFields = [
	f.boolean('churn_risk', { ...ro, indexed: true, note: 'A product group the customer buys regularly is overdue by more than the churn factor (set and cleared by the CRM\'s daily reorder run).' }),
	f.text('churn_risk_note', { ...ro, note: 'Why the customer is at churn risk.' }),
];

import { type CollectionDef, f, field } from './model-helpers.ts';

/**
 * The module's own bookkeeping: which numbered schema versions (schema/migrations) a project holds.
 * The installer writes it; the extensions read it to refuse a schema they do not support.
 */
export const moduleCollections: CollectionDef[] = [
	{
		collection: 'crm_schema_migrations',
		meta: {
			icon: 'history',
			hidden: true,
			accountability: 'all',
			collapse: 'open',
			singleton: false,
			sort: 92,
			note: 'Schema versions of the CRM module this project holds, written by `crm-module install|upgrade`.',
			display_template: '{{id}} {{name}}: {{status}}',
			translations: [{ language: 'en-US', translation: 'Schema versions', singular: 'Schema version', plural: 'Schema versions' }],
		},
		fields: [
			field('id', 'integer', { interface: 'input', note: 'The version number: schema/migrations/NNNN-….json.' }, { is_primary_key: true, is_nullable: false }),
			f.string('name', { required: true, max: 120 }),
			f.choice('status', [['running', 'Running'], ['done', 'Done']], { required: true, default: 'running', note: 'Running: started and not finished; the next upgrade goes on from its progress.' }),
			f.json('progress', { note: 'Where an interrupted run goes on: the next step and, inside a data step, the batch position.' }),
			f.timestamp('applied_at', { note: 'When the version was completed.' }),
		],
	},
];

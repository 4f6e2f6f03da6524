import { defineInterface } from '@directus/extensions-sdk';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './build-timeline-query.ts';
import InterfaceComponent from './interface.vue';

export default defineInterface({
	id: 'crm-timeline',
	name: 'Customer timeline',
	icon: 'timeline',
	description: "A customer's contact history, with one-click logging of calls and meetings.",
	component: InterfaceComponent,
	types: ['alias'],
	localTypes: ['presentation'],
	group: 'presentation',
	options: [
		{
			field: 'pageSize',
			name: 'Page size',
			type: 'integer',
			meta: {
				width: 'half',
				interface: 'input',
				note: `Entries loaded per page (1–${MAX_PAGE_SIZE}).`,
				options: { min: 1, max: MAX_PAGE_SIZE },
			},
			schema: { default_value: DEFAULT_PAGE_SIZE },
		},
	],
});

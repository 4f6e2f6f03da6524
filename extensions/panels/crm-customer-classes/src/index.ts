import { definePanel } from '@directus/extensions-sdk';
import PanelComponent from './panel.vue';

export default definePanel({
	id: 'crm-customer-classes',
	name: 'Customer classes',
	icon: 'grid_view',
	description: 'Customers and revenue per ABC × XYZ cell, and who moved between classes in the last run.',
	component: PanelComponent,
	minWidth: 24,
	minHeight: 20,
	options: [
		{
			field: 'showMoved',
			name: 'List the customers who moved',
			type: 'boolean',
			meta: { width: 'half', interface: 'boolean', note: 'Up to 20 customers whose classes changed in the last run, most revenue first.' },
			schema: { default_value: true },
		},
	],
});

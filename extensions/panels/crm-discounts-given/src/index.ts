import { definePanel } from '@directus/extensions-sdk';
import PanelComponent from './panel.vue';

export default definePanel({
	id: 'crm-discounts-given',
	name: 'Discounts given',
	icon: 'percent',
	description: 'Discounts given over a period against the list total, by rule, sales rep and customer group.',
	component: PanelComponent,
	minWidth: 16,
	minHeight: 14,
	options: [
		{
			field: 'currency',
			name: 'Currency',
			type: 'string',
			meta: {
				width: 'half',
				interface: 'input',
				note: 'Only documents in this currency are counted.',
				options: { placeholder: 'EUR', font: 'monospace' },
			},
			schema: { default_value: 'EUR' },
		},
		{
			field: 'days',
			name: 'Period (days)',
			type: 'integer',
			meta: { width: 'half', interface: 'input', note: 'The period ending today.', options: { min: 1, max: 3660 } },
			schema: { default_value: 90 },
		},
	],
});

import { definePanel } from '@directus/extensions-sdk';
import PanelComponent from './panel.vue';
import { DEFAULT_PERIOD, DEFAULT_ROWS, PERIODS } from './profitability-period.ts';

export default definePanel({
	id: 'crm-customer-profitability',
	name: 'Customer profitability',
	icon: 'savings',
	description: 'The whale curve of cumulative profit by customer, the P&L of the most and least profitable customers, and what drives the losses.',
	component: PanelComponent,
	minWidth: 24,
	minHeight: 24,
	options: [
		{
			field: 'period',
			name: 'Period',
			type: 'string',
			meta: { width: 'half', interface: 'select-dropdown', options: { choices: PERIODS.map((p) => ({ value: p.value, text: p.text })) }, note: 'The P&L of these days: orders, credit notes, service, shipments, campaign spend and money owed late in them.' },
			schema: { default_value: DEFAULT_PERIOD },
		},
		{
			field: 'rows',
			name: 'Customers at each end',
			type: 'integer',
			meta: { width: 'half', interface: 'input', options: { min: 1, max: 50 }, note: 'How many of the most and of the least profitable customers the tables list.' },
			schema: { default_value: DEFAULT_ROWS },
		},
	],
});

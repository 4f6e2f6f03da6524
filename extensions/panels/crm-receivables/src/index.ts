import { definePanel } from '@directus/extensions-sdk';
import PanelComponent from './panel.vue';

export default definePanel({
	id: 'crm-receivables',
	name: 'Receivables aging',
	icon: 'account_balance_wallet',
	description: 'Open invoices by days overdue in the base currency, and the customers who owe the most.',
	component: PanelComponent,
	minWidth: 16,
	minHeight: 12,
	options: [
		{
			field: 'topDebtors',
			name: 'Top debtors shown',
			type: 'integer',
			meta: { width: 'half', interface: 'input', options: { min: 0, max: 20 } },
			schema: { default_value: 5 },
		},
		{
			field: 'baseCurrency',
			name: 'Base currency',
			type: 'string',
			meta: {
				width: 'half',
				interface: 'input',
				note: 'Only used while the aging API is unavailable and the panel computes the figures itself (the server\'s CRM_BASE_CURRENCY otherwise).',
				options: { placeholder: 'EUR', font: 'monospace' },
			},
			schema: { default_value: 'EUR' },
		},
	],
});

import { definePanel } from '@directus/extensions-sdk';
import PanelComponent from './panel.vue';
import { COMPARES, DEFAULT_COMPARE, DEFAULT_PERIOD, PERIODS } from '@crm/studio';

export default definePanel({
	id: 'crm-sales-overview',
	name: 'Sales overview',
	icon: 'insights',
	description: 'Revenue and margin by month against a comparison period; by product group, customer group, channel or region with the orders behind each figure; top movers; CSV.',
	component: PanelComponent,
	minWidth: 24,
	minHeight: 24,
	options: [
		{
			field: 'period',
			name: 'Period',
			type: 'string',
			meta: { width: 'half', interface: 'select-dropdown', options: { choices: PERIODS.map((p) => ({ value: p.value, text: p.text })) }, note: 'Orders of these days, as of today.' },
			schema: { default_value: DEFAULT_PERIOD },
		},
		{
			field: 'compare',
			name: 'Compared with',
			type: 'string',
			meta: { width: 'half', interface: 'select-dropdown', options: { choices: COMPARES.map((c) => ({ value: c.value, text: c.text })) }, note: 'The period the figures stand beside; the panel switches between them.' },
			schema: { default_value: DEFAULT_COMPARE },
		},
	],
});

import { definePanel } from '@directus/extensions-sdk';
import PanelComponent from './panel.vue';
import { COMPARES, DEFAULT_COMPARE, DEFAULT_PERIOD, PERIODS } from '@crm/studio';

export default definePanel({
	id: 'crm-rep-leaderboard',
	name: 'Rep leaderboard',
	icon: 'leaderboard',
	description: 'Sales reps by revenue: margin, orders, average order, proposal conversion and activities per order won, against a comparison period; a rep sees what their access covers.',
	component: PanelComponent,
	minWidth: 20,
	minHeight: 20,
	options: [
		{
			field: 'period',
			name: 'Period',
			type: 'string',
			meta: { width: 'half', interface: 'select-dropdown', options: { choices: PERIODS.map((p) => ({ value: p.value, text: p.text })) }, note: 'Orders, proposals and activities of these days, as of today.' },
			schema: { default_value: DEFAULT_PERIOD },
		},
		{
			field: 'compare',
			name: 'Compared with',
			type: 'string',
			meta: { width: 'half', interface: 'select-dropdown', options: { choices: COMPARES.map((c) => ({ value: c.value, text: c.text })) } },
			schema: { default_value: DEFAULT_COMPARE },
		},
	],
});

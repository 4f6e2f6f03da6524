import { definePanel } from '@directus/extensions-sdk';
import PanelComponent from './panel.vue';
import { salesPeriodOptions } from '@crm/studio';

export default definePanel({
	id: 'crm-rep-leaderboard',
	name: 'Rep leaderboard',
	icon: 'leaderboard',
	description: 'Sales reps by revenue: margin, orders, average order, proposal conversion and activities per order won, against a comparison period; a rep sees what their access covers.',
	component: PanelComponent,
	minWidth: 20,
	minHeight: 20,
	options: salesPeriodOptions('Orders, proposals and activities of these days, as of today.'),
});

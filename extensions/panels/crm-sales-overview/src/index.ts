import { definePanel } from '@directus/extensions-sdk';
import PanelComponent from './panel.vue';
import { salesPeriodOptions } from '@crm/studio';

export default definePanel({
	id: 'crm-sales-overview',
	name: 'Sales overview',
	icon: 'insights',
	description: 'Revenue and margin by month against a comparison period; by product group, customer group, channel or region with the orders behind each figure; top movers; CSV.',
	component: PanelComponent,
	minWidth: 24,
	minHeight: 24,
	options: salesPeriodOptions('Orders of these days, as of today.', 'The period the figures stand beside; the panel switches between them.'),
});

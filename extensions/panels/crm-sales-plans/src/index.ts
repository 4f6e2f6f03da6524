import { definePanel } from '@directus/extensions-sdk';
import PanelComponent from './panel.vue';

export default definePanel({
	id: 'crm-sales-plans',
	name: 'Sales plans',
	icon: 'flag',
	description: 'The sales plans running today against their actual: attainment, the plan to date, where each ends at its run rate and its status; a plan month by month. A rep sees their own plans and orders.',
	component: PanelComponent,
	minWidth: 24,
	minHeight: 16,
	options: [],
});

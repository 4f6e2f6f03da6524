import { definePanel } from '@directus/extensions-sdk';
import PanelComponent from './panel.vue';

export default definePanel({
	id: 'crm-sales-forecast',
	name: 'Sales forecast',
	icon: 'query_stats',
	description: 'The sales forecast of the company, a team or a rep: this month and the next two with their parts, past forecasts against what the months sold, how accurate they were, and the open pipeline by stage.',
	component: PanelComponent,
	minWidth: 24,
	minHeight: 18,
	options: [],
});

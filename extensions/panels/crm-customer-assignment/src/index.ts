import { definePanel } from '@directus/extensions-sdk';
import PanelComponent from './panel.vue';

export default definePanel({
	id: 'crm-customer-assignment',
	name: 'Customer assignment',
	icon: 'alt_route',
	description: 'What the assignment rules would change for each customer and why, applied with a reason; and every customer of a rep who leaves moved to another rep. Administrators, and managers within their teams.',
	component: PanelComponent,
	minWidth: 24,
	minHeight: 16,
	options: [],
});

import { definePanel } from '@directus/extensions-sdk';
import PanelComponent from './panel.vue';

export default definePanel({
	id: 'crm-reorder-list',
	name: 'Due for reorder',
	icon: 'event_repeat',
	description: 'Customers whose purchase rhythm says a product group is due again, and those at churn risk: rhythm, last purchase, days overdue and why. A rep sees their own customers, a manager the team\'s.',
	component: PanelComponent,
	minWidth: 24,
	minHeight: 12,
	options: [],
});

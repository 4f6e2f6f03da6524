import { defineInterface } from '@directus/extensions-sdk';
import InterfaceComponent from './interface.vue';

export default defineInterface({
	id: 'crm-campaign-budget',
	name: 'Campaign budget',
	icon: 'request_quote',
	description: 'Shows a campaign\'s plan against its spend by cost item, the forecast at completion and the budget warnings.',
	component: InterfaceComponent,
	types: ['alias'],
	localTypes: ['presentation'],
	group: 'presentation',
	options: null,
});

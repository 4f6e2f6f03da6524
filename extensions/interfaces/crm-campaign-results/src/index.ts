import { defineInterface } from '@directus/extensions-sdk';
import InterfaceComponent from './interface.vue';

export default defineInterface({
	id: 'crm-campaign-results',
	name: 'Campaign results',
	icon: 'insights',
	description: 'A campaign\'s members by touch (the funnel), sending controls, and its attributed revenue, margin and ROI under every attribution model.',
	component: InterfaceComponent,
	types: ['alias'],
	localTypes: ['presentation'],
	group: 'presentation',
	options: null,
});

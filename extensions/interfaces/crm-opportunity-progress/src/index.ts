import { defineInterface } from '@directus/extensions-sdk';
import InterfaceComponent from './interface.vue';

export default defineInterface({
	id: 'crm-opportunity-progress',
	name: 'Opportunity progress',
	icon: 'trending_up',
	description: "An opportunity's way through the pipeline with the time in each stage, and the button that makes its proposal.",
	component: InterfaceComponent,
	types: ['alias'],
	localTypes: ['presentation'],
	group: 'presentation',
	options: null,
});

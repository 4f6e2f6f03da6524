import { defineInterface } from '@directus/extensions-sdk';
import InterfaceComponent from './interface.vue';

export default defineInterface({
	id: 'crm-commission-statement',
	name: 'Commission statement',
	icon: 'request_quote',
	description: 'A rep\'s commission statement as they check it: every line with its customer, rate and explanation, the totals to the cent, and Approve for the rep\'s manager.',
	component: InterfaceComponent,
	types: ['alias'],
	localTypes: ['presentation'],
	group: 'presentation',
	options: null,
});

import { defineInterface } from '@directus/extensions-sdk';
import InterfaceComponent from './interface.vue';

export default defineInterface({
	id: 'crm-customer-overview',
	name: 'Customer overview',
	icon: 'dashboard',
	description: 'The customer at a glance (360°): contacts, documents, sales, balance, service, campaigns and classes, as far as the viewer may read them.',
	component: InterfaceComponent,
	types: ['alias'],
	localTypes: ['presentation'],
	group: 'presentation',
	options: null,
});

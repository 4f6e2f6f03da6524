import { defineInterface } from '@directus/extensions-sdk';
import InterfaceComponent from './interface.vue';

export default defineInterface({
	id: 'crm-visit-route',
	name: 'Visit route',
	icon: 'route',
	description: 'A visit plan\'s stops in route order with the distance between them and the total, and the action that orders them by distance.',
	component: InterfaceComponent,
	types: ['alias'],
	localTypes: ['presentation'],
	group: 'presentation',
	options: null,
});

import { defineInterface } from '@directus/extensions-sdk';
import InterfaceComponent from './interface.vue';

export default defineInterface({
	id: 'crm-order-status',
	name: 'Order status',
	icon: 'conversion_path',
	description: "An order's lifecycle with the current step highlighted and buttons for the allowed next steps.",
	component: InterfaceComponent,
	types: ['string'],
	group: 'selection',
	options: null,
});

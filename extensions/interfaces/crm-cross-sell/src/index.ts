import { defineInterface } from '@directus/extensions-sdk';
import InterfaceComponent from './interface.vue';

export default defineInterface({
	id: 'crm-cross-sell',
	name: 'Cross-sell suggestions',
	icon: 'add_shopping_cart',
	description: 'What to offer with a proposal or order: related products and what customers bought together, with the reason, and the button that adds one.',
	component: InterfaceComponent,
	types: ['alias'],
	localTypes: ['presentation'],
	group: 'presentation',
	options: null,
});

import { defineInterface } from '@directus/extensions-sdk';
import InterfaceComponent from './interface.vue';

export default defineInterface({
	id: 'crm-price-trace',
	name: 'Why this price',
	icon: 'help',
	description: 'Why a line has its price: the price lists considered, every discount rule looked at, applied or not, and why.',
	component: InterfaceComponent,
	types: ['json'],
	group: 'other',
	options: null,
});

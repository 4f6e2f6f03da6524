import { defineInterface } from '@directus/extensions-sdk';
import InterfaceComponent from './interface.vue';

export default defineInterface({
	id: 'crm-segment-rule',
	name: 'Segment rule',
	icon: 'filter_alt',
	description: 'Edits a segment\'s rule as conditions picked from lists (status, groups, products bought, revenue…), and shows live how many match.',
	component: InterfaceComponent,
	types: ['json'],
	group: 'standard',
	options: null,
});

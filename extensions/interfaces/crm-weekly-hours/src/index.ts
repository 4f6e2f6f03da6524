import { defineInterface } from '@directus/extensions-sdk';
import InterfaceComponent from './interface.vue';

export default defineInterface({
	id: 'crm-weekly-hours',
	name: 'Weekly working hours',
	icon: 'schedule',
	description: 'Edits a business calendar\'s working hours: a line per weekday, typed as 09:00–12:00, 13:00–17:00; empty = day off.',
	component: InterfaceComponent,
	types: ['json'],
	group: 'standard',
	options: null,
});

import { defineInterface } from '@directus/extensions-sdk';
import InterfaceComponent from './interface.vue';

export default defineInterface({
	id: 'crm-percent',
	name: 'Percent (basis points)',
	icon: 'percent',
	description: 'Edits a percentage stored in basis points: people type 12.5 %, the field stores 1250.',
	component: InterfaceComponent,
	types: ['integer', 'bigInteger'],
	group: 'standard',
	options: [
		{
			field: 'min',
			name: 'Lowest value (basis points)',
			type: 'integer',
			meta: { width: 'half', interface: 'input', note: '0 = 0 %; negative values allow markdowns.' },
			schema: { default_value: 0 },
		},
		{
			field: 'max',
			name: 'Highest value (basis points)',
			type: 'integer',
			meta: { width: 'half', interface: 'input', note: '10000 = 100 %.' },
			schema: { default_value: 10000 },
		},
	],
});

import { defineInterface } from '@directus/extensions-sdk';
import { currencyOptions } from '../options.ts';
import InterfaceComponent from './interface.vue';

export default defineInterface({
	id: 'crm-money',
	name: 'Money (minor units)',
	icon: 'payments',
	description: 'Edits an integer amount of minor units as a decimal in the digits of the record\'s currency (EUR 2, JPY 0, KWD 3).',
	component: InterfaceComponent,
	types: ['bigInteger', 'integer'],
	group: 'standard',
	options: [
		...currencyOptions,
		{
			field: 'allowNegative',
			name: 'Allow negative amounts',
			type: 'boolean',
			meta: { width: 'half', interface: 'boolean' },
			schema: { default_value: false },
		},
	],
});

import { defineInterface } from '@directus/extensions-sdk';
import InterfaceComponent from './interface.vue';

export default defineInterface({
	id: 'crm-quantity',
	name: 'Quantity (thousandths)',
	icon: 'scale',
	description: 'Edits a quantity stored in thousandths of its unit as a decimal with the unit: people type 2.5 kg, the field stores 2500.',
	component: InterfaceComponent,
	types: ['bigInteger', 'integer'],
	group: 'standard',
	options: [
		{
			field: 'unitField',
			name: 'Unit field',
			type: 'string',
			meta: { width: 'half', interface: 'input', note: 'Where the unit is: a field of this record ("unit") or of a linked one ("product.unit").', options: { placeholder: 'product.unit' } },
			schema: { default_value: 'product.unit' },
		},
		{
			field: 'unit',
			name: 'Fixed unit',
			type: 'string',
			meta: { width: 'half', interface: 'input', note: 'A unit used instead of the record\'s (e.g. "h").', options: { placeholder: 'from the record' } },
			schema: { default_value: null },
		},
		{
			field: 'allowNegative',
			name: 'Allow negative quantities',
			type: 'boolean',
			meta: { width: 'half', interface: 'boolean' },
			schema: { default_value: false },
		},
	],
});

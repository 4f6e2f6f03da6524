import { defineInterface } from '@directus/extensions-sdk';
import InterfaceComponent from './interface.vue';

export default defineInterface({
	id: 'crm-quantity',
	name: 'Quantity (scaled integer)',
	icon: 'scale',
	description: 'Edits a quantity stored as a whole number of thousandths of its unit (or another scale) as a decimal with the unit: people type 2.5 kg, the field stores 2500.',
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
			field: 'digits',
			name: 'Decimals stored',
			type: 'integer',
			meta: { width: 'half', interface: 'input', note: 'The scale of the stored integer: 3 stores thousandths (2.5 → 2500), 6 millionths (48.137154° → 48137154).', options: { min: 0, max: 9 } },
			schema: { default_value: 3 },
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

import { defineDisplay } from '@directus/extensions-sdk';
import { formatQuantity, toStoredInteger } from '@crm/studio';
import DisplayComponent from './display.vue';

const fixedUnit = (options: Record<string, unknown> | null) => (typeof options?.['unit'] === 'string' && options['unit'].trim() !== '' ? options['unit'].trim() : null);

/** Directus gives a display the value and its options, not the record: a list shows the number, with a unit only when one is fixed. */
export default defineDisplay({
	id: 'crm-quantity-display',
	name: 'Quantity (thousandths)',
	icon: 'scale',
	description: 'Shows a quantity stored in thousandths of its unit as "2.5" (11000 → 11).',
	component: DisplayComponent,
	types: ['bigInteger', 'integer'],
	options: [
		{
			field: 'unit',
			name: 'Fixed unit',
			type: 'string',
			meta: { width: 'half', interface: 'input', options: { placeholder: 'none' } },
			schema: { default_value: null },
		},
	],
	handler: (value: unknown, options: Record<string, unknown> | null) => {
		const stored = toStoredInteger(value);
		return stored === null ? null : formatQuantity(stored, fixedUnit(options));
	},
});

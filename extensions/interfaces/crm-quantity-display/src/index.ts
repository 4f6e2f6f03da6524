import { defineDisplay } from '@directus/extensions-sdk';
import { formatQuantity, toStoredInteger } from '@crm/studio';
import DisplayComponent from './display.vue';

const fixedUnit = (options: Record<string, unknown> | null) => (typeof options?.['unit'] === 'string' && options['unit'].trim() !== '' ? options['unit'].trim() : null);
const digitsOf = (options: Record<string, unknown> | null) => (typeof options?.['digits'] === 'number' ? options['digits'] : undefined);

/** Directus gives a display the value and its options, not the record: a list shows the number, with a unit only when one is fixed. */
export default defineDisplay({
	id: 'crm-quantity-display',
	name: 'Quantity (scaled integer)',
	icon: 'scale',
	description: 'Shows a quantity stored in thousandths of its unit (or another scale) as "2.5" (11000 → 11).',
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
		{
			field: 'digits',
			name: 'Decimals stored',
			type: 'integer',
			meta: { width: 'half', interface: 'input', note: '3: thousandths; 6: millionths (coordinates).', options: { min: 0, max: 9 } },
			schema: { default_value: 3 },
		},
	],
	handler: (value: unknown, options: Record<string, unknown> | null) => {
		const stored = toStoredInteger(value);
		return stored === null ? null : formatQuantity(stored, fixedUnit(options), digitsOf(options));
	},
});

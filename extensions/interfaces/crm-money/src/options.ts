/** Options shared by the money interface and display. */
export const currencyOptions = [
	{
		field: 'currencyField',
		name: 'Currency field',
		type: 'string' as const,
		meta: {
			width: 'half' as const,
			interface: 'input',
			note: 'Field of the same record that holds the ISO currency code (default "currency"). Only the interface can read it; see the display\'s note.',
			options: { placeholder: 'currency' },
		},
		schema: { default_value: 'currency' },
	},
	{
		field: 'currency',
		name: 'Fixed currency',
		type: 'string' as const,
		meta: {
			width: 'half' as const,
			interface: 'input',
			note: 'ISO 4217 code (e.g. EUR) used instead of the record\'s; set it for amounts in the base currency.',
			options: { placeholder: 'from the record', font: 'monospace' },
		},
		schema: { default_value: null },
	},
];

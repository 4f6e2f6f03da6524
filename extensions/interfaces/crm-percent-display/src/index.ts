import { defineDisplay } from '@directus/extensions-sdk';
import { formatPercent, toStoredInteger } from '@crm/studio';
import DisplayComponent from './display.vue';

export default defineDisplay({
	id: 'crm-percent-display',
	name: 'Percent (basis points)',
	icon: 'percent',
	description: 'Shows a percentage stored in basis points as "12.5 %" (1250).',
	component: DisplayComponent,
	types: ['integer', 'bigInteger'],
	options: null,
	handler: (value: unknown) => {
		const stored = toStoredInteger(value);
		return stored === null ? null : formatPercent(stored);
	},
});

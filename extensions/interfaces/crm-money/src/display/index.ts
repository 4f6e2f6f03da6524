import { defineDisplay } from '@directus/extensions-sdk';
import { formatMoney, normalizeCurrency } from '../money-format.ts';
import { currencyOptions } from '../options.ts';
import DisplayComponent from './display.vue';

/**
 * Directus gives a display only the value, its options and the field (not the record), so in lists
 * the display cannot read the record's currency: it shows the amount with the digits of the fixed
 * currency option, or with two decimals and no code when none is set. The item page uses the
 * interface, which reads the record's currency.
 */
export default defineDisplay({
	id: 'crm-money-display',
	name: 'Money (minor units)',
	icon: 'payments',
	description: 'Shows integer minor units as "1,234.56 EUR".',
	component: DisplayComponent,
	types: ['bigInteger', 'integer'],
	options: currencyOptions,
	handler: (value: unknown, options: Record<string, unknown> | null) => formatMoney(value, normalizeCurrency(options?.['currency'])),
});

import { ATTRIBUTION_MODEL_LABELS, ATTRIBUTION_MODEL_ORDER } from '@crm/studio';
import { definePanel } from '@directus/extensions-sdk';
import { DEFAULT_PERIOD, PERIODS } from './marketing-period.ts';
import { DEFAULT_MODEL } from './model-option.ts';
import PanelComponent from './panel.vue';

export default definePanel({
	id: 'crm-marketing-insights',
	name: 'Marketing insights',
	icon: 'campaign',
	description: 'Return on campaign spend under each attribution model, and revenue, margin and campaign results by channel against the period before.',
	component: PanelComponent,
	minWidth: 24,
	minHeight: 24,
	options: [
		{
			field: 'period',
			name: 'Period',
			type: 'string',
			meta: { width: 'half', interface: 'select-dropdown', options: { choices: PERIODS.map((p) => ({ value: p.value, text: p.text })) }, note: 'Orders and spend of these days, ending today; the channels compare them with as many days before.' },
			schema: { default_value: DEFAULT_PERIOD },
		},
		{
			field: 'model',
			name: 'Attribution model of the channels',
			type: 'string',
			meta: { width: 'half', interface: 'select-dropdown', options: { choices: ATTRIBUTION_MODEL_ORDER.map((m) => ({ value: m, text: ATTRIBUTION_MODEL_LABELS[m] })) }, note: 'How the campaign channels share an order at first; the panel switches between models.' },
			schema: { default_value: DEFAULT_MODEL },
		},
	],
});

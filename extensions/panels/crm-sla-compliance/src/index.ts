import { definePanel } from '@directus/extensions-sdk';
import PanelComponent from './panel.vue';
import { DEFAULT_WEEKS, MAX_WEEKS } from './sla-compliance-data.ts';

export default definePanel({
	id: 'crm-sla-compliance',
	name: 'SLA compliance and backlog',
	icon: 'timer',
	description: 'Open service requests by priority (breached or within SLA) and the mean first-response and resolution times per team and week.',
	component: PanelComponent,
	minWidth: 20,
	minHeight: 18,
	options: [
		{
			field: 'weeks',
			name: 'Weeks',
			type: 'integer',
			meta: { width: 'half', interface: 'input', note: `Weeks of response and resolution times, ending this week (1–${MAX_WEEKS}).`, options: { min: 1, max: MAX_WEEKS } },
			schema: { default_value: DEFAULT_WEEKS },
		},
	],
});

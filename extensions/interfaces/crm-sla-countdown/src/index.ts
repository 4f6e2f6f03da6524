import { defineDisplay } from '@directus/extensions-sdk';
import DisplayComponent from './display.vue';
import { countdown } from './sla-countdown.ts';

/**
 * The request list's SLA chip, for the json field `sla_clock` ({ state, target, due_at, warn_at }, kept by
 * the server). The time left is wall time to the stored deadline, worked out again every 30 s.
 */
export default defineDisplay({
	id: 'crm-sla-countdown',
	name: 'SLA countdown',
	icon: 'timer',
	description: 'Time left to the next SLA deadline as a coloured chip: green, amber from the warning on, red once overdue.',
	component: DisplayComponent,
	types: ['json'],
	options: null,
	handler: (value: unknown) => countdown(value, Date.now()).label,
});

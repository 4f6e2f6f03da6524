import { definePanel } from '@directus/extensions-sdk';
import PanelComponent from './panel.vue';

export default definePanel({
	id: 'crm-activity-targets',
	name: 'Activity against target',
	icon: 'track_changes',
	description: 'Calls, visits and proposals of a week against the activity targets, per rep and team. A rep sees their own week; a manager their teams\'.',
	component: PanelComponent,
	minWidth: 24,
	minHeight: 12,
	options: [],
});

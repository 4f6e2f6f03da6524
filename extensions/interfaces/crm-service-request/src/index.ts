import { defineInterface } from '@directus/extensions-sdk';
import InterfaceComponent from './interface.vue';

export default defineInterface({
	id: 'crm-service-request',
	name: 'Service request: SLA and routing',
	icon: 'support_agent',
	description: "A service request's SLA clocks, its service-map steps and why it was routed to whom (from GET /crm/service/requests/:id/overview).",
	component: InterfaceComponent,
	types: ['alias'],
	localTypes: ['presentation'],
	group: 'presentation',
	options: null,
});

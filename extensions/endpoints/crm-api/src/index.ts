import { defineEndpoint } from '@directus/extensions-sdk';
import { registerTimelineRoute } from './routes/timeline.ts';

export default defineEndpoint({
	id: 'crm',
	handler: (router, context) => {
		registerTimelineRoute(router, context);
	},
});

import { defineEndpoint } from '@directus/extensions-sdk';
import { registerPriceRoutes } from './routes/prices.ts';
import { registerTimelineRoute } from './routes/timeline.ts';

export default defineEndpoint({
	id: 'crm',
	handler: (router, context) => {
		registerTimelineRoute(router, context);
		registerPriceRoutes(router, context);
	},
});

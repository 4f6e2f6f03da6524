import type { ServicePriority } from './service-priority.ts';

/** What classification looks at: the request as it arrived. */
export interface ClassificationRequest {
	subject: string;
	/** null for a mail without a body. */
	description: string | null;
	/** How it came in: email, phone, portal, api, chat… (as stored). */
	channel: string;
	productId: string | null;
	productGroupIds: string[];
	/** Given by the client or the agent; it is matched by rules and no rule replaces it. */
	categoryId: string | null;
	/** The customer's status (key, regular, prospect…), for rules per status. */
	customerStatus: string | null;
	/** Given by the client: no rule replaces it. */
	typeId?: string | null;
	/** Given by the client: no rule replaces it. */
	priority?: ServicePriority | null;
}

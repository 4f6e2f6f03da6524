import { CrmError } from '../errors/crm-error.ts';
import { isServicePriority, type ServicePriority } from '../service-routing/service-priority.ts';

/** A new service request as a client or agent sent it, read into the facts intake works on. */
export interface IntakeRequest {
	customerId: string;
	contactId: string | null;
	orderId: string | null;
	productId: string | null;
	subject: string;
	description: string | null;
	channel: string;
	categoryId: string | null;
	typeId: string | null;
	priority: ServicePriority | null;
	teamId: string | null;
	assigneeId: string | null;
	/** `required_skills` as sent (decoded from JSON); read once the request's links are checked. */
	skillsGiven: unknown;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

/** The channel of a request that does not say how it came in. */
export const DEFAULT_INTAKE_CHANNEL = 'portal';

/**
 * Reads a new request's payload (`required_skills` already decoded from JSON). A request starts as
 * "new" — routing moves it on — and needs a customer.
 */
export function parseIntakeRequest(input: Readonly<Record<string, unknown>>): IntakeRequest {
	if (input['status'] !== undefined && input['status'] !== null && input['status'] !== 'new') {
		throw new CrmError('CRM_INVALID_TRANSITION', `A new service request starts as "new" (routing moves it to "assigned"); it cannot be created as "${String(input['status'])}".`, { field: 'status' });
	}
	const customerId = text(input['customer']);
	if (!customerId) throw new CrmError('CRM_REQUIRED_FIELD', 'A service request needs a "customer".', { field: 'customer' });
	return {
		customerId,
		contactId: text(input['contact']),
		orderId: text(input['order']),
		productId: text(input['product']),
		subject: String(input['subject'] ?? ''),
		description: text(input['description']),
		channel: String(input['channel'] ?? DEFAULT_INTAKE_CHANNEL),
		categoryId: text(input['category']),
		typeId: text(input['type']),
		priority: isServicePriority(input['priority']) ? input['priority'] : null,
		teamId: text(input['team']),
		assigneeId: text(input['assignee']),
		skillsGiven: input['required_skills'],
	};
}

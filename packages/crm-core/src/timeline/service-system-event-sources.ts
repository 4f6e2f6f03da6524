import type { Row, SystemEventSource } from './system-event-source.ts';

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const label = (v: unknown) => text(v).replaceAll('_', ' ');

/** A many-to-one field holds an id, or the related row when the caller expanded it. */
function idOf(v: unknown): string | null {
	if (typeof v === 'string' || typeof v === 'number') return String(v);
	if (typeof v === 'object' && v !== null) {
		const id = (v as Row)['id'];
		return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
	}
	return null;
}

/**
 * Words that mark the desk's routing in a request's timeline subject: (re/un)assignment, and the
 * re-route and breach notes the escalation job appends (`routingNote`). The customer portal hides
 * entries carrying them (customer-visible-entries.ts); change them together.
 */
export const ROUTING_MARKS = ['assigned', 'specialist absent', 'SLA breach'] as const;

/** The note the escalation job appends to a request's timeline subject when it re-routes on its own. */
export function routingNote(kind: 'reroute' | 'escalation'): string {
	return kind === 'reroute' ? ' (specialist absent)' : ' (SLA breach)';
}

function assigneeChange(before: Row, after: Row): string | null {
	const [from, to] = [idOf(before['assignee']), idOf(after['assignee'])];
	if (from === to) return null;
	if (to === null) return 'unassigned';
	// "new → assigned" already says it; a first assignee without that status move is worth naming.
	if (from === null) return text(after['status']) === 'assigned' && text(before['status']) !== 'assigned' ? null : 'assigned';
	return 'reassigned';
}

/** Service requests on the customer's timeline: opening, status moves, priority changes and (re)assignment. */
export const serviceRequestEvents: SystemEventSource = {
	collection: 'crm_service_requests',
	watchedFields: ['status', 'priority', 'assignee'],
	customerOf: (row) => idOf(row['customer']),
	describeCreate: (row) => {
		const subject = text(row['subject']).trim();
		const priority = text(row['priority']);
		return `Service request ${text(row['number'])} opened${subject ? `: ${subject}` : ''}${priority ? ` (${priority})` : ''}`;
	},
	describeChange: (before, after) => {
		const parts: string[] = [];
		if (text(before['status']) !== text(after['status'])) parts.push(`${label(before['status'])} → ${label(after['status'])}`);
		if (text(before['priority']) !== text(after['priority'])) parts.push(`priority ${text(before['priority'])} → ${text(after['priority'])}`);
		const assignee = assigneeChange(before, after);
		if (assignee) parts.push(assignee);
		return parts.length ? `Service request ${text(after['number'])}: ${parts.join(', ')}` : null;
	},
};

/** The service desk's sources for the timeline hook's registry. */
export const SERVICE_SYSTEM_EVENT_SOURCES: readonly SystemEventSource[] = [serviceRequestEvents];

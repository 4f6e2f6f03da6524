import type { RequestStatus } from '../service-desk/request-status.ts';

/** A re-routed request that gets someone is assigned; one that loses its assignee goes back to new; other statuses stay. */
export function statusAfterRouting(status: RequestStatus, assignee: string | null): RequestStatus {
	if (assignee && status === 'new') return 'assigned';
	if (!assignee && status === 'assigned') return 'new';
	return status;
}

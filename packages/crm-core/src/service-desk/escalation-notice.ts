import type { Escalation } from './due-escalations.ts';

/** What one escalation says, to whom, and whether it moves the request. */
export interface EscalationNotice {
	detail: string;
	subject: string;
	/** A warning also goes to the assignee (a breach goes to the team's manager only). */
	notifyAssignee: boolean;
	/** A breach moves the request when the team says so — once per pass, even when both targets breach. */
	reroute: boolean;
}

/** A5.11 — the notice of an SLA warning or breach on a request. */
export function escalationNotice(e: Escalation, deadline: string | null, request: { number: string; subject: string }, breachAction: string | null, reroutedAlready: boolean): EscalationNotice {
	const what = e.target === 'response' ? 'First response' : 'Resolution';
	return {
		detail: `${what} ${e.level === 'warning' ? 'nearly due' : 'overdue'}: deadline ${deadline ?? 'paused'}.`,
		subject: `SLA ${e.level} on ${request.number}: ${request.subject.slice(0, 120)}`,
		notifyAssignee: e.level === 'warning',
		reroute: e.level === 'breach' && breachAction === 'reassign' && !reroutedAlready,
	};
}

import type { RequestStatus } from './request-status.ts';

/**
 * Why an SLA clock stood still: 'customer' while waiting for the customer (stops the response and
 * the resolution clock), 'resolved' from a resolution to its reopening (stops only the resolution
 * clock: the desk was not working on a request it thought solved).
 */
export type ClockPauseKind = 'customer' | 'resolved';

export interface ClockPause {
	from: string;
	/** null while the pause lasts. */
	to: string | null;
	kind: ClockPauseKind;
}

/** The facts of a request the SLA clocks run on, kept by applyStatusChange. Times are ISO UTC. */
export interface RequestClock {
	status: RequestStatus;
	firstResponseAt: string | null;
	resolvedAt: string | null;
	closedAt: string | null;
	pauses: readonly ClockPause[];
}

/** The pauses one clock honours, in the shape slaState takes. */
export function pausesFor(clock: RequestClock, target: 'response' | 'resolution'): { from: string; to: string | null }[] {
	return clock.pauses.filter((pause) => target === 'resolution' || pause.kind === 'customer').map(({ from, to }) => ({ from, to }));
}

import type { Instant } from './parse-instant.ts';

/** A stretch in which the SLA clock stands still (waiting for the customer); `to: null` = still paused. */
export interface SlaPause {
	from: Instant;
	to: Instant | null;
}

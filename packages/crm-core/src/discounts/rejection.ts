import type { TraceOutcome } from './pricing-trace.ts';

/** Why a candidate rule does not apply: the trace outcome and its plain-English detail. */
export interface Rejection {
	outcome: TraceOutcome;
	detail: string;
}

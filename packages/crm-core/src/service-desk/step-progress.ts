import type { ServiceStepKind } from './service-step.ts';

/**
 * done: done in time (or a step without deadline done); late: done after its due time; pending:
 * not done, not due yet (or no deadline, or the clock is paused); overdue: not done and past due;
 * waiting: the step's clock has not started (the survey before the request is resolved or closed).
 */
export type StepStatus = 'done' | 'late' | 'pending' | 'overdue' | 'waiting';

export interface StepProgress {
	stepId: string;
	kind: ServiceStepKind;
	name: string;
	/** ISO UTC; null without a target, before the clock starts or while a pause stops it. */
	dueAt: string | null;
	doneAt: string | null;
	status: StepStatus;
	/** Plain English for the service map panel. */
	detail: string;
}

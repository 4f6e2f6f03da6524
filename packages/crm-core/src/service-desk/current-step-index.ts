import type { StepProgress } from './step-progress.ts';

/** Index of the step the request is at: the first one not done (in time or late); -1 when all are done. */
export function currentStepIndex(progress: readonly StepProgress[]): number {
	return progress.findIndex((step) => step.status !== 'done' && step.status !== 'late');
}

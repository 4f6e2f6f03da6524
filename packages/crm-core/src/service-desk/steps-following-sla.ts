import type { RequestSla } from './compute-request-sla.ts';
import type { StepProgress } from './step-progress.ts';

/**
 * A first-response or resolution step without a target of its own follows the request's SLA target
 * for it: due at the SLA deadline, late or overdue as the SLA is.
 */
export function stepsFollowingSla(steps: readonly StepProgress[], sla: RequestSla): StepProgress[] {
	return steps.map((step) => {
		const target = { first_response: sla.response, resolution: sla.resolution }[step.kind as string] ?? null;
		if (step.dueAt !== null || !target?.deadline) return step;
		let status: StepProgress['status'] = target.state === 'breached' ? 'overdue' : 'pending';
		if (step.doneAt !== null) status = target.state === 'missed' ? 'late' : 'done';
		return { ...step, dueAt: target.deadline, status, detail: `Due with the SLA ${step.kind === 'resolution' ? 'resolution' : 'response'} target.` };
	});
}

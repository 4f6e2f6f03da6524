import { type DueEscalationsInput, type EscalationDone, ESCALATION_STEPS } from './due-escalations.ts';

/**
 * When the escalation job must look at a request again: the earliest warning time or deadline of a
 * running target not yet escalated to that level (a moment already passed means "now"). Finished
 * targets and paused clocks (no deadline) schedule nothing; the request is recomputed when it moves.
 */
export function nextEscalationCheck(input: DueEscalationsInput): string | null {
	const checks: string[] = [];
	for (const target of ['response', 'resolution'] as const) {
		const state = input[target];
		if (state === null || state.state === 'met' || state.state === 'missed') continue;
		const done = ESCALATION_STEPS.indexOf(input.done[target]);
		if (done < ESCALATION_STEPS.indexOf('warning') && state.warnAt) checks.push(state.warnAt);
		if (done < ESCALATION_STEPS.indexOf('breach') && state.deadline) checks.push(state.deadline);
	}
	return checks.sort()[0] ?? null;
}

/** The levels a target may be at for an escalation to `level` to still be due: the ones before it. */
export function levelsBefore(level: 'warning' | 'breach'): EscalationDone[] {
	return ESCALATION_STEPS.slice(0, ESCALATION_STEPS.indexOf(level));
}

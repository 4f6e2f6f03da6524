import { CrmError } from '../errors/crm-error.ts';
import type { SlaState } from '../business-time/sla-state.ts';
import { assertObject } from '../service-routing/assert-field.ts';
import type { SlaTargetName } from './compute-request-sla.ts';
import { assertChoice } from './desk-fields.ts';

/** How far escalation of one target has gone: the job records it after acting. */
export type EscalationDone = 'none' | 'warning' | 'breach';

export const ESCALATION_STEPS: readonly EscalationDone[] = ['none', 'warning', 'breach'];

export interface Escalation {
	target: SlaTargetName;
	level: 'warning' | 'breach';
}

export interface DueEscalationsInput {
	response: SlaState | null;
	resolution: SlaState | null;
	done: Record<SlaTargetName, EscalationDone>;
}

function dueFor(target: SlaTargetName, state: SlaState | null, done: EscalationDone): Escalation[] {
	if (state === null) return [];
	if (typeof state !== 'object' || typeof state.state !== 'string') {
		throw new CrmError('CRM_INVALID_TYPE', `"${target}" must be an SLA state from computeRequestSla or null.`, { field: target });
	}
	// A breach found before the warning went out makes the warning pointless: only the breach is sent.
	if (state.state === 'breached') return done === 'breach' ? [] : [{ target, level: 'breach' }];
	if (state.state === 'warning') return done === 'none' ? [{ target, level: 'warning' }] : [];
	// met and missed are finished targets (nothing left to rescue); paused clocks are not counting
	// down, so a warning waits until the customer answers; ok needs nothing.
	return [];
}

/**
 * What the scheduled escalation job has to do now for one request, response first: a warning once a
 * target enters its warning time, a breach once it is overrun, each at most once (`done` says how far
 * the job already went).
 */
export function dueEscalations(input: DueEscalationsInput): Escalation[] {
	assertObject(input, 'input');
	assertObject(input.done, 'done');
	assertChoice(input.done.response, ESCALATION_STEPS, 'done.response');
	assertChoice(input.done.resolution, ESCALATION_STEPS, 'done.resolution');
	return [...dueFor('response', input.response, input.done.response), ...dueFor('resolution', input.resolution, input.done.resolution)];
}

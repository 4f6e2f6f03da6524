import { describe, expect, test } from 'vitest';
import type { SlaState } from '../../../packages/crm-core/src/business-time/index.ts';
import { type RequestSla, type StepProgress, stepsFollowingSla } from '../../../packages/crm-core/src/service-desk/index.ts';

const state = (s: Partial<SlaState>): SlaState => ({ deadline: '2026-11-27T16:00:00.000Z', warnAt: null, elapsedMinutes: 0, remainingMinutes: 0, percentUsed: 0, state: 'ok', ...s });
const step = (s: Partial<StepProgress>): StepProgress => ({ stepId: 's', kind: 'resolution', name: 'Resolution', dueAt: null, doneAt: null, status: 'pending', detail: 'No deadline', ...s });
const sla = (response: SlaState | null, resolution: SlaState | null): RequestSla => ({ response, resolution, overall: 'ok', next: null });

describe('stepsFollowingSla', () => {
	test.each([
		['an open resolution step takes the SLA deadline', step({}), sla(null, state({})), { dueAt: '2026-11-27T16:00:00.000Z', status: 'pending', detail: 'Due with the SLA resolution target.' }],
		['it is overdue when the SLA is breached', step({}), sla(null, state({ state: 'breached' })), { status: 'overdue' }],
		['a resolution done after the deadline is late', step({ doneAt: '2026-11-27T17:00:00.000Z' }), sla(null, state({ state: 'missed' })), { status: 'late' }],
		['a first response done in time is done', step({ kind: 'first_response', doneAt: '2026-11-27T09:00:00.000Z' }), sla(state({ state: 'met' }), null), { status: 'done', detail: 'Due with the SLA response target.' }],
	] as const)('%s', (_name, input, requestSla, expected) => {
		expect(stepsFollowingSla([input], requestSla)[0]).toMatchObject(expected);
	});

	test('leaves steps with their own target, other kinds, and paused clocks as they are', () => {
		const own = step({ dueAt: '2026-11-27T10:00:00.000Z' });
		const callBack = step({ kind: 'call_back', name: 'Call back' });
		expect(stepsFollowingSla([own, callBack], sla(null, state({})))).toEqual([own, callBack]);
		expect(stepsFollowingSla([step({})], sla(null, state({ deadline: null, state: 'paused' })))).toEqual([step({})]);
	});
});

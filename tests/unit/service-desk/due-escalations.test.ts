import { describe, expect, test } from 'vitest';
import { dueEscalations, type Escalation, type EscalationDone, type SlaState, type SlaStatus } from '../../../packages/crm-core/src/index.ts';
import { bad, expectCrmError } from './desk-fixtures.ts';

/** Only the state matters to the job; the rest is what slaState would give for it. */
function sla(state: SlaStatus): SlaState {
	return { deadline: '2026-11-30T09:00:00.000Z', warnAt: '2026-11-30T08:36:00.000Z', elapsedMinutes: 0, remainingMinutes: 0, percentUsed: 0, state };
}

describe('dueEscalations for one target', () => {
	test.each<[SlaStatus | null, EscalationDone, Escalation['level'][]]>([
		[null, 'none', []],
		['ok', 'none', []],
		['warning', 'none', ['warning']],
		['warning', 'warning', []],
		['warning', 'breach', []],
		['breached', 'none', ['breach']],
		['breached', 'warning', ['breach']],
		['breached', 'breach', []],
		['paused', 'none', []],
		['paused', 'warning', []],
		['met', 'none', []],
		['met', 'warning', []],
		['missed', 'none', []],
		['missed', 'warning', []],
		['missed', 'breach', []],
	])('a %s response with %s done → %j', (state, done, levels) => {
		const expected = levels.map((level): Escalation => ({ target: 'response', level }));
		expect(dueEscalations({ response: state === null ? null : sla(state), resolution: null, done: { response: done, resolution: 'none' } })).toEqual(expected);
	});

	test.each<[SlaStatus, EscalationDone, Escalation['level'][]]>([
		['warning', 'none', ['warning']],
		['breached', 'none', ['breach']],
		['breached', 'breach', []],
		['missed', 'none', []],
	])('a %s resolution with %s done → %j', (state, done, levels) => {
		const expected = levels.map((level): Escalation => ({ target: 'resolution', level }));
		expect(dueEscalations({ response: null, resolution: sla(state), done: { response: 'none', resolution: done } })).toEqual(expected);
	});
});

describe('dueEscalations for both targets', () => {
	test('lists the response first', () => {
		expect(dueEscalations({ response: sla('breached'), resolution: sla('warning'), done: { response: 'warning', resolution: 'none' } })).toEqual([
			{ target: 'response', level: 'breach' },
			{ target: 'resolution', level: 'warning' },
		]);
	});

	test('a met response does not stop the resolution escalating', () => {
		expect(dueEscalations({ response: sla('met'), resolution: sla('breached'), done: { response: 'none', resolution: 'warning' } })).toEqual([{ target: 'resolution', level: 'breach' }]);
	});

	test.each<[string, () => unknown, string, string]>([
		['an unknown escalation step', () => dueEscalations({ response: null, resolution: null, done: { response: bad('sent'), resolution: 'none' } }), 'CRM_INVALID_CHOICE', 'done.response'],
		['no done record', () => dueEscalations({ response: null, resolution: null, done: bad(undefined) }), 'CRM_REQUIRED_FIELD', 'done'],
		['a state that is not one', () => dueEscalations({ response: null, resolution: bad('breached'), done: { response: 'none', resolution: 'none' } }), 'CRM_INVALID_TYPE', 'resolution'],
	])('refuses %s', (_, run, code, field) => expectCrmError(run, code, field));
});

import { describe, expect, test } from 'vitest';
import type { SlaState } from '../../../packages/crm-core/src/business-time/index.ts';
import { type EscalationDone, levelsBefore, nextEscalationCheck } from '../../../packages/crm-core/src/service-desk/index.ts';

const running = (warnAt: string | null, deadline: string | null, state: SlaState['state'] = 'ok'): SlaState => ({ warnAt, deadline, elapsedMinutes: 0, remainingMinutes: 0, percentUsed: 0, state });
const done = (response: EscalationDone, resolution: EscalationDone) => ({ response, resolution });

describe('nextEscalationCheck', () => {
	test.each([
		['the earliest warning of the two targets', running('2026-11-27T10:48:00Z', '2026-11-27T11:00:00Z'), running('2026-11-27T15:00:00Z', '2026-11-27T17:00:00Z'), done('none', 'none'), '2026-11-27T10:48:00Z'],
		['after the warning went out, its deadline', running('2026-11-27T10:48:00Z', '2026-11-27T11:00:00Z', 'warning'), null, done('warning', 'none'), '2026-11-27T11:00:00Z'],
		['a breached response needs nothing more; the resolution warning is next', running('2026-11-27T10:48:00Z', '2026-11-27T11:00:00Z', 'breached'), running('2026-11-27T15:00:00Z', '2026-11-27T17:00:00Z'), done('breach', 'none'), '2026-11-27T15:00:00Z'],
		['a met response and a paused resolution schedule nothing', running('2026-11-27T10:48:00Z', '2026-11-27T11:00:00Z', 'met'), running(null, null, 'paused'), done('none', 'none'), null],
		['a warning passed but not acted on is due at once (its time)', running('2026-11-27T09:00:00Z', '2026-11-27T11:00:00Z', 'warning'), null, done('none', 'none'), '2026-11-27T09:00:00Z'],
	] as const)('%s', (_name, response, resolution, escalated, expected) => {
		expect(nextEscalationCheck({ response, resolution, done: escalated })).toBe(expected);
	});
});

describe('levelsBefore', () => {
	test('a warning is claimed from none, a breach from none or warning', () => {
		expect(levelsBefore('warning')).toEqual(['none']);
		expect(levelsBefore('breach')).toEqual(['none', 'warning']);
	});
});

import { describe, expect, test } from 'vitest';
import { isContractInForce, type OverviewContractFacts, requestSlaView, summarizeService } from '../../../packages/crm-core/src/index.ts';
import { request } from './overview-fixtures.ts';

const NOW = '2026-12-07T12:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(NOW) + minutes * 60_000).toISOString();

describe('requestSlaView', () => {
	test.each([
		['waiting for its first response, 90 minutes left', { slaStatus: 'ok', responseDueAt: at(90), resolutionDueAt: at(600) }, { state: 'ok', target: 'response', due_at: at(90), minutes_left: 90 }],
		['in its warning time, part of a minute counts as none', { slaStatus: 'warning', responseDueAt: at(59.5) }, { state: 'warning', target: 'response', due_at: at(59.5), minutes_left: 59 }],
		['answered: the resolution deadline is next', { slaStatus: 'ok', firstResponseAt: at(-30), responseDueAt: at(-10), resolutionDueAt: at(240) }, { state: 'ok', target: 'resolution', due_at: at(240), minutes_left: 240 }],
		['past its deadline before the job marked it', { slaStatus: 'warning', firstResponseAt: at(-300), resolutionDueAt: at(-30) }, { state: 'breached', target: 'resolution', due_at: at(-30), minutes_left: -30 }],
		['half a minute past its deadline', { slaStatus: 'ok', responseDueAt: at(-0.5) }, { state: 'breached', target: 'response', due_at: at(-0.5), minutes_left: -1 }],
		['breached on the response, the resolution still ahead', { slaStatus: 'breached', firstResponseAt: at(-10), responseDueAt: at(-20), resolutionDueAt: at(100) }, { state: 'breached', target: 'resolution', due_at: at(100), minutes_left: 100 }],
		['paused while waiting for the customer', { slaStatus: 'paused', firstResponseAt: at(-300), resolutionDueAt: at(-30) }, { state: 'paused', target: 'resolution', due_at: at(-30), minutes_left: null }],
		['without an SLA', { slaStatus: 'none' }, { state: 'none', target: null, due_at: null, minutes_left: null }],
		['whose SLA status the caller may not read', { slaStatus: undefined, responseDueAt: at(5) }, { state: null, target: 'response', due_at: at(5), minutes_left: 5 }],
	])('a request %s', (_, overrides, expected) => {
		expect(requestSlaView(request({ id: 'r', ...overrides }), NOW)).toStrictEqual(expected);
	});
});

const contract = (overrides: Partial<OverviewContractFacts> & Pick<OverviewContractFacts, 'id'>): OverviewContractFacts => ({ code: overrides.id, level: 'standard', active: true, validFrom: null, validTo: null, ...overrides });

describe('isContractInForce', () => {
	test.each([
		['open-ended', {}, true],
		['starting today', { validFrom: '2026-12-07' }, true],
		['ending today', { validTo: '2026-12-07' }, true],
		['starting tomorrow', { validFrom: '2026-12-08' }, false],
		['ended yesterday', { validTo: '2026-12-06' }, false],
		['switched off', { active: false }, false],
		['whose active flag the caller may not read', { active: null }, true],
	])('a contract %s: %s', (_, overrides, expected) => {
		expect(isContractInForce(contract({ id: 'c', ...overrides }), '2026-12-07')).toBe(expected);
	});
});

describe('summarizeService', () => {
	test('lists contracts in force, highest level first, and open requests worst first, then by the nearest deadline', () => {
		const service = summarizeService(
			{
				contracts: [contract({ id: 'B-STD', level: 'standard' }), contract({ id: 'A-OLD', level: 'premium', validTo: '2026-01-31' }), contract({ id: 'C-PRE', level: 'premium' }), contract({ id: 'A-BAS', level: 'basic' })],
				requests: [
					request({ id: 'ok-late', slaStatus: 'ok', responseDueAt: at(300) }),
					request({ id: 'closed', status: 'closed', slaStatus: 'met' }),
					request({ id: 'ok-soon', slaStatus: 'ok', responseDueAt: at(30) }),
					request({ id: 'late', status: 'in_progress', slaStatus: 'ok', responseDueAt: at(-5) }),
					request({ id: 'resolved', status: 'resolved', slaStatus: 'met' }),
					request({ id: 'waiting', status: 'waiting_for_customer', slaStatus: 'paused', firstResponseAt: at(-60), resolutionDueAt: at(60) }),
					request({ id: 'warn', status: 'reopened', slaStatus: 'warning', responseDueAt: at(400) }),
				],
			},
			NOW,
		);
		expect(service.contracts).toStrictEqual([
			{ id: 'C-PRE', code: 'C-PRE', level: 'premium', valid_from: null, valid_to: null },
			{ id: 'B-STD', code: 'B-STD', level: 'standard', valid_from: null, valid_to: null },
			{ id: 'A-BAS', code: 'A-BAS', level: 'basic', valid_from: null, valid_to: null },
		]);
		expect(service.open_requests!.map((r) => [r.id, r.sla.state, r.sla.minutes_left])).toStrictEqual([
			['late', 'breached', -5],
			['warn', 'warning', 400],
			['ok-soon', 'ok', 30],
			['ok-late', 'ok', 300],
			['waiting', 'paused', null],
		]);
		expect(service.open_requests![0]).toStrictEqual({ id: 'late', number: 'SR-late', subject: 'Broken', status: 'in_progress', priority: 'normal', created_at: '2026-12-07T08:00:00.000Z', sla: { state: 'breached', target: 'response', due_at: at(-5), minutes_left: -5 } });
	});

	test('leaves out the part the caller may not read', () => {
		expect(summarizeService({ requests: [] }, NOW)).toStrictEqual({ open_requests: [] });
		expect(summarizeService({ contracts: [] }, NOW)).toStrictEqual({ contracts: [] });
	});
});

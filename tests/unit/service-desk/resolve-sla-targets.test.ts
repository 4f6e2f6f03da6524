import { describe, expect, test } from 'vitest';
import { type ResolvedSlaTargets, resolveSlaTargets, type SlaTargetsInput } from '../../../packages/crm-core/src/index.ts';
import { bad, contract, expectCrmError, serviceMap } from './desk-fixtures.ts';

const premium = contract({ id: 'c7', code: 'SC-0007', level: 'premium', calendarId: 'cal-24x7' });

describe('resolveSlaTargets', () => {
	test.each<[string, SlaTargetsInput, ResolvedSlaTargets]>([
		[
			'takes the contract row for the priority',
			{ priority: 'urgent', contract: premium, serviceMap: serviceMap() },
			{ source: 'contract', sourceId: 'c7', calendarId: 'cal-24x7', responseMinutes: 60, resolutionMinutes: 480, explanation: 'Contract SC-0007 (premium): urgent requests — response 60 business minutes, resolution 480 business minutes' },
		],
		[
			'falls through to the service map when the contract has no row for the priority, saying so',
			{ priority: 'low', contract: premium, serviceMap: serviceMap() },
			{
				source: 'service_map',
				sourceId: 'map-key',
				calendarId: 'cal-office',
				responseMinutes: 480,
				resolutionMinutes: null,
				explanation: 'Contract SC-0007 (premium) has no target for low requests; service map "Key accounts" (customer status key): low requests — response 480 business minutes, no resolution target',
			},
		],
		[
			'takes the service map without a contract',
			{ priority: 'normal', contract: null, serviceMap: serviceMap() },
			{ source: 'service_map', sourceId: 'map-key', calendarId: 'cal-office', responseMinutes: 120, resolutionMinutes: 960, explanation: 'Service map "Key accounts" (customer status key): normal requests — response 120 business minutes, resolution 960 business minutes' },
		],
		[
			'keeps a contract row whose targets are both empty: the contract says "no SLA" for that priority',
			{ priority: 'high', contract: contract({ code: 'SC-0002', level: 'basic', targets: [{ priority: 'high', responseMinutes: null, resolutionMinutes: null }] }), serviceMap: serviceMap() },
			{ source: 'contract', sourceId: 'c1', calendarId: null, responseMinutes: null, resolutionMinutes: null, explanation: 'Contract SC-0002 (basic): high requests — no response target, no resolution target' },
		],
		[
			'gives none when neither the contract nor the map has the priority',
			{ priority: 'high', contract: premium, serviceMap: serviceMap() },
			{ source: 'none', sourceId: null, calendarId: null, responseMinutes: null, resolutionMinutes: null, explanation: 'Contract SC-0007 (premium) has no target for high requests; service map "Key accounts" (customer status key) has no target for high requests; no SLA targets' },
		],
		[
			'gives none when the contract lacks the priority and there is no map',
			{ priority: 'low', contract: premium, serviceMap: null },
			{ source: 'none', sourceId: null, calendarId: null, responseMinutes: null, resolutionMinutes: null, explanation: 'Contract SC-0007 (premium) has no target for low requests; no service map applies; no SLA targets' },
		],
		[
			'gives none when the map alone lacks the priority',
			{ priority: 'urgent', contract: null, serviceMap: serviceMap() },
			{ source: 'none', sourceId: null, calendarId: null, responseMinutes: null, resolutionMinutes: null, explanation: 'Service map "Key accounts" (customer status key) has no target for urgent requests; no SLA targets' },
		],
		[
			'gives none without contract and map',
			{ priority: 'normal', contract: null, serviceMap: null },
			{ source: 'none', sourceId: null, calendarId: null, responseMinutes: null, resolutionMinutes: null, explanation: 'No service contract or service map applies; no SLA targets' },
		],
	])('%s', (_, input, expected) => {
		expect(resolveSlaTargets(input)).toEqual(expected);
	});
});

describe('resolveSlaTargets refuses bad input, naming the field', () => {
	test.each<[string, () => unknown, string, string]>([
		['an unknown priority', () => resolveSlaTargets({ priority: bad('asap'), contract: null, serviceMap: null }), 'CRM_INVALID_CHOICE', 'priority'],
		['a contract row with an unknown priority', () => resolveSlaTargets({ priority: 'low', contract: contract({ targets: [bad({ priority: 'p1', responseMinutes: 1, resolutionMinutes: 1 })] }), serviceMap: null }), 'CRM_INVALID_CHOICE', 'contract.targets[0].priority'],
		['a map without name', () => resolveSlaTargets({ priority: 'low', contract: null, serviceMap: serviceMap({ name: '' }) }), 'CRM_REQUIRED_FIELD', 'serviceMap.name'],
		['a map step of an unknown kind', () => resolveSlaTargets({ priority: 'low', contract: null, serviceMap: serviceMap({ steps: [bad({ id: 's1', sort: 1, kind: 'visit', name: 'Visit', targetMinutes: null })] }) }), 'CRM_INVALID_CHOICE', 'serviceMap.steps[0].kind'],
		['a map target that is text', () => resolveSlaTargets({ priority: 'low', contract: null, serviceMap: serviceMap({ targets: [bad({ priority: 'low', responseMinutes: '60', resolutionMinutes: null })] }) }), 'CRM_INVALID_TYPE', 'serviceMap.targets[0].responseMinutes'],
	])('%s', (_, run, code, field) => expectCrmError(run, code, field));
});

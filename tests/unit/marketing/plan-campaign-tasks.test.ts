import { describe, expect, test } from 'vitest';
import { type CampaignForTasks, callListCsv, CrmError, planCampaignTasks, type TaskableMember } from '../../../packages/crm-core/src/index.ts';

const TODAY = '2026-06-10';
const campaign = (over: Partial<CampaignForTasks> = {}): CampaignForTasks => ({ id: 'camp-1', status: 'running', channel: 'call', startDate: null, ...over });
const member = (id: string, rep: string | null, over: Partial<TaskableMember> = {}): TaskableMember => ({ id, rep, taskState: null, touched: false, ...over });

function errorOf(run: () => unknown): { code: string; details: unknown } {
	try {
		run();
	} catch (error) {
		if (error instanceof CrmError) return { code: error.code, details: error.details };
		throw error;
	}
	throw new Error('expected a CrmError');
}

describe('planCampaignTasks', () => {
	test('gives each untouched member to their customer\'s rep, and counts who is left out and why', () => {
		const plan = planCampaignTasks(campaign(), [member('m1', 'rita'), member('m2', 'rita'), member('m3', 'tom'), member('m4', null), member('m5', 'tom', { taskState: 'open' }), member('m6', 'tom', { touched: true })], {}, TODAY);
		expect(plan).toEqual({ due: TODAY, byRep: new Map([['rita', ['m1', 'm2']], ['tom', ['m3']]]), leftOut: { noRep: 1, alreadyTasks: 1, alreadyReached: 1 } });
	});

	test.each<[string | null, unknown, string]>([
		[null, undefined, TODAY],
		['2026-06-20', undefined, '2026-06-20'],
		['2026-06-01', undefined, TODAY],
		['2026-06-20', '2026-06-12', '2026-06-12'],
		[null, TODAY, TODAY],
	])('campaign starting %s, due asked %s: due %s', (startDate, due, expected) => {
		expect(planCampaignTasks(campaign({ startDate }), [], { due }, TODAY).due).toBe(expected);
	});

	test.each<[Partial<CampaignForTasks>, unknown, string, unknown]>([
		[{ channel: 'email' }, undefined, 'CRM_CAMPAIGN_NO_TASKS', { campaign: 'camp-1', reason: 'not_call_or_visit' }],
		[{ channel: null }, undefined, 'CRM_CAMPAIGN_NO_TASKS', { campaign: 'camp-1', reason: 'not_call_or_visit' }],
		[{ status: 'finished' }, undefined, 'CRM_CAMPAIGN_NO_TASKS', { campaign: 'camp-1', reason: 'closed' }],
		[{ status: 'cancelled', channel: 'visit' }, undefined, 'CRM_CAMPAIGN_NO_TASKS', { campaign: 'camp-1', reason: 'closed' }],
		[{}, '2026-06-09', 'CRM_OUT_OF_RANGE', { field: 'due' }],
		[{}, '2026-02-30', 'CRM_INVALID_FORMAT', { field: 'due' }],
		[{}, 20260612, 'CRM_INVALID_FORMAT', { field: 'due' }],
	])('refuses %o with due %s: %s', (over, due, code, details) => {
		expect(errorOf(() => planCampaignTasks(campaign(over), [member('m1', 'rita')], { due }, TODAY))).toEqual({ code, details });
	});
});

describe('callListCsv', () => {
	test('writes words, not codes, and quotes what needs quoting', () => {
		const csv = callListCsv([
			{ customer: 'Müller, Schmidt & Co', contact: 'Anna "Ann" Berg', phone: '+49 30 1234', mobile: null, email: 'anna@example.test', rep: 'Rita Rep', due: '2026-06-12', task: 'open', lastTouch: null, offer: 'SPRING10 — Spring 10 %' },
			{ customer: 'Nordlicht', contact: 'Ole', phone: null, mobile: '+47 99', email: null, rep: 'Tom', due: '2026-06-12', task: 'done', lastTouch: 'responded', offer: null },
		]);
		expect(csv).toBe(
			'Customer,Contact,Phone,Mobile,E-mail,Rep,Due,Task,Last outcome,Offer\r\n' +
				'"Müller, Schmidt & Co","Anna ""Ann"" Berg",+49 30 1234,,anna@example.test,Rita Rep,2026-06-12,To do,,SPRING10 — Spring 10 %\r\n' +
				'Nordlicht,Ole,,+47 99,,Tom,2026-06-12,Done,Responded,\r\n',
		);
	});
});

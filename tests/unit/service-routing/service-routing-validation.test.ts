import { describe, expect, test } from 'vitest';
import { assertValidClassificationRule, assignRequest, classifyRequest, reroutePlan } from '../../../packages/crm-core/src/service-routing/index.ts';
import { inbound, NOW, routed, rule, specialist } from './routing-fixtures.ts';

type Case = [string, () => unknown, string, string];

function expectError(run: () => unknown, code: string, field: string): void {
	let error: unknown = null;
	try {
		run();
	} catch (e) {
		error = e;
	}
	expect(error).toMatchObject({ name: 'CrmError', code, details: expect.objectContaining({ field }) });
}

// What TypeScript would refuse, as JSON from a client can carry it.
const bad = (value: unknown): never => value as never;

describe('classifyRequest refuses bad input, naming the field', () => {
	test.each<Case>([
		['no subject', () => classifyRequest(inbound({ subject: bad(undefined) }), []), 'CRM_REQUIRED_FIELD', 'request.subject'],
		['a numeric subject', () => classifyRequest(inbound({ subject: bad(5) }), []), 'CRM_INVALID_TYPE', 'request.subject'],
		['a missing description', () => classifyRequest(inbound({ description: bad(undefined) }), []), 'CRM_REQUIRED_FIELD', 'request.description'],
		['an empty channel', () => classifyRequest(inbound({ channel: '' }), []), 'CRM_REQUIRED_FIELD', 'request.channel'],
		['a missing product', () => classifyRequest(inbound({ productId: bad(undefined) }), []), 'CRM_REQUIRED_FIELD', 'request.productId'],
		['groups as text', () => classifyRequest(inbound({ productGroupIds: bad('G1') }), []), 'CRM_INVALID_TYPE', 'request.productGroupIds'],
		['an empty group id', () => classifyRequest(inbound({ productGroupIds: ['G1', ''] }), []), 'CRM_REQUIRED_FIELD', 'request.productGroupIds[1]'],
		['an unknown priority', () => classifyRequest(inbound({ priority: bad('asap') }), []), 'CRM_INVALID_CHOICE', 'request.priority'],
		['an unknown default priority', () => classifyRequest(inbound(), [], { defaultPriority: bad('asap') }), 'CRM_INVALID_CHOICE', 'defaultPriority'],
		['rules that are not a list', () => classifyRequest(inbound(), bad({})), 'CRM_INVALID_TYPE', 'rules'],
		['a rule without code', () => classifyRequest(inbound(), [rule({ code: 'A' }), { ...rule({ code: 'B' }), code: bad(undefined) }]), 'CRM_REQUIRED_FIELD', 'rules[1].code'],
		['a fractional rule priority', () => classifyRequest(inbound(), [rule({ code: 'A', priority: 1.5 })]), 'CRM_INVALID_TYPE', 'rules[0].priority'],
		['active as text', () => classifyRequest(inbound(), [rule({ code: 'A', active: bad('yes') })]), 'CRM_INVALID_TYPE', 'rules[0].active'],
		['no match', () => classifyRequest(inbound(), [rule({ code: 'A', match: bad(null) })]), 'CRM_REQUIRED_FIELD', 'rules[0].match'],
		['a keyword of punctuation', () => classifyRequest(inbound(), [rule({ code: 'A', match: { keywordsAny: ['ok', '!!!'] } })]), 'CRM_INVALID_FORMAT', 'rules[0].match.keywordsAny[1]'],
		['channels as text', () => classifyRequest(inbound(), [rule({ code: 'A', match: { channels: bad('email') } })]), 'CRM_INVALID_TYPE', 'rules[0].match.channels'],
		['an unknown priority to set', () => classifyRequest(inbound(), [rule({ code: 'A', set: { priority: bad('asap') } })]), 'CRM_INVALID_CHOICE', 'rules[0].set.priority'],
		['a skill level of 6', () => classifyRequest(inbound(), [rule({ code: 'A', set: { requiredSkills: [{ skillId: 'db', minLevel: 6 }] } })]), 'CRM_OUT_OF_RANGE', 'rules[0].set.requiredSkills[0].minLevel'],
		['a skill level of 0', () => classifyRequest(inbound(), [rule({ code: 'A', set: { requiredSkills: [{ skillId: 'db', minLevel: 0 }] } })]), 'CRM_OUT_OF_RANGE', 'rules[0].set.requiredSkills[0].minLevel'],
		['a skill without id', () => classifyRequest(inbound(), [rule({ code: 'A', set: { requiredSkills: [bad({ minLevel: 1 })] } })]), 'CRM_REQUIRED_FIELD', 'rules[0].set.requiredSkills[0].skillId'],
		['a single rule checked on save', () => assertValidClassificationRule({ ...rule({ code: 'A' }), name: '' }), 'CRM_REQUIRED_FIELD', 'rule.name'],
	])('%s', (_label, run, code, field) => expectError(run, code, field));
});

describe('assignRequest and reroutePlan refuse bad input, naming the field', () => {
	const assign = (overrides: Record<string, unknown>) => () => assignRequest({ request: routed(), specialists: [specialist({ id: 'ann' })], now: NOW, ...overrides });
	const withSpecialist = (overrides: Record<string, unknown>) => assign({ specialists: [specialist({ id: 'ann' }), { ...specialist({ id: 'bob' }), ...overrides }] });
	test.each<Case>([
		['an empty request id', assign({ request: routed({ id: '' }) }), 'CRM_REQUIRED_FIELD', 'request.id'],
		['no priority', assign({ request: routed({ priority: bad(undefined) }) }), 'CRM_REQUIRED_FIELD', 'request.priority'],
		['an unknown priority', assign({ request: routed({ priority: bad('asap') }) }), 'CRM_INVALID_CHOICE', 'request.priority'],
		['a fractional skill level', assign({ request: routed({ requiredSkills: [{ skillId: 'db', minLevel: 2.5 }] }) }), 'CRM_INVALID_TYPE', 'request.requiredSkills[0].minLevel'],
		['a forgotten team', assign({ request: routed({ teamId: bad(undefined) }) }), 'CRM_REQUIRED_FIELD', 'request.teamId'],
		['a time that is not one', assign({ now: 'yesterday' }), 'CRM_INVALID_FORMAT', 'now'],
		['a time without a zone', assign({ now: '2026-05-04T09:00:00' }), 'CRM_INVALID_FORMAT', 'now'],
		['a day that does not exist', assign({ now: '2026-02-30T09:00:00Z' }), 'CRM_INVALID_FORMAT', 'now'],
		['no time', assign({ now: undefined }), 'CRM_REQUIRED_FIELD', 'now'],
		['an unknown explanation mode', assign({ explain: 'verbose' }), 'CRM_INVALID_CHOICE', 'explain'],
		['specialists that are not a list', assign({ specialists: 'ann' }), 'CRM_INVALID_TYPE', 'specialists'],
		['a capacity of 0', withSpecialist({ capacity: 0 }), 'CRM_OUT_OF_RANGE', 'specialists[1].capacity'],
		['a capacity as text', withSpecialist({ capacity: '8' }), 'CRM_INVALID_TYPE', 'specialists[1].capacity'],
		['a skill level of 6', withSpecialist({ skills: [{ skillId: 'db', level: 6 }] }), 'CRM_OUT_OF_RANGE', 'specialists[1].skills[0].level'],
		['a load of an unknown priority', withSpecialist({ load: [{ priority: 'asap', count: 1 }] }), 'CRM_INVALID_CHOICE', 'specialists[1].load[0].priority'],
		['a negative load', withSpecialist({ load: [{ priority: 'low', count: -1 }] }), 'CRM_OUT_OF_RANGE', 'specialists[1].load[0].count'],
		['no availability', withSpecialist({ available: undefined }), 'CRM_REQUIRED_FIELD', 'specialists[1].available'],
		['teams as text', withSpecialist({ teamIds: 'support' }), 'CRM_INVALID_TYPE', 'specialists[1].teamIds'],
		['an absence end that is not a time', withSpecialist({ absentUntil: 'soon' }), 'CRM_INVALID_FORMAT', 'specialists[1].absentUntil'],
		['a last assignment without a time', withSpecialist({ lastAssignedAt: '2026-05-04' }), 'CRM_INVALID_FORMAT', 'specialists[1].lastAssignedAt'],
		['an id given twice', withSpecialist({ id: 'ann' }), 'CRM_INVALID_FORMAT', 'specialists[1].id'],
		['a weight of 0', assign({ weights: { urgent: 0 } }), 'CRM_OUT_OF_RANGE', 'weights.urgent'],
		['a weight of an unknown priority', assign({ weights: { asap: 3 } }), 'CRM_INVALID_CHOICE', 'weights.asap'],
		['an open request without creation time', () => reroutePlan([{ ...routed(), createdAt: bad(undefined) }], [specialist({ id: 'ann' })], 'ann', { now: NOW }), 'CRM_REQUIRED_FIELD', 'openRequests[0].createdAt'],
		['an open request with a bad skill', () => reroutePlan([{ ...routed({ requiredSkills: bad([{ skillId: 'db' }]) }), createdAt: NOW }], [specialist({ id: 'ann' })], 'ann', { now: NOW }), 'CRM_REQUIRED_FIELD', 'openRequests[0].requiredSkills[0].minLevel'],
	])('%s', (_label, run, code, field) => expectError(run, code, field));
});

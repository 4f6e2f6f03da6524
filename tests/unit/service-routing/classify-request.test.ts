import { describe, expect, test } from 'vitest';
import { classifyRequest, compileClassificationRules } from '../../../packages/crm-core/src/service-routing/index.ts';
import { inbound, rule } from './routing-fixtures.ts';

const HIGH = { priority: 'high' } as const;

describe('classifyRequest: keywords', () => {
	test.each([
		['refund', 'Refund please', '', true, 'case is ignored'],
		['Refund', 'WHERE IS MY REFUND', '', true, 'case is ignored both ways'],
		['refund', 'refunds are late', '', false, 'a longer word is not the keyword'],
		['refund', 'nonrefundable', '', false, 'nor a word containing it'],
		['refund', 'About the refund.', '', true, 'punctuation ends a word'],
		['refund', 'Hi', 'I want my money back (refund)!', true, 'the description counts too'],
		['refund', 'Re', 'fund transfer', false, 'subject and description do not run into one word'],
		['café', 'Cafe machine broken', '', true, 'accents in the keyword are ignored'],
		['cafe', 'CAFÉ MACHINE', '', true, 'accents in the text are ignored'],
		['straße', 'Strasse 5 is wrong', '', true, 'ß is ss'],
		['søren', 'Call Soren', '', true, 'ø is o'],
		['счёт', 'Счет не пришёл', '', true, 'Cyrillic ё is е'],
		['password reset', 'Password-reset link expired', '', true, 'a phrase matches across punctuation'],
		['password reset', 'reset password', '', false, 'a phrase keeps its word order'],
		['4k', 'My 4K screen flickers', '', true, 'digits are part of words'],
	])('%s in "%s" / "%s" → %s (%s)', (keyword, subject, description, matches) => {
		const result = classifyRequest(inbound({ subject, description }), [rule({ code: 'KW', match: { keywordsAny: ['unrelated', keyword] }, set: HIGH })]);
		expect(result.trace[0]!.outcome).toBe(matches ? 'applied' : 'not_matched');
		expect(result.priority).toBe(matches ? 'high' : 'normal');
	});

	test('names the keyword that matched, or all of them when none did', () => {
		const rules = [rule({ code: 'KW', match: { keywordsAny: ['refund', 'chargeback'] }, set: HIGH })];
		expect(classifyRequest(inbound({ subject: 'Chargeback!' }), rules).trace[0]!.detail).toBe('matched keyword "chargeback"; sets priority high');
		expect(classifyRequest(inbound({ subject: 'Hello' }), rules).trace[0]!.detail).toBe('not matched: none of the keywords "refund", "chargeback" is in the subject or description');
	});

	test('reads a missing description as empty', () => {
		const rules = [rule({ code: 'KW', match: { keywordsAny: ['refund'] }, set: HIGH })];
		expect(classifyRequest(inbound({ subject: 'refund', description: null }), rules).priority).toBe('high');
	});
});

describe('classifyRequest: product, group, category, channel and customer status', () => {
	const rules = [
		rule({ code: 'PRODUCT', priority: 1, match: { productIds: ['router-x'] }, set: { typeId: 'hardware' } }),
		rule({ code: 'GROUP', priority: 2, match: { productGroupIds: ['network', 'storage'] }, set: { categoryId: 'infrastructure' } }),
		rule({ code: 'CATEGORY', priority: 3, match: { categoryIds: ['billing'] }, set: { typeId: 'finance' } }),
		rule({ code: 'PHONE', priority: 4, match: { channels: ['phone'] }, set: { priority: 'high' } }),
		rule({ code: 'KEY', priority: 5, match: { customerStatuses: ['key'] }, set: { priority: 'urgent' } }),
	];
	const byCode = (result: ReturnType<typeof classifyRequest>) => Object.fromEntries(result.trace.map((t) => [t.code, t.detail]));

	test.each([
		[{ productId: 'router-x' }, 'PRODUCT', 'matched product router-x; sets type hardware'],
		[{ productId: 'router-y' }, 'PRODUCT', 'not matched: product router-y is not one of router-x'],
		[{ productId: null }, 'PRODUCT', 'not matched: no product; needs one of router-x'],
		[{ productGroupIds: ['office', 'storage'] }, 'GROUP', 'matched product group storage; sets category infrastructure'],
		[{ productGroupIds: ['office'] }, 'GROUP', 'not matched: product group office is not one of network, storage'],
		[{ productGroupIds: ['office', 'toys'] }, 'GROUP', 'not matched: none of the product groups office, toys is one of network, storage'],
		[{ productGroupIds: [] }, 'GROUP', 'not matched: no product group; needs one of network, storage'],
		[{ categoryId: 'billing' }, 'CATEGORY', 'matched category billing; sets type finance'],
		[{ categoryId: 'hardware' }, 'CATEGORY', 'not matched: category hardware is not one of billing'],
		[{ channel: 'phone' }, 'PHONE', 'matched channel phone; sets priority high'],
		[{ channel: 'email' }, 'PHONE', 'not matched: channel email is not one of phone'],
		[{ customerStatus: 'key' }, 'KEY', 'matched customer status key; sets priority urgent'],
		[{ customerStatus: null }, 'KEY', 'not matched: no customer status; needs one of key'],
	])('%j → %s: %s', (request, code, detail) => {
		expect(byCode(classifyRequest(inbound(request), rules))[code]).toBe(detail);
	});

	test('needs every condition of a rule, naming the first that fails in the order channel, status, category, product, group, keywords', () => {
		const strict = [rule({ code: 'ALL', match: { channels: ['phone'], customerStatuses: ['key'], keywordsAny: ['outage'] }, set: HIGH })];
		const phoneKey = { channel: 'phone', customerStatus: 'key' };
		expect(classifyRequest(inbound({ ...phoneKey, subject: 'Outage' }), strict).trace[0]!.detail).toBe('matched channel phone, customer status key, keyword "outage"; sets priority high');
		expect(classifyRequest(inbound({ channel: 'email', customerStatus: null, subject: 'Outage' }), strict).trace[0]!.detail).toBe('not matched: channel email is not one of phone');
		expect(classifyRequest(inbound({ ...phoneKey, customerStatus: 'regular', subject: 'Outage' }), strict).trace[0]!.detail).toBe('not matched: customer status regular is not one of key');
		expect(classifyRequest(inbound({ ...phoneKey, subject: 'Hello' }), strict).trace[0]!.outcome).toBe('not_matched');
	});

	test('treats a missing or empty list as no condition', () => {
		const open = [rule({ code: 'ANY', match: { channels: [], keywordsAny: [] }, set: HIGH })];
		expect(classifyRequest(inbound(), open).trace[0]!.detail).toBe('matched (no conditions); sets priority high');
	});

	test('matches on the request as it arrived, not on what earlier rules set', () => {
		const chained = [
			rule({ code: 'INVOICE', priority: 1, match: { keywordsAny: ['invoice'] }, set: { categoryId: 'billing' } }),
			rule({ code: 'BILLING', priority: 2, match: { categoryIds: ['billing'] }, set: { requiredSkills: [{ skillId: 'finance', minLevel: 2 }] } }),
		];
		const result = classifyRequest(inbound({ subject: 'Invoice missing' }), chained);
		expect(result.categoryId).toBe('billing');
		expect(result.requiredSkills).toEqual([]);
		expect(result.trace[1]!.detail).toBe('not matched: no category; needs one of billing');
	});
});

describe('classifyRequest: precedence and skills', () => {
	const rules = [
		rule({ code: 'B-LATER', priority: 20, set: { priority: 'low', categoryId: 'general', requiredSkills: [{ skillId: 'db', minLevel: 4 }] } }),
		rule({ code: 'A-FIRST', priority: 10, set: { typeId: 'incident', priority: 'high', requiredSkills: [{ skillId: 'net', minLevel: 1 }, { skillId: 'db', minLevel: 2 }] } }),
		rule({ code: 'C-TYPE', priority: 30, set: { typeId: 'question' } }),
		rule({ code: 'D-OFF', priority: 5, active: false, set: { priority: 'urgent', requiredSkills: [{ skillId: 'db', minLevel: 5 }] } }),
		rule({ code: 'E-MISS', priority: 1, match: { channels: ['chat'] }, set: { priority: 'urgent', typeId: 'chat' } }),
		rule({ code: 'F-EMPTY', priority: 40 }),
	];

	test('gives each field to the first matching rule that sets it, later rules filling the rest', () => {
		const result = classifyRequest(inbound(), rules);
		expect(result).toMatchObject({ typeId: 'incident', categoryId: 'general', priority: 'high', sources: { typeId: 'a-first', categoryId: 'b-later', priority: 'a-first' } });
		expect(result.trace.map((t) => [t.code, t.outcome, t.set, t.overridden])).toEqual([
			['E-MISS', 'not_matched', [], []],
			['D-OFF', 'inactive', [], []],
			['A-FIRST', 'applied', ['typeId', 'priority', 'requiredSkills'], []],
			['B-LATER', 'applied', ['categoryId', 'requiredSkills'], [{ field: 'priority', by: 'A-FIRST' }]],
			['C-TYPE', 'overridden', [], [{ field: 'typeId', by: 'A-FIRST' }]],
			['F-EMPTY', 'no_effect', [], []],
		]);
		expect(result.trace[3]!.detail).toBe('matched (no conditions); sets category general; priority low not set: A-FIRST set priority first; requires db ≥ 4');
		expect(result.trace[5]!.detail).toBe('matched (no conditions); sets nothing');
	});

	test('merges the skills of all matching rules, keeping the highest level per skill, by skill id', () => {
		expect(classifyRequest(inbound(), rules).requiredSkills).toEqual([
			{ skillId: 'db', minLevel: 4 },
			{ skillId: 'net', minLevel: 1 },
		]);
		const twice = [rule({ code: 'TWICE', set: { requiredSkills: [{ skillId: 'db', minLevel: 3 }, { skillId: 'db', minLevel: 1 }] } })];
		expect(classifyRequest(inbound(), twice).requiredSkills).toEqual([{ skillId: 'db', minLevel: 3 }]);
	});

	test('orders rules of equal priority by code, whatever order they come in', () => {
		const tie = [rule({ code: 'ZULU', priority: 1, set: { typeId: 'z' } }), rule({ code: 'ALPHA', priority: 1, set: { typeId: 'a' } })];
		expect(classifyRequest(inbound(), tie).typeId).toBe('a');
		expect(classifyRequest(inbound(), [...tie].reverse())).toEqual(classifyRequest(inbound(), tie));
		expect(classifyRequest(inbound(), [...rules].reverse())).toEqual(classifyRequest(inbound(), rules));
	});

	test('falls back to normal priority, or the given default, when nobody sets one', () => {
		expect(classifyRequest(inbound(), [])).toEqual({ typeId: null, categoryId: null, priority: 'normal', requiredSkills: [], sources: { typeId: null, categoryId: null, priority: 'default' }, trace: [] });
		expect(classifyRequest(inbound(), [], { defaultPriority: 'low' }).priority).toBe('low');
	});

	test('gives the same result from a compiled rule set', () => {
		const compiled = compileClassificationRules(rules);
		expect(classifyRequest(inbound(), compiled)).toEqual(classifyRequest(inbound(), rules));
	});
});

describe('classifyRequest: values the request brings', () => {
	const rules = [
		rule({ code: 'URGENT', priority: 1, match: { keywordsAny: ['down'] }, set: { priority: 'urgent', categoryId: 'outage', typeId: 'incident', requiredSkills: [{ skillId: 'ops', minLevel: 3 }] } }),
		rule({ code: 'BILLING-CAT', priority: 2, match: { categoryIds: ['billing'] }, set: { requiredSkills: [{ skillId: 'finance', minLevel: 2 }] } }),
	];

	test('keep a priority, category and type the client gave, and the trace says which rule they overrode', () => {
		const result = classifyRequest(inbound({ subject: 'Portal down', priority: 'low', categoryId: 'billing', typeId: 'question' }), rules);
		expect(result).toMatchObject({ typeId: 'question', categoryId: 'billing', priority: 'low', sources: { typeId: 'request', categoryId: 'request', priority: 'request' } });
		expect(result.trace[0]).toMatchObject({
			outcome: 'applied',
			set: ['requiredSkills'],
			overridden: [
				{ field: 'typeId', by: 'request' },
				{ field: 'categoryId', by: 'request' },
				{ field: 'priority', by: 'request' },
			],
		});
		expect(result.trace[0]!.detail).toBe(
			"matched keyword \"down\"; type incident not set: the request's own type question wins; category outage not set: the request's own category billing wins; priority urgent not set: the request's own priority low wins; requires ops ≥ 3",
		);
		// The client's category is also what category rules match.
		expect(result.requiredSkills).toEqual([
			{ skillId: 'finance', minLevel: 2 },
			{ skillId: 'ops', minLevel: 3 },
		]);
	});

	test('treat a null priority or type as not given', () => {
		const result = classifyRequest(inbound({ subject: 'Portal down', priority: null, typeId: null }), rules);
		expect(result).toMatchObject({ typeId: 'incident', priority: 'urgent', sources: { typeId: 'urgent', priority: 'urgent' } });
	});

	test('make a rule that only sets given fields overridden', () => {
		const result = classifyRequest(inbound({ priority: 'high' }), [rule({ code: 'P', set: { priority: 'low' } })]);
		expect(result.trace[0]).toMatchObject({ outcome: 'overridden', overridden: [{ field: 'priority', by: 'request' }] });
	});
});

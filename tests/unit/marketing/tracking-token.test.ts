import { describe, expect, test } from 'vitest';
import { CrmError, makeTrackingToken, readTrackingToken, trackingDedupeKey, type TrackingPayload } from '../../../packages/crm-core/src/index.ts';
import { expectCrmError, MEMBER, sign, thrown } from './marketing-fixtures.ts';

const open: TrackingPayload = { member: MEMBER, action: 'open' };
const unsubscribe: TrackingPayload = { member: MEMBER, action: 'unsubscribe' };
const click: TrackingPayload = { member: MEMBER, action: 'click', index: 2, url: 'https://shop.example/spring?a=1&b=2' };

const encode = (body: unknown) => Buffer.from(JSON.stringify(body)).toString('base64url');
/** A token this CRM signed over any body, to reach the checks after the signature. */
const signed = (encoded: string) => `${encoded}.${sign(encoded)}`;
const expectInvalid = (token: string, action: TrackingPayload['action']) => expectCrmError(() => readTrackingToken(token, sign, action), 'CRM_TRACKING_TOKEN_INVALID');

describe('makeTrackingToken', () => {
	test.each<[string, TrackingPayload, unknown[]]>([
		['an open', open, [MEMBER, 'o']],
		['an unsubscribe', unsubscribe, [MEMBER, 'u']],
		['a click', click, [MEMBER, 'c', 2, 'https://shop.example/spring?a=1&b=2']],
	])('writes %s as the base64url JSON of its short form, a dot and its signature', (_, payload, body) => {
		expect(makeTrackingToken(payload, sign)).toBe(signed(encode(body)));
	});

	test('makes a token that fits in a URL path: base64url characters and one dot', () => {
		expect(makeTrackingToken({ ...click, url: 'https://shop.example/grüße?q=ü+ß/~' }, sign)).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
	});
});

describe('readTrackingToken', () => {
	test.each<[string, TrackingPayload]>([
		['an open', open],
		['an unsubscribe', unsubscribe],
		['a click', click],
		['a click on an address with non-ASCII characters', { member: MEMBER, action: 'click', index: 0, url: 'http://shop.example/grüße?q=€' }],
		['an open of a member written in upper case', { member: MEMBER.toUpperCase(), action: 'open' }],
	])('reads back %s it made', (_, payload) => {
		expect(readTrackingToken(makeTrackingToken(payload, sign), sign, payload.action)).toEqual(payload);
	});

	test('refuses a token another key signed', () => {
		const other = (data: string) => sign(`other:${data}`);
		const error = thrown(() => readTrackingToken(makeTrackingToken(open, other), sign, 'open'));
		expect(error).toBeInstanceOf(CrmError);
		expect(error).toMatchObject({ code: 'CRM_TRACKING_TOKEN_INVALID', message: 'This link was not made by this CRM or has been changed.' });
	});

	test.each<[string, (token: string) => string]>([
		['a forged signature', (t) => `${t.split('.')[0]}.${sign('something else')}`],
		['a signature cut short', (t) => t.slice(0, -1)],
		['a signature one character longer', (t) => `${t}A`],
		['a signature with one character changed', (t) => t.slice(0, -1) + (t.endsWith('A') ? 'B' : 'A')],
		['a payload for another member under the old signature', (t) => `${encode(['11111111-2222-4333-8444-555555555555', 'c', 2, click.url])}.${t.split('.')[1]}`],
		['a payload for another link under the old signature', (t) => `${encode([MEMBER, 'c', 3, click.url])}.${t.split('.')[1]}`],
		['no signature', (t) => t.split('.')[0]!],
		['an empty signature', (t) => `${t.split('.')[0]}.`],
		['an empty payload', (t) => `.${t.split('.')[1]}`],
		['an extra dot and part', (t) => `${t}.x`],
		['an extra trailing dot', (t) => `${t}.`],
	])('refuses a click token with %s', (_, tamper) => {
		expectInvalid(tamper(makeTrackingToken(click, sign)), 'click');
	});

	test.each<[string, string]>([
		['an empty string', ''],
		['a dot', '.'],
		['garbage', 'garbage'],
		['garbage with a dot', 'not.a-token'],
	])('refuses %s', (_, token) => {
		for (const action of ['open', 'click', 'unsubscribe'] as const) expectInvalid(token, action);
	});

	test('refuses a token longer than 4096 characters, even one signed here', () => {
		const long = makeTrackingToken({ ...click, url: `https://shop.example/${'a'.repeat(3_000)}` }, sign);
		const short = makeTrackingToken({ ...click, url: `https://shop.example/${'a'.repeat(2_900)}` }, sign);
		expect([long.length > 4_096, short.length <= 4_096]).toEqual([true, true]);
		expectInvalid(long, 'click');
		expect(readTrackingToken(short, sign, 'click')).toMatchObject({ index: 2 });
	});

	test.each<[string, TrackingPayload, TrackingPayload['action']]>([
		['open', open, 'click'],
		['open', open, 'unsubscribe'],
		['unsubscribe', unsubscribe, 'open'],
		['unsubscribe', unsubscribe, 'click'],
		['click', click, 'open'],
		['click', click, 'unsubscribe'],
	])('refuses a signed %s token read as %s', (_, payload, expected) => {
		expectInvalid(makeTrackingToken(payload, sign), expected);
	});

	test.each<[string, string, TrackingPayload['action']]>([
		['a body that is not base64', signed('!!!'), 'open'],
		['a body that is not JSON', signed(Buffer.from('not json').toString('base64url')), 'open'],
		['a body that is not UTF-8', signed(Buffer.from([0xff, 0xfe, 0xfd]).toString('base64url')), 'open'],
		['a body that is not a list', signed(encode({ member: MEMBER, action: 'o' })), 'open'],
		['a member that is not a UUID', signed(encode(['abc', 'o'])), 'open'],
		['a member that is a number', signed(encode([42, 'u'])), 'unsubscribe'],
		['an unknown action code', signed(encode([MEMBER, 'x'])), 'open'],
		['a click without index or address', signed(encode([MEMBER, 'c'])), 'click'],
		['a click with a fractional index', signed(encode([MEMBER, 'c', 1.5, click.url])), 'click'],
		['a click with the index as text', signed(encode([MEMBER, 'c', '1', click.url])), 'click'],
		['a click to a javascript: address', signed(encode([MEMBER, 'c', 0, 'javascript:alert(1)'])), 'click'],
		['a click to a relative address', signed(encode([MEMBER, 'c', 0, '//evil.example'])), 'click'],
		['a click with the address not text', signed(encode([MEMBER, 'c', 0, null])), 'click'],
	])('refuses a token signed here with %s', (_, token, action) => {
		expectInvalid(token, action);
	});
});

describe('trackingDedupeKey', () => {
	test.each<[string, TrackingPayload, string]>([
		['an open', open, `opened:${MEMBER}`],
		['an unsubscribe', unsubscribe, `unsubscribed:${MEMBER}`],
		['a click on the third link', click, `clicked:${MEMBER}:2`],
		['a click on the first link', { ...click, index: 0, url: 'https://other.example' }, `clicked:${MEMBER}:0`],
	])('keys %s as %s', (_, payload, key) => {
		expect(trackingDedupeKey(payload)).toBe(key);
	});

	test('keys two clicks on the same link alike and clicks on different links apart', () => {
		expect(trackingDedupeKey({ ...click, url: 'https://a.example' })).toBe(trackingDedupeKey({ ...click, url: 'https://b.example' }));
		expect(trackingDedupeKey({ ...click, index: 3 })).not.toBe(trackingDedupeKey(click));
	});
});

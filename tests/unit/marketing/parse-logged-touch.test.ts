import { describe, expect, test } from 'vitest';
import { LOGGED_TOUCH_BODY, LOGGED_TOUCH_KINDS, parseLoggedTouch } from '../../../packages/crm-core/src/index.ts';
import { expectCrmError, thrown } from './marketing-fixtures.ts';

const NOW = new Date('2026-11-17T12:00:00.000Z');
const later = (ms: number) => new Date(NOW.getTime() + ms).toISOString();

describe('parseLoggedTouch: kind', () => {
	test('logs only what staff see: delivered, responded and converted', () => {
		expect(LOGGED_TOUCH_KINDS).toEqual(['delivered', 'responded', 'converted']);
		expect(LOGGED_TOUCH_BODY).toMatchObject({ required: ['kind'], additionalProperties: false, properties: { kind: { enum: ['delivered', 'responded', 'converted'] } } });
	});

	test.each(LOGGED_TOUCH_KINDS.map((k) => [k]))('accepts the kind %s, at now and without outcome by default', (kind) => {
		expect(parseLoggedTouch({ kind }, NOW)).toEqual({ kind, at: NOW, outcome: null });
	});

	test.each<[string, unknown]>([
		['sent, which the CRM records itself', 'sent'],
		['opened', 'opened'],
		['clicked', 'clicked'],
		['unsubscribed', 'unsubscribed'],
		['a kind in capitals', 'Delivered'],
		['an empty kind', ''],
		['a number', 1],
		['null', null],
		['a list', ['delivered']],
	])('refuses %s as kind, naming the field "kind"', (_, kind) => {
		expectCrmError(() => parseLoggedTouch({ kind }, NOW), 'CRM_INVALID_PAYLOAD', { field: 'kind' });
	});

	test('refuses a touch without a kind, naming the field "kind"', () => {
		expectCrmError(() => parseLoggedTouch({ outcome: 'Reached' }, NOW), 'CRM_INVALID_PAYLOAD', { field: 'kind' });
	});
});

describe('parseLoggedTouch: body', () => {
	test.each<[string, unknown]>([
		['null', null],
		['undefined', undefined],
		['an array', [{ kind: 'delivered' }]],
		['a string', 'delivered'],
		['a number', 42],
	])('refuses %s as body with CRM_INVALID_PAYLOAD', (_, body) => {
		expectCrmError(() => parseLoggedTouch(body, NOW), 'CRM_INVALID_PAYLOAD');
	});

	test.each([
		[{ kind: 'delivered', note: 'x' }, 'note'],
		[{ kind: 'delivered', occurred_at: later(-1_000) }, 'occurred_at'],
		[{ kind: 'delivered', member: 'm-1' }, 'member'],
		// An unknown field is named before a wrong kind.
		[{ kind: 'sent', campaign: 'c-1' }, 'campaign'],
	])('refuses an unknown field, naming it: %j', (body, field) => {
		expectCrmError(() => parseLoggedTouch(body, NOW), 'CRM_INVALID_PAYLOAD', { field });
	});
});

describe('parseLoggedTouch: at', () => {
	test.each([
		['2026-11-17T10:30:00Z', '2026-11-17T10:30:00.000Z'],
		['2026-11-17T10:30:00.250Z', '2026-11-17T10:30:00.250Z'],
		['2026-11-17T11:30:00+01:00', '2026-11-17T10:30:00.000Z'],
		['2026-11-17T07:30:00-03:00', '2026-11-17T10:30:00.000Z'],
		['2019-01-01T00:00:00Z', '2019-01-01T00:00:00.000Z'],
	])('accepts the instant %s as %s', (at, iso) => {
		expect(parseLoggedTouch({ kind: 'responded', at }, NOW).at.toISOString()).toBe(iso);
	});

	test.each([0, 1_000, 60_000])('accepts an instant %i ms ahead of the server clock (up to a minute of skew)', (ms) => {
		expect(parseLoggedTouch({ kind: 'delivered', at: later(ms) }, NOW).at.getTime()).toBe(NOW.getTime() + ms);
	});

	test('takes now when at is null', () => {
		expect(parseLoggedTouch({ kind: 'converted', at: null }, NOW).at).toEqual(NOW);
	});

	test.each([60_001, 3_600_000, 86_400_000])('refuses an instant %i ms in the future, naming "at"', (ms) => {
		expectCrmError(() => parseLoggedTouch({ kind: 'delivered', at: later(ms) }, NOW), 'CRM_INVALID_PAYLOAD', { field: 'at' });
	});

	test.each<[string, unknown]>([
		['a word', 'yesterday'],
		['a day without a time', '2026-11-17'],
		['a day written the other way', '17.11.2026T10:00'],
		['an hour that does not exist', '2026-11-17T25:00:00Z'],
		['a date followed by garbage', '2026-11-17Tnoon'],
		['an empty string', ''],
		['milliseconds since 1970', NOW.getTime() - 1_000],
		['an object', { at: '2026-11-17T10:30:00Z' }],
		['true', true],
	])('refuses %s as at, naming "at"', (_, at) => {
		expectCrmError(() => parseLoggedTouch({ kind: 'delivered', at }, NOW), 'CRM_INVALID_PAYLOAD', { field: 'at' });
	});

	test('refuses a date-time without a zone offset, which would be read in the server\'s time zone', () => {
		expectCrmError(() => parseLoggedTouch({ kind: 'delivered', at: '2026-11-10T10:30:00' }, NOW), 'CRM_INVALID_PAYLOAD', { field: 'at' });
	});

	test('refuses a date-time on a day that does not exist (30 February)', () => {
		expectCrmError(() => parseLoggedTouch({ kind: 'delivered', at: '2026-02-30T10:00:00Z' }, NOW), 'CRM_INVALID_PAYLOAD', { field: 'at' });
	});
});

describe('parseLoggedTouch: outcome', () => {
	test.each<[unknown, string | null]>([
		['Wants a quote', 'Wants a quote'],
		['  Wants a quote\n', 'Wants a quote'],
		['', null],
		['   \n\t ', null],
		[null, null],
		[undefined, null],
		['x'.repeat(2000), 'x'.repeat(2000)],
	])('keeps the outcome %j as %j', (outcome, kept) => {
		expect(parseLoggedTouch({ kind: 'responded', outcome }, NOW).outcome).toBe(kept);
	});

	test.each<[string, unknown]>([
		['text of 2001 characters', 'x'.repeat(2001)],
		// The limit applies to the text as sent, like the schema's maxLength.
		['2000 characters padded with spaces', ` ${'x'.repeat(2000)} `],
		['a number', 42],
		['a list', ['Wants a quote']],
		['an object', { text: 'Wants a quote' }],
	])('refuses %s as outcome, naming "outcome"', (_, outcome) => {
		expectCrmError(() => parseLoggedTouch({ kind: 'responded', outcome }, NOW), 'CRM_INVALID_PAYLOAD', { field: 'outcome' });
	});

	test('checks kind, then at, then outcome', () => {
		const bad = { kind: 'opened', at: 'soon', outcome: 7 };
		expect(thrown(() => parseLoggedTouch(bad, NOW))).toMatchObject({ details: { field: 'kind' } });
		expect(thrown(() => parseLoggedTouch({ ...bad, kind: 'delivered' }, NOW))).toMatchObject({ details: { field: 'at' } });
		expect(thrown(() => parseLoggedTouch({ ...bad, kind: 'delivered', at: null }, NOW))).toMatchObject({ details: { field: 'outcome' } });
	});
});

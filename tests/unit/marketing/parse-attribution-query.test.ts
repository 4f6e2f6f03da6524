import { describe, expect, test } from 'vitest';
import { ATTRIBUTION_MODELS, ATTRIBUTION_QUERY_PARAMETERS, parseAttributionQuery } from '../../../packages/crm-core/src/index.ts';
import { expectCrmError } from './marketing-fixtures.ts';

const TODAY = '2026-11-17';

describe('parseAttributionQuery', () => {
	test('defaults to the linear model, a 90-day window, a 7-day half-life and the year up to today', () => {
		expect(parseAttributionQuery({}, TODAY)).toEqual({ model: 'linear', windowDays: 90, halfLifeDays: 7, from: '2025-11-18', to: '2026-11-17' });
	});

	test('treats empty parameters as absent', () => {
		expect(parseAttributionQuery({ model: '', window_days: '', half_life_days: '', from: '', to: '' }, TODAY)).toEqual(parseAttributionQuery({}, TODAY));
	});

	test.each([
		['2026-11-17', '2025-11-18'],
		['2026-01-01', '2025-01-02'],
		// 2024 is a leap year: 364 days before 1 March 2024 crosses 29 February.
		['2024-03-01', '2023-03-03'],
		['2025-03-01', '2024-03-02'],
	])('starts the default period 364 days before "to" %s, on %s', (to, from) => {
		expect(parseAttributionQuery({ to }, TODAY)).toMatchObject({ from, to });
	});

	test('takes every parameter as given', () => {
		expect(parseAttributionQuery({ model: 'time_decay', window_days: '30', half_life_days: '14', from: '2026-01-01', to: '2026-06-30' }, TODAY)).toEqual({
			model: 'time_decay',
			windowDays: 30,
			halfLifeDays: 14,
			from: '2026-01-01',
			to: '2026-06-30',
		});
	});

	test.each(ATTRIBUTION_MODELS.map((m) => [m]))('accepts the model %s', (model) => {
		expect(parseAttributionQuery({ model }, TODAY).model).toBe(model);
	});

	test('accepts a period of a single day', () => {
		expect(parseAttributionQuery({ from: '2026-05-05', to: '2026-05-05' }, TODAY)).toMatchObject({ from: '2026-05-05', to: '2026-05-05' });
	});

	test('accepts a "from" later than the default start without a "to"', () => {
		expect(parseAttributionQuery({ from: '2026-11-17' }, TODAY)).toMatchObject({ from: '2026-11-17', to: TODAY });
	});

	test.each([
		['window_days', '1', 1],
		['window_days', '730', 730],
		['window_days', '007', 7],
		['half_life_days', '1', 1],
		['half_life_days', '365', 365],
	] as const)('accepts %s = "%s" as %i', (parameter, raw, value) => {
		const parsed = parseAttributionQuery({ [parameter]: raw }, TODAY);
		expect(parameter === 'window_days' ? parsed.windowDays : parsed.halfLifeDays).toBe(value);
	});

	test.each([
		['window_days', '0'],
		['window_days', '731'],
		['window_days', '-1'],
		['window_days', '1.5'],
		['window_days', '1e2'],
		['window_days', ' 90'],
		['window_days', 'ninety'],
		['half_life_days', '0'],
		['half_life_days', '366'],
		['half_life_days', '7d'],
		['model', 'last'],
		['model', 'LINEAR'],
		['model', 'first-touch'],
		['from', '2026-1-05'],
		['from', '05.01.2026'],
		['from', '2026-01-05T00:00:00Z'],
		['from', '2026-13-01'],
		['to', '2026-00-10'],
		['to', '2026-02-32'],
		['to', 'today'],
	])('refuses %s = "%s" with CRM_INVALID_QUERY naming the parameter', (parameter, raw) => {
		expectCrmError(() => parseAttributionQuery({ [parameter]: raw }, TODAY), 'CRM_INVALID_QUERY', { parameter });
	});

	test.each(['model', 'window_days', 'half_life_days', 'from', 'to'])('refuses %s given twice (an array) naming it', (parameter) => {
		expectCrmError(() => parseAttributionQuery({ [parameter]: ['x', 'x'] }, TODAY), 'CRM_INVALID_QUERY', { parameter });
	});

	test.each(['model', 'window_days', 'from', 'to'])('refuses %s given as a nested object naming it', (parameter) => {
		expectCrmError(() => parseAttributionQuery({ [parameter]: { a: '1' } }, TODAY), 'CRM_INVALID_QUERY', { parameter });
	});

	test('refuses a "from" after "to", naming "from"', () => {
		expectCrmError(() => parseAttributionQuery({ from: '2026-07-01', to: '2026-06-30' }, TODAY), 'CRM_INVALID_QUERY', { parameter: 'from' });
	});

	test('refuses "from" = 2026-02-30, a day that does not exist', () => {
		expectCrmError(() => parseAttributionQuery({ from: '2026-02-30', to: '2026-06-30' }, TODAY), 'CRM_INVALID_QUERY', { parameter: 'from' });
	});

	test('refuses "to" = 2026-02-31, a day that does not exist', () => {
		expectCrmError(() => parseAttributionQuery({ to: '2026-02-31' }, TODAY), 'CRM_INVALID_QUERY', { parameter: 'to' });
	});

	test('refuses "to" = 2025-02-29, not a leap year', () => {
		expectCrmError(() => parseAttributionQuery({ from: '2025-01-01', to: '2025-02-29' }, TODAY), 'CRM_INVALID_QUERY', { parameter: 'to' });
	});
});

describe('ATTRIBUTION_QUERY_PARAMETERS', () => {
	test('documents the parameters the parser reads, with its defaults and bounds', () => {
		expect(ATTRIBUTION_QUERY_PARAMETERS.map((p) => [p.name, p.schema])).toEqual([
			['model', { type: 'string', enum: [...ATTRIBUTION_MODELS], default: 'linear' }],
			['window_days', { type: 'integer', minimum: 1, maximum: 730, default: 90 }],
			['half_life_days', { type: 'integer', minimum: 1, maximum: 365, default: 7 }],
			['from', { type: 'string', format: 'date' }],
			['to', { type: 'string', format: 'date' }],
		]);
	});
});

import { describe, expect, it } from 'vitest';
import {
	buildContactsUrl,
	buildTimelineQuery,
	buildTimelineUrl,
	isDateOnly,
	normalizeTypes,
} from '../../../extensions/interfaces/crm-timeline/src/build-timeline-query.ts';

describe('buildTimelineQuery', () => {
	it('defaults to the first page of 20', () => {
		expect(buildTimelineQuery()).toBe('limit=20&page=1');
		expect(buildTimelineQuery({})).toBe('limit=20&page=1');
	});

	it('adds types, from and to in that order', () => {
		expect(buildTimelineQuery({ page: 2, limit: 20, types: ['call', 'meeting'], from: '2024-01-01', to: '2024-03-31' })).toBe(
			'limit=20&page=2&type=call,meeting&from=2024-01-01&to=2024-03-31',
		);
	});

	it('puts types in canonical order, drops duplicates and unknown types', () => {
		expect(buildTimelineQuery({ types: ['system', 'call', 'bogus', 'call', 'email'] })).toBe('limit=20&page=1&type=call,email,system');
	});

	it('leaves out an empty type filter and one selecting every type', () => {
		expect(buildTimelineQuery({ types: [] })).toBe('limit=20&page=1');
		expect(buildTimelineQuery({ types: ['call', 'meeting', 'email', 'visit', 'letter', 'chat', 'portal', 'system'] })).toBe('limit=20&page=1');
	});

	it('only sends dates in YYYY-MM-DD form', () => {
		expect(buildTimelineQuery({ from: '2024-02-05', to: null })).toBe('limit=20&page=1&from=2024-02-05');
		expect(buildTimelineQuery({ from: '', to: '2024-02-30T00:00' })).toBe('limit=20&page=1');
		expect(buildTimelineQuery({ to: '2024-12-31' })).toBe('limit=20&page=1&to=2024-12-31');
	});

	it('clamps page and limit to sensible integers', () => {
		expect(buildTimelineQuery({ page: 0, limit: 0 })).toBe('limit=20&page=1');
		expect(buildTimelineQuery({ page: -3, limit: -1 })).toBe('limit=20&page=1');
		expect(buildTimelineQuery({ page: 2.7, limit: 10.9 })).toBe('limit=10&page=2');
		expect(buildTimelineQuery({ page: Number.NaN, limit: 500 })).toBe('limit=100&page=1');
	});
});

describe('buildTimelineUrl', () => {
	it('builds the path and query for a customer', () => {
		expect(buildTimelineUrl('8f9c1a2e-0000-4000-8000-000000000001', { page: 1, limit: 20, types: ['call', 'meeting'] })).toBe(
			'/crm/customers/8f9c1a2e-0000-4000-8000-000000000001/timeline?limit=20&page=1&type=call,meeting',
		);
	});

	it('accepts numeric keys and encodes unsafe characters', () => {
		expect(buildTimelineUrl(42)).toBe('/crm/customers/42/timeline?limit=20&page=1');
		expect(buildTimelineUrl('a/b c')).toBe('/crm/customers/a%2Fb%20c/timeline?limit=20&page=1');
	});
});

describe('buildContactsUrl', () => {
	it('filters the contacts by customer', () => {
		expect(buildContactsUrl('c-1')).toBe('/items/crm_contacts?filter[customer][_eq]=c-1&fields=id,first_name,last_name&limit=100');
		expect(buildContactsUrl(7)).toBe('/items/crm_contacts?filter[customer][_eq]=7&fields=id,first_name,last_name&limit=100');
	});
});

describe('normalizeTypes / isDateOnly', () => {
	it('normalizes types', () => {
		expect(normalizeTypes(undefined)).toEqual([]);
		expect(normalizeTypes(['meeting', 'call'])).toEqual(['call', 'meeting']);
	});

	it('recognizes date-only strings', () => {
		expect(isDateOnly('2024-01-31')).toBe(true);
		expect(isDateOnly('2024-1-31')).toBe(false);
		expect(isDateOnly(null)).toBe(false);
		expect(isDateOnly(undefined)).toBe(false);
	});
});

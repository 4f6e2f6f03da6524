import { describe, expect, test } from 'vitest';
import { buildTimelineFilter, parseTimelineQuery } from '../../../packages/crm-core/src/index.ts';

describe('parseTimelineQuery', () => {
	test('defaults to the first page of 25', () => {
		expect(parseTimelineQuery({})).toEqual({ page: 1, limit: 25, types: null, from: null, to: null });
	});

	test('reads types, and dates as whole days in UTC', () => {
		expect(parseTimelineQuery({ type: 'call,meeting,call', from: '2026-01-11', to: '2026-01-12', page: '2', limit: '10' })).toEqual({
			page: 2,
			limit: 10,
			types: ['call', 'meeting'],
			from: '2026-01-11T00:00:00.000Z',
			to: '2026-01-13T00:00:00.000Z',
		});
	});

	test.each([{ limit: '0' }, { limit: '101' }, { page: '-1' }, { page: '1.5' }, { type: 'fax' }, { from: 'yesterday' }, { from: '2026-02-01', to: '2026-01-01' }, { page: ['1', '2'] }])('rejects %j', (query) => {
		expect(() => parseTimelineQuery(query)).toThrow(expect.objectContaining({ code: 'CRM_INVALID_QUERY' }));
	});
});

describe('buildTimelineFilter', () => {
	test('combines customer, types and the date window', () => {
		expect(buildTimelineFilter('c1', { page: 1, limit: 25, types: ['call'], from: '2026-01-01T00:00:00.000Z', to: null })).toEqual({
			_and: [{ customer: { _eq: 'c1' } }, { type: { _in: ['call'] } }, { occurred_at: { _gte: '2026-01-01T00:00:00.000Z' } }],
		});
	});
});

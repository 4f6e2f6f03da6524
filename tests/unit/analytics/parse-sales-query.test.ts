import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { isCrmError, parseDocumentsQuery, parseMoversQuery, parseSalesQuery, readsOrderLines, SALES_QUERY_PARAMETERS } from '../../../packages/crm-core/src/index.ts';

const TODAY = '2026-06-30';
const A = '0b0e4c1a-2f3d-4e5f-8a9b-0c1d2e3f4a5b';
const B = '1c1f5d2b-3a4e-4f60-9bac-1d2e3f4a5b6c';

function refusal(parse: () => unknown): { code: string; parameter?: unknown } {
	try {
		parse();
	} catch (error) {
		if (isCrmError(error)) return { code: error.code, ...(error.details as object) };
		throw error;
	}
	return expect.fail('the parser accepted it');
}

describe('parseSalesQuery', () => {
	test('defaults: the year up to today, against the previous year of days, by product group, 100 rows, JSON', () => {
		expect(parseSalesQuery({}, TODAY)).toEqual({ from: '2025-07-01', to: TODAY, compare: 'previous', comparison: { from: '2024-07-01', to: '2025-06-30' }, filters: {}, format: 'json', by: 'product_group', limit: 100 });
	});

	test('every parameter', () => {
		const q = parseSalesQuery({ by: 'region', from: '2026-01-01', to: '2026-03-31', compare: 'last_year', region: `${A},${B.toUpperCase()}`, rep: A, product_group: B, limit: '20', format: 'csv' }, TODAY);
		expect(q).toEqual({ by: 'region', from: '2026-01-01', to: '2026-03-31', compare: 'last_year', comparison: { from: '2025-01-01', to: '2025-03-31' }, filters: { region: [A, B], rep: [A], product_group: [B] }, limit: 20, format: 'csv' });
		expect(parseSalesQuery({ compare: 'none' }, TODAY).comparison).toBeNull();
	});

	test.each([
		['by', { by: 'colour' }],
		['compare', { compare: 'yesterday' }],
		['from', { from: '2026-02-30' }],
		['to', { to: 'today' }],
		['from', { from: '2026-07-01', to: '2026-06-01' }],
		['from', { from: '2023-01-01', to: '2026-01-02' }],
		['compare', { from: '2024-01-01', to: '2025-06-30', compare: 'last_year' }],
		['limit', { limit: '0' }],
		['limit', { limit: '1001' }],
		['limit', { limit: '2.5' }],
		['region', { region: 'north' }],
		['customer_group', { customer_group: `${A},x` }],
		['rep', { rep: [A, B] }],
		['customer', { customer: Array.from({ length: 101 }, (_, i) => `${A.slice(0, -3)}${String(i).padStart(3, '0')}`).join(',') }],
		['format', { format: 'pdf' }],
	])('a bad %s is refused, naming it', (parameter, query) => {
		expect(refusal(() => parseSalesQuery(query, TODAY))).toEqual({ code: 'CRM_INVALID_QUERY', parameter });
	});

	test('the longest period is three years and a day', () => {
		expect(parseSalesQuery({ from: '2023-01-01', to: '2025-12-31', compare: 'none' }, TODAY).from).toBe('2023-01-01');
		expect(refusal(() => parseSalesQuery({ from: '2023-01-01', to: '2026-01-01', compare: 'none' }, TODAY))).toEqual({ code: 'CRM_INVALID_QUERY', parameter: 'from' });
	});

	test('movers need a comparison; documents have none and page', () => {
		expect(refusal(() => parseMoversQuery({ compare: 'none' }, TODAY))).toEqual({ code: 'CRM_INVALID_QUERY', parameter: 'compare' });
		expect(parseMoversQuery({ by: 'product', limit: '5' }, TODAY)).toMatchObject({ by: 'product', limit: 5, compare: 'previous' });
		expect(refusal(() => parseMoversQuery({ by: 'region' }, TODAY))).toEqual({ code: 'CRM_INVALID_QUERY', parameter: 'by' });
		expect(parseDocumentsQuery({ compare: 'last_year', page: '3', limit: '50', customer: A }, TODAY)).toMatchObject({ comparison: null, compare: 'none', page: 3, limit: 50, filters: { customer: [A] } });
		expect(refusal(() => parseDocumentsQuery({ limit: '101' }, TODAY))).toEqual({ code: 'CRM_INVALID_QUERY', parameter: 'limit' });
	});

	test('figures are summed from order lines when products are looked at', () => {
		expect([readsOrderLines('region', {}), readsOrderLines('product', {}), readsOrderLines('product_group', {}), readsOrderLines('rep', { product: [A] }), readsOrderLines(null, { product_group: [A] })]).toEqual([false, true, true, true, true]);
	});

	test('the published parameters accept what the parser accepts', () => {
		const ajv = new Ajv2020({ strict: false });
		addFormats(ajv);
		for (const p of SALES_QUERY_PARAMETERS) {
			const sample = p.schema['examples'] ? (p.schema['examples'] as unknown[])[0] : (p.schema['enum'] as unknown[] | undefined)?.[0];
			if (sample === undefined) continue;
			expect(ajv.validate(p.schema, sample), p.name).toBe(true);
			expect(() => parseSalesQuery({ [p.name]: String(sample) }, TODAY), p.name).not.toThrow();
		}
	});
});

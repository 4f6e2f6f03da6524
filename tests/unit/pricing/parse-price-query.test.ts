import { describe, expect, test } from 'vitest';
import { parsePriceQuery } from '../../../packages/crm-core/src/index.ts';

const C = '7f0c2a8e-1b2c-4d3e-8f90-123456789abc';
const P = '1a2b3c4d-1b2c-4d3e-8f90-123456789abc';
const now = new Date('2026-11-26T23:30:00Z');

describe('parsePriceQuery', () => {
	test('defaults to one unit today (UTC) in any currency', () => {
		expect(parsePriceQuery({ customer: C, product: P }, now)).toEqual({ customerId: C, productId: P, quantityMilli: 1000, date: '2026-11-26', currency: null });
	});

	test('reads fractional quantities exactly in thousandths', () => {
		expect(parsePriceQuery({ customer: C, product: P, quantity: '2.5', date: '2026-03-01', currency: 'USD' }, now)).toMatchObject({ quantityMilli: 2500, date: '2026-03-01', currency: 'USD' });
		expect(parsePriceQuery({ customer: C, product: P, quantity: '12' }, now).quantityMilli).toBe(12000);
	});

	test.each([
		[{ product: P }, 'customer'],
		[{ customer: 'x', product: P }, 'customer'],
		[{ customer: C }, 'product'],
		[{ customer: C, product: P, quantity: '0' }, 'quantity'],
		[{ customer: C, product: P, quantity: '1.2345' }, 'quantity'],
		[{ customer: C, product: P, quantity: '-1' }, 'quantity'],
		[{ customer: C, product: P, date: '2026-02-30' }, 'date'],
		[{ customer: C, product: P, currency: 'eur' }, 'currency'],
		[{ customer: [C, C], product: P }, 'customer'],
	])('rejects %j naming %s', (query, parameter) => {
		expect(() => parsePriceQuery(query as Record<string, unknown>, now)).toThrow(expect.objectContaining({ code: 'CRM_INVALID_QUERY', details: expect.objectContaining({ parameter }) }));
	});
});

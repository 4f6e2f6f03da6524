import { describe, expect, test } from 'vitest';
import { isCalendarDate, priceListInForce, selectBasePriceList } from '../../../packages/crm-core/src/index.ts';
import { allLists, base, base2025, baseUsd, priceList } from './price-list-fixtures.ts';

describe('priceListInForce', () => {
	const summer = { active: true, validFrom: '2026-06-01', validTo: '2026-08-31' };

	test.each([
		['2026-05-31', false],
		['2026-06-01', true],
		['2026-07-15', true],
		['2026-08-31', true],
		['2026-09-01', false],
	])('a summer list on %s is in force: %s', (date, expected) => {
		expect(priceListInForce(summer, date)).toBe(expected);
	});

	test('treats missing ends as open', () => {
		expect(priceListInForce({ active: true, validFrom: null, validTo: null }, '1900-01-01')).toBe(true);
		expect(priceListInForce({ active: true, validFrom: '2026-01-01', validTo: null }, '2099-12-31')).toBe(true);
		expect(priceListInForce({ active: true, validFrom: null, validTo: '2025-12-31' }, '2026-01-01')).toBe(false);
	});

	test('is never in force while inactive', () => {
		expect(priceListInForce({ ...summer, active: false }, '2026-07-15')).toBe(false);
	});
});

describe('selectBasePriceList', () => {
	test('picks the base list in force with the latest start', () => {
		expect(selectBasePriceList(allLists, '2026-03-02')?.id).toBe(baseUsd.id);
		expect(selectBasePriceList(allLists, '2026-03-02', 'EUR')?.id).toBe(base.id);
		expect(selectBasePriceList(allLists, '2025-06-30', 'EUR')?.id).toBe(base2025.id);
	});

	test('ignores lists of other kinds and inactive base lists', () => {
		const inactive = priceList({ id: 'z', code: 'Z', kind: 'base', validFrom: '2026-03-01', active: false });
		const dealer = priceList({ id: 'y', code: 'Y', kind: 'dealer', validFrom: '2026-03-01' });
		expect(selectBasePriceList([base, inactive, dealer], '2026-03-02')?.id).toBe(base.id);
		expect(selectBasePriceList([inactive, dealer], '2026-03-02')).toBeNull();
	});
});

describe('isCalendarDate', () => {
	test.each([
		['2026-03-02', true],
		['2024-02-29', true],
		['2000-02-29', true],
		['1900-02-29', false],
		['2026-02-29', false],
		['2026-04-31', false],
		['2026-13-01', false],
		['2026-3-2', false],
		['2026-03-02T00:00:00Z', false],
		[20260302, false],
	])('%j is a calendar date: %s', (value, expected) => {
		expect(isCalendarDate(value)).toBe(expected);
	});
});

import { describe, expect, test } from 'vitest';
import { groupPriceListIds } from '../../../packages/crm-core/src/pricing/index.ts';

describe('groupPriceListIds', () => {
	test('lower priority first, then group code, so equal priorities resolve the same way everywhere', () => {
		expect(
			groupPriceListIds([
				{ priceListId: 'wholesale', priority: 100, code: 'WHOLESALE' },
				{ priceListId: 'key', priority: 10, code: 'KEY' },
				{ priceListId: 'agri', priority: 100, code: 'AGRI' },
			]),
		).toEqual(['key', 'agri', 'wholesale']);
	});

	test('groups without a price list drop out', () => {
		expect(groupPriceListIds([{ priceListId: null, priority: 1, code: 'A' }, { priceListId: '', priority: 2, code: 'B' }, { priceListId: 'c', priority: 3, code: 'C' }])).toEqual(['c']);
	});
});

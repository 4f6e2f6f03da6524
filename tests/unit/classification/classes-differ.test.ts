import { describe, expect, test } from 'vitest';
import { classesDiffer, type CustomerClasses } from '../../../packages/crm-core/src/index.ts';
import { classes } from './classification-fixtures.ts';

const HELD = classes({ abcRevenue: 'A', abcMargin: 'B', xyz: 'X', rfm: '545', category: 'KEY', status: 'key', rule: 'r1' });

describe('classesDiffer', () => {
	test.each<[string, Partial<CustomerClasses>, boolean]>([
		['the same classes', {}, false],
		['another ABC by revenue', { abcRevenue: 'B' }, true],
		['another ABC by margin', { abcMargin: 'A' }, true],
		['XYZ lost (too new again after a reset)', { xyz: null }, true],
		['another RFM', { rfm: '544' }, true],
		['another category', { category: 'REGULAR' }, true],
		['another status', { status: 'active' }, true],
		['no rule any more', { rule: null }, true],
	])('%s: %s', (_, over, differ) => {
		expect(classesDiffer(HELD, { ...HELD, ...over })).toBe(differ);
	});
});

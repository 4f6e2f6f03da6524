import { describe, expect, test } from 'vitest';
import { classifyAbc } from '../../../packages/crm-core/src/index.ts';

/** Values in the order given, keyed k1, k2, …; the classes come back as one string in the same order. */
function classesOf(values: number[], aShareBp = 8000, bShareBp = 9500): string {
	const keyed = values.map((value, i) => ({ key: `k${i + 1}`, value }));
	const classes = classifyAbc(keyed, aShareBp, bShareBp);
	return keyed.map(({ key }) => classes.get(key)).join('');
}

describe('classifyAbc', () => {
	test.each<[string, number[], string]>([
		['a customer who crosses the 80 % line is still A; the one that starts at 90 % is B, at 96 % C', [70, 20, 6, 4], 'AABC'],
		['customers making exactly the first 80 % are A, the next one B', [50, 30, 15, 5], 'AABC'],
		['a customer starting exactly on the 80 % line is B', [80, 15, 5], 'ABC'],
		['a customer starting exactly on the 95 % line is C', [90, 5, 4, 1], 'ABCC'],
		['equal values across the A line take the class of the first of them', [70, 15, 15], 'AAA'],
		['equal values across the B line take the class of the first of them', [80, 10, 5, 5], 'ABBB'],
		['everyone equal: everyone A', [10, 10, 10, 10], 'AAAA'],
		['a single customer with sales is A', [500], 'A'],
		['no sales and credit notes are C and do not count in the total', [100, 0, -50], 'ACC'],
		['nothing positive: everybody C', [0, 0, -5], 'CCC'],
		['the order of the input does not matter', [4, 20, 70, 6], 'CAAB'],
	])('%s', (_, values, expected) => {
		expect(classesOf(values)).toBe(expected);
	});

	test.each<[string, number[], number, number, string]>([
		['with B at 100 % only customers without sales are C', [90, 9, 1, 0], 8000, 10_000, 'ABBC'],
		['with A at 50 % and B at 80 % the second customer, starting at 50 %, is B and the third, at 80 %, C', [50, 30, 20], 5000, 8000, 'ABC'],
	])('%s', (_, values, a, b, expected) => {
		expect(classesOf(values, a, b)).toBe(expected);
	});

	test('amounts whose total passes 2^53 are compared exactly', () => {
		expect(classesOf([Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 1])).toBe('AAC');
	});

	test('lists the customers by value, largest first, equal values by key', () => {
		const classes = classifyAbc([{ key: 'b', value: 10 }, { key: 'z', value: -1 }, { key: 'a', value: 10 }, { key: 'c', value: 20 }], 8000, 9500);
		expect([...classes]).toEqual([['c', 'A'], ['a', 'A'], ['b', 'A'], ['z', 'C']]);
	});

	test('no customers, no classes', () => {
		expect(classifyAbc([], 8000, 9500)).toEqual(new Map());
	});

	test('refuses an amount that is not whole minor units', () => {
		expect(() => classifyAbc([{ key: 'a', value: 10.5 }], 8000, 9500)).toThrow(RangeError);
	});
});

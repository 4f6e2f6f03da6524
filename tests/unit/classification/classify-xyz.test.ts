import { describe, expect, test } from 'vitest';
import { classifyXyz, type ClassificationSettings, DEFAULT_CLASSIFICATION_SETTINGS, type XyzClass } from '../../../packages/crm-core/src/index.ts';

const TODAY = '2026-06-15';
/** Twelve months ending with June 2026, the last ones given, zeros before them. */
const window = (...last: number[]) => [...Array<number>(12 - last.length).fill(0), ...last];
const six = (a: number, b: number) => [a, b, a, b, a, b];

describe('classifyXyz (12 months, at least 3, X ≤ 10 %, Y ≤ 25 %)', () => {
	test.each<[string, number[], string | null, XyzClass | null, number | null]>([
		['a customer buying the same every month is X', window(...six(1000, 1000), ...six(1000, 1000)), '2020-01-01', 'X', 0],
		['variation of exactly 10 % is still X', window(...six(90, 110), ...six(90, 110)), '2020-01-01', 'X', 1000],
		['variation of 11 % is Y', window(...six(89, 111), ...six(89, 111)), '2020-01-01', 'Y', 1100],
		['variation of exactly 25 % is still Y', window(...six(15_000, 25_000), ...six(15_000, 25_000)), '2025-01-01', 'Y', 2500],
		['variation of 25.005 % rounds to 25.01 % and is Z', window(...six(14_999, 25_001), ...six(14_999, 25_001)), '2025-01-01', 'Z', 2501],
		['one month of history is too new to judge', window(500), '2026-06-02', null, null],
		['two months, fewer than the three needed, are too new to judge', window(500, 500), '2026-05-20', null, null],
		['three months from the month of the first order are judged', window(1000, 1000, 1000), '2026-04-30', 'X', 0],
		['a customer acquired in January is judged on six months, not on six months of zeros before them', window(...six(900, 1100)), '2026-01-10', 'X', 1000],
		['the same sales by a customer who was there all year are erratic', window(...six(900, 1100)), '2024-03-01', 'Z', 10_100],
		['no sales in the months that count: Z, with no variation to show', window(), '2020-01-01', 'Z', null],
		['credit notes outweighing sales: Z, with no variation to show', window(200, 0, -500), '2020-01-01', 'Z', null],
		['a customer who never ordered has no class', window(), null, null, null],
	])('%s', (_, monthly, firstOrderDay, xyz, cvBp) => {
		expect(classifyXyz(monthly, firstOrderDay, TODAY, DEFAULT_CLASSIFICATION_SETTINGS)).toEqual({ xyz, cvBp });
	});

	test('months are counted across the turn of the year: November, December, January are three', () => {
		expect(classifyXyz(window(1000, 1000, 1000), '2025-11-30', '2026-01-05', DEFAULT_CLASSIFICATION_SETTINGS)).toEqual({ xyz: 'X', cvBp: 0 });
		expect(classifyXyz(window(1000, 1000), '2025-12-01', '2026-01-31', DEFAULT_CLASSIFICATION_SETTINGS)).toEqual({ xyz: null, cvBp: null });
	});

	test('with one month required, one month of history is judged (and cannot vary)', () => {
		const settings: ClassificationSettings = { ...DEFAULT_CLASSIFICATION_SETTINGS, xyzMinMonths: 1 };
		expect(classifyXyz(window(500), '2026-06-02', TODAY, settings)).toEqual({ xyz: 'X', cvBp: 0 });
	});

	test('with a three-month window only the last three months count, however old the customer', () => {
		const settings: ClassificationSettings = { ...DEFAULT_CLASSIFICATION_SETTINGS, windowMonths: 3 };
		expect(classifyXyz([1000, 1200, 800], '2019-05-01', TODAY, settings)).toEqual({ xyz: 'Y', cvBp: 1633 });
	});

	test('refuses monthly revenue that does not cover the window', () => {
		expect(() => classifyXyz([1, 2, 3], '2020-01-01', TODAY, DEFAULT_CLASSIFICATION_SETTINGS)).toThrow(RangeError);
	});
});

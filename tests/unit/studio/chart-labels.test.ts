import { describe, expect, it } from 'vitest';
import { fitCategoryLabels } from '../../../packages/crm-studio/src/fit-category-labels.ts';
import { labelAreaWidth } from '../../../packages/crm-studio/src/label-area-width.ts';
import { textMeasure } from '../../../packages/crm-studio/src/text-measure.ts';
import { wrapLabel } from '../../../packages/crm-studio/src/wrap-label.ts';

/** Every character 6 px wide: widths read as character counts. */
const measure = (text: string) => text.length * 6;

describe('wrapLabel', () => {
	it('keeps a name that fits on one line', () => {
		expect(wrapLabel('Drill week 10 %', 120, measure)).toEqual(['Drill week 10 %']);
	});

	it('breaks a long name at spaces into two lines, none wider than the area', () => {
		const lines = wrapLabel('Clearance: 30 % off discontinued workwear', 150, measure);
		expect(lines).toEqual(['Clearance: 30 % off', 'discontinued workwear']);
		expect(lines.every((l) => measure(l) <= 150)).toBe(true);
	});

	it('keeps a percent or currency sign on the line of its number', () => {
		// 13 characters wide: "Drill week 10" would fit, and leave "% off" for the second line.
		expect(wrapLabel('Drill week 10 % off', 78, measure)).toEqual(['Drill week', '10 % off']);
		expect(wrapLabel('Gloves: 0.50 € off', 72, measure)).toEqual(['Gloves:', '0.50 € off']);
	});

	it('ends the second line in "…" when the name needs more than two', () => {
		const lines = wrapLabel('Contract terms: 8 % off maintenance contracts for Bäckerei Holzmann', 120, measure);
		expect(lines).toHaveLength(2);
		expect(lines[0]).toBe('Contract terms: 8 %');
		expect(lines[1]).toMatch(/^off maintenance.*…$/);
		expect(measure(lines[1]!)).toBeLessThanOrEqual(120);
	});

	it('shortens a single word wider than the area rather than overflowing', () => {
		expect(wrapLabel('Gebäudeservicegesellschaft', 60, measure)).toEqual(['Gebäudese…']);
	});

	it('draws as many lines as asked for, and an empty name as one empty line', () => {
		expect(wrapLabel('one two three four', 30, measure, 3)).toEqual(['one', 'two', 'thre…']);
		expect(wrapLabel('   ', 30, measure)).toEqual(['']);
	});
});

describe('labelAreaWidth', () => {
	it('is as wide as the longest name when that fits its share of the chart', () => {
		expect(labelAreaWidth(['Drill week 10 %', 'Other (3)'], measure, 700)).toBe(90);
	});

	it('takes at most 40 % of the chart by default, so that the bars keep the rest', () => {
		expect(labelAreaWidth(['x'.repeat(100)], measure, 500)).toBe(200);
		expect(labelAreaWidth(['x'.repeat(100)], measure, 500, { maxShare: 0.25 })).toBe(125);
	});

	it('never shrinks below its minimum, even in a narrow chart or without names', () => {
		expect(labelAreaWidth(['A'], measure, 700)).toBe(48);
		expect(labelAreaWidth([], measure, 700, { min: 30 })).toBe(30);
		expect(labelAreaWidth(['x'.repeat(100)], measure, 50)).toBe(48);
	});
});

describe('fitCategoryLabels', () => {
	it('gives the area the width of the longest name up to its share, and wraps only the names that need it', () => {
		const fitted = fitCategoryLabels(['Drill week 10 %', 'Clearance: 30 % off discontinued workwear'], measure, 400);
		expect(fitted.width).toBe(160);
		expect(fitted.lines).toEqual([['Drill week 10 %'], ['Clearance: 30 % off', 'discontinued workwear']]);
	});
});

describe('textMeasure', () => {
	it('estimates from the font size outside a browser, longer text wider', () => {
		const estimate = textMeasure(10, 'Inter');
		expect(estimate('abcd')).toBe(24);
		expect(estimate('abcdefgh')).toBeGreaterThan(estimate('abcd'));
	});
});

import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../../packages/crm-studio/src/format-percent.ts';
import { formatQuantity } from '../../../packages/crm-studio/src/format-quantity.ts';
import { parseScaledInput, toScaledText, toStoredInteger } from '../../../packages/crm-studio/src/scaled-decimal.ts';

const quantityRules = { digits: 3, what: 'a quantity', show: (v: number) => formatQuantity(v, null) };
const percentRules = { digits: 2, what: 'a percentage', min: 0, max: 10000, show: formatPercent };

describe('toScaledText', () => {
	it.each([
		[2500, 3, '2.5'],
		[11000, 3, '11'],
		[1, 3, '0.001'],
		[-1500, 3, '-1.5'],
		[0, 3, '0'],
		[1250, 2, '12.5'],
		[5, 2, '0.05'],
		[42, 0, '42'],
	])('shows %i at %i digits as %s', (value, digits, text) => {
		expect(toScaledText(value, digits)).toBe(text);
	});
});

describe('formatQuantity and formatPercent', () => {
	it.each([
		[11000, 'pcs', '11 pcs'],
		[2500, 'kg', '2.5 kg'],
		[1234500, null, '1,234.5'],
	])('shows %i thousandths of %s as "%s"', (milli, unit, text) => {
		expect(formatQuantity(milli, unit)).toBe(text);
	});

	it.each([
		[48137154, '48.137154°'],
		[-33868800, '-33.8688°'],
		[180000000, '180°'],
	])('shows %i millionths of a degree as "%s", the degree sign after the number', (stored, text) => {
		expect(formatQuantity(stored, '°', 6)).toBe(text);
	});

	it('takes degrees with up to 6 decimals for a coordinate and refuses a seventh', () => {
		const rules = { digits: 6, allowNegative: true, min: -90_000_000, max: 90_000_000, what: 'a latitude', show: (v: number) => formatQuantity(v, '°', 6) };
		expect(parseScaledInput('-48.137154', rules)).toEqual({ ok: true, value: -48137154 });
		expect(parseScaledInput('48.1371541', rules)).toEqual({ ok: false, error: 'Type a latitude with at most 6 decimals.' });
		expect(parseScaledInput('91', rules)).toEqual({ ok: false, error: 'At most 90°.' });
	});

	it.each([
		[1000, '10 %'],
		[1250, '12.5 %'],
		[-1000, '-10 %'],
		[10000, '100 %'],
	])('shows %i basis points as "%s"', (bp, text) => {
		expect(formatPercent(bp)).toBe(text);
	});
});

describe('parseScaledInput', () => {
	it.each([
		['11', 11000],
		['2.5', 2500],
		['1,234.5', 1234500],
		['.5', 500],
		['0.001', 1],
		['2.500', 2500],
		['', null],
	])('reads the quantity "%s" as %s thousandths', (text, stored) => {
		expect(parseScaledInput(text, quantityRules)).toEqual({ ok: true, value: stored });
	});

	it.each([
		['10', 1000],
		['12.5 %', 1250],
		['0.05', 5],
		['100', 10000],
	])('reads the percentage "%s" as %i basis points', (text, stored) => {
		expect(parseScaledInput(text, percentRules)).toEqual({ ok: true, value: stored });
	});

	it.each([
		['abc', quantityRules, '"abc" is not a quantity; type digits with "." before the decimals, e.g. 12.5.'],
		['0.0001', quantityRules, 'Type a quantity with at most 3 decimals.'],
		['-1', quantityRules, 'A quantity cannot be negative.'],
		['12.345', percentRules, 'Type a percentage with at most 2 decimals.'],
		['100.01', percentRules, 'At most 100 %.'],
		['-5', { ...percentRules, allowNegative: true, min: -9999 }, 'ok'],
		['-100', { ...percentRules, allowNegative: true, min: -9999 }, 'At least -99.99 %.'],
		['.', quantityRules, '"." is not a quantity; type digits with "." before the decimals, e.g. 12.5.'],
	])('refuses "%s" with a message that says what to type', (text, rules, message) => {
		const parsed = parseScaledInput(text, rules);
		expect(parsed.ok ? 'ok' : parsed.error).toBe(message);
	});
});

describe('toStoredInteger', () => {
	it('reads numbers and the text PostgreSQL returns for bigInteger, nothing else', () => {
		expect([toStoredInteger(11000), toStoredInteger('11000'), toStoredInteger('-5'), toStoredInteger(1.5), toStoredInteger('1e3'), toStoredInteger(null)]).toEqual([11000, 11000, -5, null, null, null]);
	});
});

import { describe, expect, it } from 'vitest';
import { approvalText, isEmptyExplanation, moneyRows, parseStoredValue, readPricingRecord, splitSteps, toggleLabel } from '../../../extensions/interfaces/crm-price-trace/src/price-trace.ts';

const record = {
	version: 2,
	currency: 'EUR',
	quantityMilli: 2500,
	listUnitPrice: 12000,
	listAmount: 30000,
	discountAmount: 4500,
	netAmount: 25500,
	priceList: [{ priceListId: 'pl1', code: 'BASE', source: 'base', outcome: 'used', detail: 'Base (BASE): 120.00 EUR per unit' }],
	discounts: [
		{ ruleId: 'r1', code: 'TOOLS-10', kind: 'line_percent', level: 'line', offerId: null, amount: 3000 },
		{ ruleId: null, code: 'MANUAL', kind: 'manual', level: 'line', offerId: null, amount: 1000 },
		{ ruleId: 'r2', code: 'BIG-ORDER', kind: 'order_percent', level: 'order', offerId: 'o1', amount: 500 },
	],
	trace: [
		{ ruleId: 'r1', code: 'TOOLS-10', name: 'Tools 10 %', level: 'line', outcome: 'applied', amount: 3000, detail: '' },
		{ ruleId: 'r3', code: 'SPRING', name: 'Spring sale', level: 'line', outcome: 'expired', amount: 0, detail: '' },
	],
	omittedTraceEntries: 0,
	approvalReasons: ['over_limit'],
	codes: [],
};

describe('parseStoredValue / isEmptyExplanation', () => {
	it('parses JSON text and leaves parsed values as they are', () => {
		expect(parseStoredValue('{"version":2}')).toEqual({ version: 2 });
		expect(parseStoredValue('[]')).toEqual([]);
		expect(parseStoredValue(record)).toBe(record);
	});

	it('treats blank, unreadable or missing values as nothing to explain', () => {
		expect(parseStoredValue('')).toBeNull();
		expect(parseStoredValue('{not json')).toBeNull();
		expect(parseStoredValue(undefined)).toBeNull();
		expect(isEmptyExplanation(null)).toBe(true);
		expect(isEmptyExplanation([])).toBe(true);
		expect(isEmptyExplanation(42)).toBe(true);
		expect(isEmptyExplanation(record)).toBe(false);
		expect(isEmptyExplanation([{ outcome: 'used' }])).toBe(false);
	});
});

describe('readPricingRecord', () => {
	it('reads the money figures of a version 2 record', () => {
		const view = readPricingRecord(record)!;
		expect(view).toMatchObject({ currency: 'EUR', quantityMilli: 2500, listUnitPrice: 12000, listAmount: 30000, netAmount: 25500, approvalReasons: ['over_limit'] });
		expect(view.discounts.map((d) => [d.code, d.level, d.amount])).toEqual([
			['TOOLS-10', 'line', 3000],
			['MANUAL', 'line', 1000],
			['BIG-ORDER', 'order', 500],
		]);
		expect(view.ruleNames).toEqual({ r1: 'Tools 10 %', r3: 'Spring sale' });
	});

	it('is null for a legacy list of price-list steps or another version', () => {
		expect(readPricingRecord([{ priceListId: 'pl1', code: 'BASE', source: 'base', outcome: 'used', detail: '' }])).toBeNull();
		expect(readPricingRecord({ ...record, version: 1 })).toBeNull();
		expect(readPricingRecord(null)).toBeNull();
	});

	it('reads bigint text amounts and tolerates missing lists', () => {
		const view = readPricingRecord({ version: 2, currency: 'JPY', listAmount: '5000', netAmount: '5000' })!;
		expect(view).toMatchObject({ listAmount: 5000, netAmount: 5000, discounts: [], approvalReasons: [] });
	});
});

describe('moneyRows', () => {
	it('lists the list amount, each discount as a negative amount with its level, and the net amount', () => {
		expect(moneyRows(readPricingRecord(record)!)).toEqual([
			{ kind: 'list', label: 'List amount', level: null, hint: '2.5 × 120.00 EUR', amount: '300.00 EUR' },
			{ kind: 'discount', label: 'TOOLS-10', level: 'line', hint: 'Tools 10 %', amount: '−30.00 EUR' },
			{ kind: 'discount', label: 'MANUAL', level: 'line', hint: 'Manual discount', amount: '−10.00 EUR' },
			{ kind: 'discount', label: 'BIG-ORDER', level: 'order', hint: null, amount: '−5.00 EUR' },
			{ kind: 'net', label: 'Net amount', level: null, hint: null, amount: '255.00 EUR' },
		]);
	});

	it('uses the digits of the currency', () => {
		const rows = moneyRows(readPricingRecord({ ...record, currency: 'JPY', listUnitPrice: 1200000, listAmount: 3000000, discounts: [], netAmount: 3000000 })!);
		expect(rows.map((r) => r.amount)).toEqual(['3,000,000 JPY', '3,000,000 JPY']);
		expect(rows[0]!.hint).toBe('2.5 × 1,200,000 JPY');
	});

	it('shows two decimals without a code when the currency is not a valid code', () => {
		const rows = moneyRows(readPricingRecord({ ...record, currency: 'euro', listUnitPrice: 123456, listAmount: 308640, discounts: [], netAmount: 308640 })!);
		expect(rows.map((r) => r.amount)).toEqual(['3,086.40', '3,086.40']);
		expect(rows[0]!.hint).toBe('2.5 × 1,234.56');
	});
});

describe('approvalText', () => {
	it('names each reason a manager must approve', () => {
		expect(approvalText(['over_limit'])).toBe("Needs a manager's approval: manual discount over your limit");
		expect(approvalText(['below_margin_floor'])).toBe("Needs a manager's approval: below the margin floor");
		expect(approvalText(['over_limit', 'below_margin_floor', 'over_limit'])).toBe("Needs a manager's approval: manual discount over your limit / below the margin floor");
	});

	it('is null when no approval is needed', () => {
		expect(approvalText([])).toBeNull();
	});
});

describe('splitSteps / toggleLabel', () => {
	it('keeps used, applied and warning steps visible and collapses skipped ones, in order', () => {
		const steps = [
			{ tone: 'used' as const, text: 'a' },
			{ tone: 'skipped' as const, text: 'b' },
			{ tone: 'applied' as const, text: 'c' },
			{ tone: 'warning' as const, text: 'd' },
			{ tone: 'skipped' as const, text: 'e' },
		];
		const { shown, hidden } = splitSteps(steps);
		expect(shown.map((s) => s.text)).toEqual(['a', 'c', 'd']);
		expect(hidden.map((s) => s.text)).toEqual(['b', 'e']);
	});

	it('words the toggle by count and state', () => {
		expect(toggleLabel(3, false)).toBe('Show 3 rules not applied');
		expect(toggleLabel(1, false)).toBe('Show 1 rule not applied');
		expect(toggleLabel(2, true)).toBe('Hide 2 rules not applied');
	});
});

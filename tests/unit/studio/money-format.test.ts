import { describe, expect, it } from 'vitest';
import { formatMoney, parseMoneyInput, resolveCurrency, toMinor } from '../../../extensions/interfaces/crm-money/src/money-format.ts';

describe('formatMoney', () => {
	it('shows minor units with the digits and code of the currency', () => {
		expect(formatMoney(123456, 'EUR')).toBe('1,234.56 EUR');
		expect(formatMoney(123456, 'JPY')).toBe('123,456 JPY');
		expect(formatMoney(1234567, 'KWD')).toBe('1,234.567 KWD');
		expect(formatMoney(5, 'EUR')).toBe('0.05 EUR');
		expect(formatMoney(-123456789, 'USD')).toBe('-1,234,567.89 USD');
		expect(formatMoney(0, 'EUR')).toBe('0.00 EUR');
	});

	it('reads PostgreSQL bigint text and shows two decimals without a code when the currency is unknown', () => {
		expect(formatMoney('987654', 'GBP')).toBe('9,876.54 GBP');
		expect(formatMoney(987654, null)).toBe('9,876.54');
	});

	it('is null for no amount or something that is not whole minor units', () => {
		expect(formatMoney(null, 'EUR')).toBeNull();
		expect(formatMoney(undefined, 'EUR')).toBeNull();
		expect(formatMoney(12.5, 'EUR')).toBeNull();
		expect(formatMoney('12.5', 'EUR')).toBeNull();
	});
});

describe('toMinor', () => {
	it('reads whole minor units from numbers and trimmed integer text, not beyond the safe integers', () => {
		expect(toMinor(' 42 ')).toBe(42);
		expect(toMinor(Number.MAX_SAFE_INTEGER + 2)).toBeNull();
	});
});

describe('parseMoneyInput', () => {
	it('turns typed decimals into exact minor units', () => {
		expect(parseMoneyInput('1234.56', 'EUR')).toEqual({ ok: true, value: 123456 });
		expect(parseMoneyInput('1,234.5', 'EUR')).toEqual({ ok: true, value: 123450 });
		expect(parseMoneyInput(' 1 234 ', 'JPY')).toEqual({ ok: true, value: 1234 });
		expect(parseMoneyInput('1.234', 'KWD')).toEqual({ ok: true, value: 1234 });
		expect(parseMoneyInput('.5', 'EUR')).toEqual({ ok: true, value: 50 });
		expect(parseMoneyInput('0.1', 'EUR')).toEqual({ ok: true, value: 10 });
	});

	it('is null for an empty field', () => {
		expect(parseMoneyInput('   ', 'EUR')).toEqual({ ok: true, value: null });
	});

	it('refuses more decimals than the currency has', () => {
		expect(parseMoneyInput('1.234', 'EUR')).toEqual({ ok: false, error: 'EUR has at most 2 decimals.' });
		expect(parseMoneyInput('12.5', 'JPY')).toEqual({ ok: false, error: 'JPY has no decimals.' });
	});

	it('refuses text, several points and negatives unless allowed', () => {
		expect(parseMoneyInput('abc', 'EUR').ok).toBe(false);
		expect(parseMoneyInput('1.2.3', 'EUR').ok).toBe(false);
		expect(parseMoneyInput('12e3', 'EUR').ok).toBe(false);
		expect(parseMoneyInput('-5', 'EUR')).toEqual({ ok: false, error: 'The amount cannot be negative.' });
		expect(parseMoneyInput('-5', 'EUR', { allowNegative: true })).toEqual({ ok: true, value: -500 });
	});

	it('refuses amounts beyond exact integers', () => {
		expect(parseMoneyInput('900000000000000000', 'EUR')).toEqual({ ok: false, error: '"900000000000000000" is too large.' });
	});
});

describe('resolveCurrency', () => {
	it('prefers the fixed option, then the record field (default "currency")', () => {
		expect(resolveCurrency({ fixedCurrency: 'usd', values: { currency: 'EUR' } })).toBe('USD');
		expect(resolveCurrency({ values: { currency: 'JPY' } })).toBe('JPY');
		expect(resolveCurrency({ currencyField: 'list_currency', values: { list_currency: 'KWD', currency: 'EUR' } })).toBe('KWD');
		expect(resolveCurrency({ currencyField: 'order.currency', values: { order: { currency: 'GBP' } } })).toBe('GBP');
	});

	it('is null when the record has no valid currency', () => {
		expect(resolveCurrency({ values: {} })).toBeNull();
		expect(resolveCurrency({ values: { currency: '' } })).toBeNull();
		expect(resolveCurrency({ values: { currency: 'EURO' } })).toBeNull();
		expect(resolveCurrency({ values: null })).toBeNull();
	});

	it('does not give base-currency amounts the record currency', () => {
		expect(resolveCurrency({ field: 'gross_total_base', values: { currency: 'USD' } })).toBeNull();
		expect(resolveCurrency({ field: 'gross_total_base', fixedCurrency: 'EUR', values: { currency: 'USD' } })).toBe('EUR');
	});

	it.each([
		['a USD order\'s base total, in the server\'s base currency', { field: 'net_total_base', values: { currency: 'USD' }, baseCurrency: 'EUR' }, 'EUR'],
		['a ledger amount in base, when the server says chf', { field: 'amount_base', values: { currency: 'EUR' }, baseCurrency: 'chf' }, 'CHF'],
		['a base amount before the server answered', { field: 'amount_base', values: { currency: 'EUR' }, baseCurrency: null }, null],
		['a base amount when the server answers nonsense', { field: 'amount_base', baseCurrency: 'euro' }, null],
		['an amount in the record\'s currency, whatever the base', { field: 'net_total', values: { currency: 'USD' }, baseCurrency: 'EUR' }, 'USD'],
		['a base amount with a fixed currency option', { field: 'cost_base', fixedCurrency: 'GBP', baseCurrency: 'EUR' }, 'GBP'],
	])('shows %s', (_, source, expected) => {
		expect(resolveCurrency(source)).toBe(expected);
	});
});

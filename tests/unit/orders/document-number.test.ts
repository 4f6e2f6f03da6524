import { describe, expect, test } from 'vitest';
import { type DocumentSeries, formatDocumentNumber, parseDocumentNumber } from '../../../packages/crm-core/src/orders/index.ts';

describe('document numbers', () => {
	test.each([
		['SO', 2026, 42, 'SO-2026-000042'],
		['QT', 2026, 1, 'QT-2026-000001'],
		['INV', 2027, 999_999, 'INV-2027-999999'],
		['CN', 2026, 1_000_000, 'CN-2026-1000000'],
		['PAY', 2026, 7, 'PAY-2026-000007'],
		['SH', 2026, 123_456, 'SH-2026-123456'],
	] as [DocumentSeries, number, number, string][])('numbers %s %i #%i as %s and reads it back', (series, year, sequence, text) => {
		expect(formatDocumentNumber(series, year, sequence)).toBe(text);
		expect(parseDocumentNumber(text)).toEqual({ series, year, sequence });
	});

	test.each([
		['XX' as DocumentSeries, 2026, 1, 'CRM_INVALID_CHOICE', 'series'],
		['SO' as DocumentSeries, 26, 1, 'CRM_OUT_OF_RANGE', 'year'],
		['SO' as DocumentSeries, 2026, 0, 'CRM_OUT_OF_RANGE', 'sequence'],
		['SO' as DocumentSeries, 2026, 1.5, 'CRM_OUT_OF_RANGE', 'sequence'],
	])('refuses to number %s %s #%s', (series, year, sequence, code, field) => {
		expect(() => formatDocumentNumber(series, year, sequence)).toThrow(expect.objectContaining({ code, details: { field } }));
	});

	test.each(['SO-2026-42', 'so-2026-000042', 'SO-2026-0000042', 'SO-2026-000000', 'XX-2026-000001', 'SO-26-000001', 'SO 2026 000001', ' SO-2026-000001', ''])(
		'refuses %j, which is not the one canonical spelling',
		(text) => {
			expect(() => parseDocumentNumber(text)).toThrow(expect.objectContaining({ code: 'CRM_INVALID_FORMAT', details: { field: 'number' } }));
		},
	);
});

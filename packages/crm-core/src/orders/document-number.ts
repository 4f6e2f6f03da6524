import { CrmError } from '../errors/crm-error.ts';

/** Number series: sales order, quote, invoice, credit note, payment, shipment, service request. */
export const DOCUMENT_SERIES = ['SO', 'QT', 'INV', 'CN', 'PAY', 'SH', 'SR'] as const;

export type DocumentSeries = (typeof DOCUMENT_SERIES)[number];

export interface DocumentNumber {
	series: DocumentSeries;
	year: number;
	sequence: number;
}

// Six digits keep numbers aligned and sortable as text for the first 999 999 documents of a year;
// after that the number simply grows (SO-2026-1000000) rather than wrapping or failing.
const SEQUENCE_DIGITS = 6;
const NUMBER = /^([A-Z]+)-(\d{4})-(\d+)$/;

function isSeries(value: string): value is DocumentSeries {
	return (DOCUMENT_SERIES as readonly string[]).includes(value);
}

function assertParts(series: string, year: number, sequence: number): void {
	if (!isSeries(series)) throw new CrmError('CRM_INVALID_CHOICE', `"${series}" is not a document series (${DOCUMENT_SERIES.join(', ')}).`, { field: 'series' });
	if (!Number.isSafeInteger(year) || year < 1000 || year > 9999) throw new CrmError('CRM_OUT_OF_RANGE', `The year must have four digits, got ${JSON.stringify(year)}.`, { field: 'year' });
	if (!Number.isSafeInteger(sequence) || sequence < 1) throw new CrmError('CRM_OUT_OF_RANGE', `The sequence must be a whole number ≥ 1, got ${JSON.stringify(sequence)}.`, { field: 'sequence' });
}

/** 'SO', 2026, 42 → 'SO-2026-000042'. Sequences restart every year, which is why the year is in the number. */
export function formatDocumentNumber(series: DocumentSeries, year: number, sequence: number): string {
	assertParts(series, year, sequence);
	return `${series}-${year}-${String(sequence).padStart(SEQUENCE_DIGITS, '0')}`;
}

/**
 * 'SO-2026-000042' → { series: 'SO', year: 2026, sequence: 42 }. Only the canonical form is accepted
 * (no 'SO-2026-42', no 'so-…', no extra leading zeros), so each document has exactly one spelling and a
 * lookup by number cannot miss. Anything else is CRM_INVALID_FORMAT.
 */
export function parseDocumentNumber(text: string): DocumentNumber {
	const m = NUMBER.exec(text);
	const series = m?.[1] ?? '';
	const year = Number(m?.[2]);
	const sequence = Number(m?.[3]);
	if (!m || !isSeries(series) || !Number.isSafeInteger(sequence) || sequence < 1 || year < 1000 || formatDocumentNumber(series, year, sequence) !== text) {
		throw new CrmError('CRM_INVALID_FORMAT', `${JSON.stringify(text)} is not a document number like SO-2026-000042.`, { field: 'number' });
	}
	return { series, year, sequence };
}

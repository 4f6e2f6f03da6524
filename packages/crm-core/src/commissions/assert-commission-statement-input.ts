import { isCalendarDate } from '../calendar/calendar-day.ts';
import { CrmError } from '../errors/crm-error.ts';
import { currencyExponent } from '../money/currency.ts';
import type { CommissionCredit } from './commission-line.ts';

/** The days a statement covers, both included, 'YYYY-MM-DD'. */
export interface CommissionPeriod {
	start: string;
	end: string;
}

/** The currency of a statement's amounts, with its minor digits (EUR: 2), which must agree with ISO 4217. */
export interface CommissionCurrency {
	currency: string;
	minorDigits: number;
}

function invalid(field: string, message: string): CrmError {
	return new CrmError('CRM_COMMISSION_STATEMENT_INVALID', message, { field });
}

/** Throws CRM_COMMISSION_STATEMENT_INVALID, naming the field to fix, unless the period, currency and credits can make a statement. */
export function assertCommissionStatementInput(period: CommissionPeriod, currency: CommissionCurrency, credits: readonly CommissionCredit[]): void {
	if (!isCalendarDate(period.start)) throw invalid('period.start', `The period must start on a calendar day 'YYYY-MM-DD', got ${JSON.stringify(period.start)}.`);
	if (!isCalendarDate(period.end)) throw invalid('period.end', `The period must end on a calendar day 'YYYY-MM-DD', got ${JSON.stringify(period.end)}.`);
	if (period.end < period.start) throw invalid('period.end', `The period ends (${period.end}) before it starts (${period.start}).`);
	// The amounts are formatted by the currency's ISO digits: a caller that believes otherwise would show every amount shifted.
	const digits = currencyExponent(currency.currency);
	if (currency.minorDigits !== digits) throw invalid('currency.minorDigits', `${currency.currency} has ${digits} minor digits, got ${JSON.stringify(currency.minorDigits)}.`);
	credits.forEach((c, i) => assertCredit(c, `credits[${i}]`, period));
}

function assertCredit(c: CommissionCredit, at: string, period: CommissionPeriod): void {
	if (c.kind !== 'invoice_paid' && c.kind !== 'credit_note') throw invalid(`${at}.kind`, `A credit is an "invoice_paid" or a "credit_note", got ${JSON.stringify(c.kind)}.`);
	if (typeof c.documentNumber !== 'string' || c.documentNumber.trim() === '') throw invalid(`${at}.documentNumber`, 'A credit needs the number of its document, for its line to name it.');
	if (!isCalendarDate(c.day)) throw invalid(`${at}.day`, `${c.documentNumber}: the day must be a calendar day 'YYYY-MM-DD', got ${JSON.stringify(c.day)}.`);
	if (c.day < period.start || c.day > period.end) throw invalid(`${at}.day`, `${c.documentNumber} (${c.day}) is outside the period ${period.start} to ${period.end}: it belongs on the statement of its own period.`);
	for (const field of ['revenueMinor', 'marginMinor'] as const) {
		if (!Number.isSafeInteger(c[field])) throw invalid(`${at}.${field}`, `${c.documentNumber}: ${field} must be a whole number of minor units, got ${JSON.stringify(c[field])}.`);
	}
	// Margin has no sign rule: an invoice sold at a loss has a negative margin, and its credit note a positive one.
	if (c.kind === 'invoice_paid' && c.revenueMinor < 0) throw invalid(`${at}.revenueMinor`, `${c.documentNumber}: a paid invoice's revenue cannot be negative; a reversal is a credit note.`);
	if (c.kind === 'credit_note' && c.revenueMinor > 0) throw invalid(`${at}.revenueMinor`, `${c.documentNumber}: a credit note takes revenue back, so its revenue must be 0 or negative, got ${c.revenueMinor}.`);
	if (!(Number.isSafeInteger(c.splitBp) && c.splitBp >= 0 && c.splitBp <= 10_000)) {
		throw invalid(`${at}.splitBp`, `${c.documentNumber}: the rep's share must be a whole number of basis points from 0 to 10000 (5000 = half), got ${JSON.stringify(c.splitBp)}.`);
	}
}

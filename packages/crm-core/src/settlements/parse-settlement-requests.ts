import { assertIsoDay, isCalendarDate } from '../calendar/calendar-day.ts';
import { CrmError } from '../errors/crm-error.ts';
import { currencyExponent, isCurrencyCode } from '../money/currency.ts';
import { currencyCode, fieldsOf, isoDay, type JsonSchema, listOf, minorUnits, objectOf, oneOf, partOf, text, uuid as uuidSchema } from '../api-schema/schema-vocabulary.ts';
import type { QueryParameter } from '../api-schema/query-parameter.ts';
import { isUuid } from '../validation/is-uuid.ts';


export interface RequestedAllocation {
	invoiceKey: string;
	amount: number;
}

export interface PaymentRequest {
	customerId: string;
	/** Positive minor units of `currency`. */
	amount: number;
	currency: string;
	receivedOn: string;
	method?: string;
	reference?: string;
	/** undefined = settle the oldest due invoices automatically; [] = keep it all as customer credit. */
	allocations?: RequestedAllocation[];
}

type Body = Record<string, unknown>;

const ALLOCATION_SCHEMA = objectOf({ invoice: uuidSchema("An open invoice of the payment's customer and currency."), amount: minorUnits('Minor units of the payment to put on that invoice, at most its open amount.') }, ['invoice', 'amount']);
const ALLOCATIONS_SCHEMA = listOf(ALLOCATION_SCHEMA, { description: 'Which invoices the payment settles and by how much. Leave it out to settle the oldest due invoices first; [] keeps it all as customer credit.' });

/** The body of POST /crm/payments. */
export const PAYMENT_REQUEST_SCHEMA: JsonSchema = objectOf(
	{
		customer: uuidSchema('The paying customer.'),
		amount: minorUnits('Amount received in minor units of `currency` (12345 = 123.45).'),
		currency: currencyCode(),
		received_on: isoDay('Day the money arrived, default today; never in the future.'),
		method: text({ description: 'bank_transfer (default), card, cash, cheque or other: the choices of crm_payments.method.' }),
		reference: text({ description: 'Bank reference or remittance text, at most 120 characters.' }),
		allocations: ALLOCATIONS_SCHEMA,
	},
	['customer', 'amount', 'currency'],
);

/** The body of POST /crm/payments/:id/allocations. */
export const ALLOCATION_REQUEST_SCHEMA: JsonSchema = objectOf({ allocations: ALLOCATIONS_SCHEMA });

/** The body of POST /crm/payments/:id/reversal. */
export const PAYMENT_REVERSAL_REQUEST_SCHEMA: JsonSchema = objectOf({ reason: text({ description: 'Why the payment is taken back (e.g. "returned by the bank"); shows on the statement.' }) }, ['reason']);

function objectBody(body: unknown, what: string): Body {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new CrmError('CRM_INVALID_PAYLOAD', `Send ${what} as a JSON object.`, { field: '' });
	return body as Body;
}

function assertOnlyFields(body: Body, allowed: readonly string[]): void {
	const unknown = Object.keys(body).find((k) => !allowed.includes(k));
	if (unknown !== undefined) throw new CrmError('CRM_INVALID_PAYLOAD', `Unknown field "${unknown}"; allowed are ${allowed.join(', ')}.`, { field: unknown });
}

function positiveMinorUnits(value: unknown, field: string): number {
	if (value === undefined || value === null) throw new CrmError('CRM_REQUIRED_FIELD', `"${field}" is required.`, { field });
	if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
		throw new CrmError('CRM_INVALID_AMOUNT', `"${field}" must be a whole number of minor units above zero (12345 = 123.45), got ${JSON.stringify(value)}.`, { field });
	}
	return value;
}

function optionalText(body: Body, field: string): string | undefined {
	const value = body[field];
	if (value === undefined || value === null) return undefined;
	if (typeof value !== 'string') throw new CrmError('CRM_INVALID_TYPE', `"${field}" must be text.`, { field });
	return value.trim() === '' ? undefined : value.trim();
}

function uuid(value: unknown, field: string, what: string): string {
	if (value === undefined || value === null || value === '') throw new CrmError('CRM_REQUIRED_FIELD', `"${field}" is required.`, { field });
	if (!isUuid(value)) throw new CrmError('CRM_REFERENCE_NOT_FOUND', `There is no ${what} ${JSON.stringify(value)}.`, { field });
	return value.toLowerCase();
}

function allocationList(value: unknown): RequestedAllocation[] | undefined {
	if (value === undefined || value === null) return undefined;
	if (!Array.isArray(value)) throw new CrmError('CRM_INVALID_PAYLOAD', '"allocations" must be a list of { invoice, amount }.', { field: 'allocations' });
	return value.map((item, i) => {
		const field = `allocations[${i}]`;
		const line = objectBody(item, `${field}`);
		assertOnlyFields(line, fieldsOf(partOf(ALLOCATIONS_SCHEMA)));
		return { invoiceKey: uuid(line['invoice'], `${field}.invoice`, 'invoice'), amount: positiveMinorUnits(line['amount'], `${field}.amount`) };
	});
}

/**
 * The body of POST /crm/payments. A payment cannot be dated in the future: money that has not arrived
 * must not settle an invoice.
 */
export function parsePaymentRequest(body: unknown, today: string): PaymentRequest {
	const b = objectBody(body, 'one payment');
	assertOnlyFields(b, fieldsOf(PAYMENT_REQUEST_SCHEMA));
	const customerId = uuid(b['customer'], 'customer', 'customer');
	const amount = positiveMinorUnits(b['amount'], 'amount');
	const currency = b['currency'];
	if (currency === undefined || currency === null || currency === '') throw new CrmError('CRM_REQUIRED_FIELD', '"currency" is required.', { field: 'currency' });
	if (!isCurrencyCode(currency)) throw new CrmError('CRM_INVALID_CURRENCY', `"currency" must be an ISO 4217 code such as EUR, got ${JSON.stringify(currency)}.`, { field: 'currency' });
	currencyExponent(currency);

	const receivedOnRaw = b['received_on'];
	let receivedOn = today;
	if (receivedOnRaw !== undefined && receivedOnRaw !== null) {
		if (typeof receivedOnRaw !== 'string' || !isCalendarDate(receivedOnRaw)) throw new CrmError('CRM_INVALID_FORMAT', `"received_on" must be a day written YYYY-MM-DD, got ${JSON.stringify(receivedOnRaw)}.`, { field: 'received_on' });
		if (receivedOnRaw > today) throw new CrmError('CRM_OUT_OF_RANGE', `A payment cannot be received in the future (${receivedOnRaw}, today is ${today}).`, { field: 'received_on' });
		receivedOn = receivedOnRaw;
	}

	const method = optionalText(b, 'method');
	const reference = optionalText(b, 'reference');
	const allocations = allocationList(b['allocations']);
	return { customerId, amount, currency, receivedOn, ...(method !== undefined ? { method } : {}), ...(reference !== undefined ? { reference } : {}), ...(allocations !== undefined ? { allocations } : {}) };
}

/** The body of POST /crm/payments/:id/allocations; without allocations the oldest due invoices are settled. */
export function parseAllocationRequest(body: unknown): { allocations?: RequestedAllocation[] } {
	const b = body === undefined || body === null ? {} : objectBody(body, 'the allocations');
	assertOnlyFields(b, fieldsOf(ALLOCATION_REQUEST_SCHEMA));
	const allocations = allocationList(b['allocations']);
	return allocations !== undefined ? { allocations } : {};
}

/** The body of POST /crm/payments/:id/reversal: the reason is required, it shows on the statement. */
export function parsePaymentReversalRequest(body: unknown): { reason: string } {
	const b = body === undefined || body === null ? {} : objectBody(body, 'the reversal');
	assertOnlyFields(b, fieldsOf(PAYMENT_REVERSAL_REQUEST_SCHEMA));
	const reason = optionalText(b, 'reason');
	if (reason === undefined) throw new CrmError('CRM_REQUIRED_FIELD', 'Say why the payment is reversed in "reason" (e.g. "returned by the bank").', { field: 'reason' });
	return { reason };
}

function queryText(query: Record<string, unknown>, name: string): string | undefined {
	const raw = query[name];
	if (raw === undefined || raw === '') return undefined;
	if (typeof raw !== 'string') throw new CrmError('CRM_INVALID_QUERY', `Give "${name}" once, as text.`, { parameter: name });
	return raw;
}

function queryDay(query: Record<string, unknown>, name: string, fallback: string): string {
	const text = queryText(query, name);
	if (text === undefined) return fallback;
	if (!isCalendarDate(text)) throw new CrmError('CRM_INVALID_QUERY', `"${name}" must be a day written YYYY-MM-DD, got "${text}".`, { parameter: name });
	return text;
}

export const STATEMENT_FORMATS = ['json', 'csv', 'pdf'] as const;

export type StatementFormat = (typeof STATEMENT_FORMATS)[number];

export interface StatementQuery {
	from: string;
	to: string;
	/** undefined = the base currency (every entry by its base amount). */
	currency?: string;
	format: StatementFormat;
}

/** The query parameters parseStatementQuery reads. */
export const STATEMENT_QUERY_PARAMETERS: readonly QueryParameter[] = [
	{ name: 'from', schema: isoDay(), description: 'First day, default 1 January of the year of `to`.' },
	{ name: 'to', schema: isoDay(), description: 'Last day, default today.' },
	{ name: 'currency', schema: currencyCode(), description: 'Only the entries in this currency, in that currency; default every entry by its base-currency amount.' },
	{ name: 'format', schema: oneOf(STATEMENT_FORMATS), description: 'json (default), csv or pdf (sent as an attachment).' },
];

/** ?from=&to=&currency=&format= of the statement; the period defaults to the year of `to` up to today. */
export function parseStatementQuery(query: Record<string, unknown>, today: string): StatementQuery {
	assertIsoDay(today, 'today');
	const to = queryDay(query, 'to', today);
	const from = queryDay(query, 'from', `${to.slice(0, 4)}-01-01`);
	if (from > to) throw new CrmError('CRM_INVALID_QUERY', `"from" (${from}) must not be after "to" (${to}).`, { parameter: 'from' });
	const currency = queryText(query, 'currency');
	if (currency !== undefined && !isCurrencyCode(currency)) throw new CrmError('CRM_INVALID_QUERY', `"currency" must be an ISO 4217 code such as EUR, got "${currency}".`, { parameter: 'currency' });
	const format = queryText(query, 'format') ?? 'json';
	if (!(STATEMENT_FORMATS as readonly string[]).includes(format)) throw new CrmError('CRM_INVALID_QUERY', `"format" must be one of ${STATEMENT_FORMATS.join(', ')}, got "${format}".`, { parameter: 'format' });
	return { from, to, ...(currency !== undefined ? { currency } : {}), format: format as StatementFormat };
}

export const AGING_QUERY_PARAMETERS: readonly QueryParameter[] = [{ name: 'as_of', schema: isoDay(), description: 'The day the invoices are aged on, default today.' }];

/** ?as_of= of the aging report, default today. */
export function parseAgingQuery(query: Record<string, unknown>, today: string): { asOf: string } {
	return { asOf: queryDay(query, 'as_of', today) };
}

import {
	AGING_QUERY_PARAMETERS,
	ALLOCATION_REQUEST_SCHEMA,
	CREDIT_NOTE_REQUEST_SCHEMA,
	errorKindOf,
	INVOICE_REQUEST_SCHEMA,
	isCrmError,
	type JsonSchema,
	parseAgingQuery,
	parseAllocationRequest,
	parseCreditNoteRequest,
	parseInvoiceRequest,
	parsePaymentRequest,
	parsePaymentReversalRequest,
	parsePriceQuery,
	parseShipmentRequest,
	parseStatementQuery,
	parseTimelineQuery,
	parseWhatIfRequest,
	PAYMENT_REQUEST_SCHEMA,
	PAYMENT_REVERSAL_REQUEST_SCHEMA,
	PRICE_QUERY_PARAMETERS,
	type QueryParameter,
	SHIPMENT_REQUEST_SCHEMA,
	STATEMENT_QUERY_PARAMETERS,
	TIMELINE_QUERY_PARAMETERS,
	WHAT_IF_REQUEST_SCHEMA,
} from '@crm/core';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';

/*
 * The API reference publishes the schemas the parsers take their fields from. These tests hold each
 * parser to its schema: what the schema allows it accepts, what the schema refuses it refuses with a 400
 * naming the field, so neither can change without the other.
 */

const TODAY = '2026-06-30';
const ajv = new Ajv2020({ strict: false });
addFormats(ajv);

/** A valid value of a schema, every optional property included. */
function sampleOf(schema: JsonSchema): unknown {
	if (Array.isArray(schema['examples'])) return schema['examples'][0];
	if (Array.isArray(schema['anyOf']) && schema['type'] === undefined) return sampleOf(schema['anyOf'][0] as JsonSchema);
	if (Array.isArray(schema['enum'])) return schema['enum'][0];
	switch (schema['type']) {
		case 'object':
			return Object.fromEntries(Object.entries(schema['properties'] as Record<string, JsonSchema>).map(([k, v]) => [k, sampleOf(v)]));
		case 'array':
			return [sampleOf(schema['items'] as JsonSchema)];
		case 'integer':
			return Math.max(Number(schema['minimum'] ?? 0), 1000) > Number(schema['maximum'] ?? Infinity) ? schema['minimum'] : Math.max(Number(schema['minimum'] ?? 0), 1000);
		default:
			if (schema['format'] === 'uuid') return '0b0e4c1a-2f3d-4e5f-8a9b-0c1d2e3f4a5b';
			if (schema['format'] === 'date' || Array.isArray(schema['anyOf'])) return '2026-01-15';
			if (schema['pattern'] === '^[A-Z]{3}$') return 'EUR';
			return 'Some text';
	}
}

const requiredOf = (schema: JsonSchema) => (schema['required'] ?? []) as string[];
const propertiesOf = (schema: JsonSchema) => Object.keys(schema['properties'] as object);

/** The CrmError a parse throws, or fails when it accepts. */
function refusal(parse: () => unknown): { code: string; field?: unknown; parameter?: unknown } {
	try {
		parse();
	} catch (error) {
		if (!isCrmError(error)) throw error;
		return { code: error.code, ...error.details };
	}
	return expect.fail('the parser accepted it');
}

const BODIES: [string, JsonSchema, (body: unknown) => unknown][] = [
	['POST /crm/payments', PAYMENT_REQUEST_SCHEMA, (b) => parsePaymentRequest(b, TODAY)],
	['POST /crm/payments/{id}/allocations', ALLOCATION_REQUEST_SCHEMA, parseAllocationRequest],
	['POST /crm/payments/{id}/reversal', PAYMENT_REVERSAL_REQUEST_SCHEMA, parsePaymentReversalRequest],
	['POST /crm/orders/{id}/shipments', SHIPMENT_REQUEST_SCHEMA, parseShipmentRequest],
	['POST /crm/orders/{id}/invoices', INVOICE_REQUEST_SCHEMA, parseInvoiceRequest],
	['POST /crm/invoices/{id}/credit-notes', CREDIT_NOTE_REQUEST_SCHEMA, parseCreditNoteRequest],
	['POST /crm/pricing/quote', WHAT_IF_REQUEST_SCHEMA, (b) => parseWhatIfRequest(b, new Date(`${TODAY}T12:00:00Z`))],
];

describe.each(BODIES)('the body of %s', (_route, schema, parse) => {
	const full = sampleOf(schema) as Record<string, unknown>;

	test('a body with every field the schema describes is valid and accepted', () => {
		expect(ajv.validate(schema, full)).toBe(true);
		expect(() => parse(full)).not.toThrow();
	});

	test('a body with only the required fields is accepted', () => {
		const minimal = Object.fromEntries(requiredOf(schema).map((k) => [k, full[k]]));
		expect(ajv.validate(schema, minimal)).toBe(true);
		expect(() => parse(minimal)).not.toThrow();
	});

	test('leaving out a required field is refused, naming it', () => {
		for (const field of requiredOf(schema)) {
			const { [field]: _left, ...rest } = full;
			expect(ajv.validate(schema, rest)).toBe(false);
			expect([field, refusal(() => parse(rest)).field]).toEqual([field, field]);
		}
	});

	test('a field of the wrong JSON type is refused with a 400 naming it', () => {
		for (const field of propertiesOf(schema)) {
			const wrong = { ...full, [field]: { not: 'this' } };
			expect(ajv.validate(schema, wrong)).toBe(false);
			const failure = refusal(() => parse(wrong));
			expect([field, errorKindOf(failure.code as never), String(failure.field).startsWith(field)]).toEqual([field, 'invalid', true]);
		}
	});

	test('a field the schema does not describe is refused as CRM_INVALID_PAYLOAD', () => {
		const extra = { ...full, surprise: 1 };
		expect(ajv.validate(schema, extra)).toBe(false);
		expect(refusal(() => parse(extra))).toMatchObject({ code: 'CRM_INVALID_PAYLOAD', field: 'surprise' });
	});
});

const QUERIES: [string, readonly QueryParameter[], (query: Record<string, unknown>) => unknown][] = [
	['GET /crm/customers/{id}/timeline', TIMELINE_QUERY_PARAMETERS, parseTimelineQuery],
	['GET /crm/prices/resolve', PRICE_QUERY_PARAMETERS, (q) => parsePriceQuery(q, new Date(`${TODAY}T12:00:00Z`))],
	['GET /crm/customers/{id}/statement', STATEMENT_QUERY_PARAMETERS, (q) => parseStatementQuery(q, TODAY)],
	['GET /crm/receivables/aging', AGING_QUERY_PARAMETERS, (q) => parseAgingQuery(q, TODAY)],
];

describe.each(QUERIES)('the query of %s', (_route, parameters, parse) => {
	const full = Object.fromEntries(parameters.map((p) => [p.name, String(sampleOf(p.schema))]));

	test('every parameter the reference lists, with a value its schema allows, is accepted', () => {
		for (const p of parameters) expect([p.name, ajv.validate(p.schema, p.schema['type'] === 'integer' ? Number(full[p.name]) : full[p.name])]).toEqual([p.name, true]);
		expect(() => parse(full)).not.toThrow();
	});

	test('the required parameters alone are enough', () => {
		expect(() => parse(Object.fromEntries(parameters.filter((p) => p.required).map((p) => [p.name, full[p.name]])))).not.toThrow();
	});

	test('a value outside its schema is refused as CRM_INVALID_QUERY naming the parameter', () => {
		for (const p of parameters) {
			expect(ajv.validate(p.schema, 'not valid!')).toBe(false);
			expect(refusal(() => parse({ ...full, [p.name]: 'not valid!' }))).toMatchObject({ code: 'CRM_INVALID_QUERY', parameter: p.name });
		}
	});
});

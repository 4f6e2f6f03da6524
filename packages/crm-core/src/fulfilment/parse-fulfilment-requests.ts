import { toEpochDay } from '../calendar/calendar-day.ts';
import { CrmError } from '../errors/crm-error.ts';
import { assertQuantityMilli } from '../orders/line-values.ts';
import { fieldsOf, isoDay, type JsonSchema, listOf, milliUnits, objectOf, oneOf, partOf, text, uuid } from '../api-schema/schema-vocabulary.ts';
import { isUuid } from '../validation/is-uuid.ts';

/** The two shipping documents: a waybill carries goods, an act of services rendered carries services. */
export const SHIPMENT_KINDS = ['waybill', 'service_act'] as const;
export type ShipmentKind = (typeof SHIPMENT_KINDS)[number];

export interface RequestedQuantity {
	/** The order line (shipments) or invoice line (credit notes) the quantity is for. */
	lineId: string;
	quantityMilli: number;
}

/** POST /crm/orders/:id/shipments, after parsing; what is left out takes its default on the server. */
export interface ShipmentRequest {
	kind?: ShipmentKind;
	warehouseId?: string;
	shippedOn?: string;
	lines?: RequestedQuantity[];
}

/** POST /crm/orders/:id/invoices. */
export interface InvoiceRequest {
	issueDate?: string;
	shipmentIds?: string[];
}

/** POST /crm/invoices/:id/credit-notes. */
export interface CreditNoteRequest {
	issueDate?: string;
	reason: string;
	lines?: RequestedQuantity[];
}

type Body = Record<string, unknown>;

/** Directus' `notes` text has no limit, but a reason is a sentence, not a document. */
export const CREDIT_REASON_MAX_LENGTH = 2000;

const quantitiesSchema = (idField: string, what: string, fallback: string) =>
	listOf(objectOf({ [idField]: uuid(what), quantity_milli: milliUnits() }, [idField, 'quantity_milli']), { minItems: 1, description: `One entry per line; leave it out for ${fallback}.` });

/** The body of POST /crm/orders/:id/shipments; every field is optional. */
export const SHIPMENT_REQUEST_SCHEMA: JsonSchema = objectOf({
	kind: oneOf(SHIPMENT_KINDS, 'waybill (goods) or service_act (services); needed only when the order has both and no lines are given.'),
	warehouse: uuid("Warehouse the goods leave from, default the order's."),
	shipped_on: isoDay('Default today.'),
	lines: quantitiesSchema('order_line', 'A line of this order.', 'everything still to ship (of `kind`); a partial shipment names its lines and quantities'),
});

/** The body of POST /crm/orders/:id/invoices; every field is optional. */
export const INVOICE_REQUEST_SCHEMA: JsonSchema = objectOf({
	issue_date: isoDay('Default today; the due date follows the customer\'s payment terms.'),
	shipments: listOf(uuid('A posted shipment of this order.'), { minItems: 1, description: 'Invoice only these shipments; leave it out to invoice everything shipped and not invoiced yet.' }),
});

/** The body of POST /crm/invoices/:id/credit-notes. */
export const CREDIT_NOTE_REQUEST_SCHEMA: JsonSchema = objectOf(
	{
		issue_date: isoDay('Default today.'),
		reason: text({ maxLength: CREDIT_REASON_MAX_LENGTH, description: 'Why the invoice is credited.' }),
		lines: quantitiesSchema('invoice_line', 'A line of this invoice.', 'crediting the whole invoice (what is not credited yet)'),
	},
	['reason'],
);

function objectBody(body: unknown, allowed: readonly string[]): Body {
	if (body === undefined || body === null) return {};
	if (typeof body !== 'object' || Array.isArray(body)) throw new CrmError('CRM_INVALID_PAYLOAD', 'Send a JSON object.', { field: '' });
	const unknown = Object.keys(body).filter((k) => !allowed.includes(k));
	if (unknown.length > 0) throw new CrmError('CRM_INVALID_PAYLOAD', `Unknown field "${unknown[0]}"; allowed: ${allowed.join(', ')}.`, { field: unknown[0] });
	return body as Body;
}

function present(body: Body, field: string): boolean {
	return body[field] !== undefined && body[field] !== null;
}

function day(value: unknown, field: string): string {
	if (typeof value !== 'string') throw new CrmError('CRM_INVALID_TYPE', `"${field}" must be a day 'YYYY-MM-DD'.`, { field });
	toEpochDay(value, field);
	return value;
}

function id(value: unknown, field: string): string {
	if (typeof value !== 'string') throw new CrmError('CRM_INVALID_TYPE', `"${field}" must be an id (text).`, { field });
	if (!isUuid(value)) throw new CrmError('CRM_INVALID_FORMAT', `"${field}" must be a UUID, got ${JSON.stringify(value)}.`, { field });
	return value.toLowerCase();
}

function quantities(value: unknown, field: string, idField: string, itemsOf: JsonSchema): RequestedQuantity[] {
	if (!Array.isArray(value)) throw new CrmError('CRM_INVALID_TYPE', `"${field}" must be a list of { ${idField}, quantity_milli }.`, { field });
	if (value.length === 0) throw new CrmError('CRM_REQUIRED_FIELD', `"${field}" needs at least one line; leave it out for the default.`, { field });
	const seen = new Set<string>();
	return value.map((entry, i) => {
		const at = `${field}[${i}]`;
		const line = objectBody(entry, fieldsOf(partOf(itemsOf)));
		if (!present(line, idField)) throw new CrmError('CRM_REQUIRED_FIELD', `"${at}.${idField}" is required.`, { field: `${at}.${idField}` });
		if (!present(line, 'quantity_milli')) throw new CrmError('CRM_REQUIRED_FIELD', `"${at}.quantity_milli" is required.`, { field: `${at}.quantity_milli` });
		const lineId = id(line[idField], `${at}.${idField}`);
		const quantityMilli = line['quantity_milli'];
		if (typeof quantityMilli !== 'number') throw new CrmError('CRM_INVALID_TYPE', `"${at}.quantity_milli" must be a number of milli-units.`, { field: `${at}.quantity_milli` });
		assertQuantityMilli(quantityMilli, `${at}.quantity_milli`, true);
		if (seen.has(lineId)) throw new CrmError('CRM_INVALID_PAYLOAD', `${idField} ${lineId} appears twice; send one line per ${idField}.`, { field: `${at}.${idField}` });
		seen.add(lineId);
		return { lineId, quantityMilli };
	});
}

/** `{ kind?, warehouse?, shipped_on?, lines?: [{ order_line, quantity_milli }] }`; 400 codes name the field. */
export function parseShipmentRequest(body: unknown): ShipmentRequest {
	const b = objectBody(body, fieldsOf(SHIPMENT_REQUEST_SCHEMA));
	const request: ShipmentRequest = {};
	if (present(b, 'kind')) {
		if (!(SHIPMENT_KINDS as readonly unknown[]).includes(b['kind'])) throw new CrmError('CRM_INVALID_CHOICE', `"kind" must be one of ${SHIPMENT_KINDS.join(', ')}.`, { field: 'kind', choices: SHIPMENT_KINDS });
		request.kind = b['kind'] as ShipmentKind;
	}
	if (present(b, 'warehouse')) request.warehouseId = id(b['warehouse'], 'warehouse');
	if (present(b, 'shipped_on')) request.shippedOn = day(b['shipped_on'], 'shipped_on');
	if (present(b, 'lines')) request.lines = quantities(b['lines'], 'lines', 'order_line', partOf(SHIPMENT_REQUEST_SCHEMA, 'lines'));
	return request;
}

/** `{ issue_date?, shipments?: [id] }`. */
export function parseInvoiceRequest(body: unknown): InvoiceRequest {
	const b = objectBody(body, fieldsOf(INVOICE_REQUEST_SCHEMA));
	const request: InvoiceRequest = {};
	if (present(b, 'issue_date')) request.issueDate = day(b['issue_date'], 'issue_date');
	if (present(b, 'shipments')) {
		const list = b['shipments'];
		if (!Array.isArray(list)) throw new CrmError('CRM_INVALID_TYPE', '"shipments" must be a list of shipment ids.', { field: 'shipments' });
		if (list.length === 0) throw new CrmError('CRM_REQUIRED_FIELD', '"shipments" needs at least one shipment; leave it out to invoice everything shipped.', { field: 'shipments' });
		const ids = list.map((v, i) => id(v, `shipments[${i}]`));
		const twice = ids.findIndex((v, i) => ids.indexOf(v) !== i);
		if (twice >= 0) throw new CrmError('CRM_INVALID_PAYLOAD', `Shipment ${ids[twice]} appears twice.`, { field: `shipments[${twice}]` });
		request.shipmentIds = ids;
	}
	return request;
}

/** `{ issue_date?, reason, lines?: [{ invoice_line, quantity_milli }] }`; the reason is required. */
export function parseCreditNoteRequest(body: unknown): CreditNoteRequest {
	const b = objectBody(body, fieldsOf(CREDIT_NOTE_REQUEST_SCHEMA));
	if (!present(b, 'reason')) throw new CrmError('CRM_REQUIRED_FIELD', 'A credit note needs a "reason".', { field: 'reason' });
	if (typeof b['reason'] !== 'string') throw new CrmError('CRM_INVALID_TYPE', '"reason" must be text.', { field: 'reason' });
	const reason = b['reason'].trim();
	if (reason === '') throw new CrmError('CRM_REQUIRED_FIELD', 'A credit note needs a "reason".', { field: 'reason' });
	if (reason.length > CREDIT_REASON_MAX_LENGTH) throw new CrmError('CRM_TOO_LONG', `"reason" may have at most ${CREDIT_REASON_MAX_LENGTH} characters.`, { field: 'reason', max: CREDIT_REASON_MAX_LENGTH });
	const request: CreditNoteRequest = { reason };
	if (present(b, 'issue_date')) request.issueDate = day(b['issue_date'], 'issue_date');
	if (present(b, 'lines')) request.lines = quantities(b['lines'], 'lines', 'invoice_line', partOf(CREDIT_NOTE_REQUEST_SCHEMA, 'lines'));
	return request;
}

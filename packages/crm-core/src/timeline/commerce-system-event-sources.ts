import { formatDecimalAmount } from '../money/minor-units.ts';
import type { Row, SystemEventSource } from './system-event-source.ts';

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const label = (v: unknown) => text(v).replaceAll('_', ' ');

function amount(row: Row, field = 'gross_total'): string {
	const value = Number(row[field]);
	return Number.isSafeInteger(value) && /^[A-Z]{3}$/.test(text(row['currency'])) ? ` (${formatDecimalAmount(value, text(row['currency']))} ${text(row['currency'])})` : '';
}

function documentEvents(collection: string, noun: string, amountField = 'gross_total'): SystemEventSource {
	return {
		collection,
		watchedFields: ['status'],
		customerOf: (row) => (typeof row['customer'] === 'string' ? row['customer'] : null),
		describeCreate: (row) => `${noun} ${text(row['number'])} created${amount(row, amountField)}`,
		describeChange: (before, after) => `${noun} ${text(after['number'])}: ${label(before['status'])} → ${label(after['status'])}${amount(after, amountField)}`,
	};
}

/** Orders to cash on the customer's timeline: every document's creation and status change. */
export const COMMERCE_SYSTEM_EVENT_SOURCES: readonly SystemEventSource[] = [
	documentEvents('crm_quotes', 'Proposal'),
	documentEvents('crm_orders', 'Order'),
	{ ...documentEvents('crm_shipments', 'Shipment'), watchedFields: [], describeCreate: (row) => `${row['kind'] === 'service_act' ? 'Service act' : 'Waybill'} ${text(row['number'])} posted` },
	{ ...documentEvents('crm_invoices', 'Invoice'), describeCreate: (row) => `${row['kind'] === 'credit_note' ? 'Credit note' : 'Invoice'} ${text(row['number'])} issued${amount(row)}` },
	documentEvents('crm_payments', 'Payment', 'amount'),
];

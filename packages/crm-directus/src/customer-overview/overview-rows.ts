import type {
	OverviewClassChangeFacts,
	OverviewClassFacts,
	OverviewContactFacts,
	OverviewContractFacts,
	OverviewCustomerFacts,
	OverviewDocumentFacts,
	OverviewMembershipFacts,
	OverviewPaymentFacts,
	OverviewProductFacts,
	OverviewRef,
	OverviewRequestFacts,
	OverviewStockFacts,
	SalesLineFacts,
	SalesOrderFacts,
} from '@crm/core';
import { toDay } from '../load-pricing-context.ts';
import { instantOf } from '../service/instant.ts';
import { readField, type Row } from './read-permitted.ts';

/*
 * Rows read through Directus (under the caller's policy) as the customer card's facts. A field the policy
 * left out of a row is undefined in the facts; amounts come back as text on PostgreSQL, timestamps as text
 * or epoch milliseconds, days as text or Dates.
 */

const text = (value: unknown) => String(value);
const amount = (value: unknown) => Number(value);
const day = (value: unknown) => toDay(value);
const instant = (value: unknown) => instantOf(value);
const flag = (value: unknown) => value === true || value === 1 || value === '1' || value === 'true';
const orNull = <T>(value: T | null | undefined): T | null => value ?? null;

/** A link as read: an object with its name where the caller may read the target, else just its key. */
export function refOf(row: Row, field: string): OverviewRef | null | undefined {
	const value = row[field];
	if (!(field in row)) return undefined;
	if (value === null || value === undefined) return null;
	if (typeof value !== 'object') return { id: String(value), name: null };
	const linked = value as Row;
	return { id: String(linked['id']), name: orNull(readField(linked, 'name', text) ?? readField(linked, 'code', text)) };
}

export function toCustomer(row: Row): OverviewCustomerFacts {
	return {
		id: String(row['id']),
		name: orNull(readField(row, 'name', text)),
		kind: readField(row, 'kind', text),
		status: readField(row, 'status', text),
		category: readField(row, 'category', text),
		owner: refOf(row, 'owner'),
		region: refOf(row, 'region'),
		currency: readField(row, 'currency', text),
		paymentTermsDays: readField(row, 'payment_terms_days', amount),
		creditLimit: readField(row, 'credit_limit', amount),
	};
}

export function toContact(row: Row): OverviewContactFacts {
	const field = (name: string) => readField(row, name, text);
	return { id: String(row['id']), firstName: orNull(field('first_name')), lastName: orNull(field('last_name')), position: field('position'), phone: field('phone'), mobile: field('mobile'), email: field('email'), preferredChannel: field('preferred_channel'), active: readField(row, 'active', flag) };
}

/** A proposal (dated by `issue_date`) or an order (by `order_date`). */
export function toDocument(row: Row, dateField: 'issue_date' | 'order_date'): OverviewDocumentFacts {
	return {
		id: String(row['id']),
		number: orNull(readField(row, 'number', text)),
		status: String(row['status']),
		date: orNull(readField(row, dateField, day)),
		...(dateField === 'issue_date' ? { validUntil: readField(row, 'valid_until', day) } : {}),
		currency: readField(row, 'currency', text),
		netTotal: readField(row, 'net_total', amount),
		grossTotal: readField(row, 'gross_total', amount),
	};
}

export function toSalesOrder(row: Row): SalesOrderFacts {
	return { id: String(row['id']), orderDate: toDay(row['order_date']) ?? '', status: String(row['status']), currency: String(row['currency']), netTotal: Number(row['net_total'] ?? 0), grossTotal: orNull(readField(row, 'gross_total', amount)), grossTotalBase: orNull(readField(row, 'gross_total_base', amount)) };
}

/** A group of the order lines' aggregate (per order and product). */
export function toSalesLine(row: Row): SalesLineFacts {
	return { orderId: String(row['order']), productId: String(row['product']), netAmount: Number((row['sum'] as Row | undefined)?.['net_amount'] ?? 0) };
}

export function toProduct(row: Row): OverviewProductFacts {
	return { id: String(row['id']), sku: orNull(readField(row, 'sku', text)), name: orNull(readField(row, 'name', text)), kind: readField(row, 'kind', text), group: orNull(refOf(row, 'group')) };
}

export function toPayment(row: Row): OverviewPaymentFacts {
	const field = (name: string) => readField(row, name, text);
	return { id: String(row['id']), number: orNull(field('number')), status: orNull(field('status')), receivedOn: orNull(readField(row, 'received_on', day)), amount: Number(row['amount'] ?? 0), currency: orNull(field('currency')), method: field('method'), reference: field('reference'), unallocatedAmount: readField(row, 'unallocated_amount', amount), createdAt: readField(row, 'date_created', instant) };
}

export function toContract(row: Row): OverviewContractFacts {
	return { id: String(row['id']), code: orNull(readField(row, 'code', text)), level: orNull(readField(row, 'level', text)), active: orNull(readField(row, 'active', flag)), validFrom: orNull(readField(row, 'valid_from', day)), validTo: orNull(readField(row, 'valid_to', day)) };
}

export function toRequest(row: Row): OverviewRequestFacts {
	const at = (name: string) => readField(row, name, instant);
	return { id: String(row['id']), number: orNull(readField(row, 'number', text)), subject: orNull(readField(row, 'subject', text)), status: String(row['status']), priority: readField(row, 'priority', text), slaStatus: readField(row, 'sla_status', text), responseDueAt: at('response_due_at'), resolutionDueAt: at('resolution_due_at'), firstResponseAt: at('first_response_at'), createdAt: at('date_created') };
}

/** A campaign as linked from a membership: its code, name, channel and status where the caller may read them. */
function campaignOf(row: Row): OverviewMembershipFacts['campaign'] {
	const value = row['campaign'];
	if (value === null || value === undefined) return null;
	if (typeof value !== 'object') return { id: String(value), code: null, name: null };
	const c = value as Row;
	return { id: String(c['id']), code: orNull(readField(c, 'code', text)), name: orNull(readField(c, 'name', text)), channel: orNull(readField(c, 'channel', text)), status: orNull(readField(c, 'status', text)) };
}

/** A contact linked by key, or with its first and last name. */
function contactOf(row: Row): OverviewRef | null {
	const value = row['contact'];
	if (value === null || value === undefined) return null;
	if (typeof value !== 'object') return { id: String(value), name: null };
	const c = value as Row;
	return { id: String(c['id']), name: [c['first_name'], c['last_name']].filter((part) => typeof part === 'string' && part !== '').join(' ') || null };
}

export function toMembership(row: Row, touches: ReadonlyMap<string, { count: number; lastAt: string | null }> | undefined): OverviewMembershipFacts {
	const id = String(row['id']);
	const touched = touches === undefined ? {} : { touches: touches.get(id) ?? { count: 0, lastAt: null } };
	return { id, campaign: campaignOf(row), contact: contactOf(row), sendState: readField(row, 'send_state', text), lastTouch: readField(row, 'last_touch', text), lastTouchAt: readField(row, 'last_touch_at', instant), ...touched };
}

/** What the touches aggregate (count and latest instant per member) says of each member. */
export function toTouchSummary(rows: readonly Row[]): Map<string, { count: number; lastAt: string | null }> {
	return new Map(rows.map((r) => [String(r['member']), { count: Number(r['count'] ?? 0), lastAt: instantOf((r['max'] as Row | undefined)?.['occurred_at']) }]));
}

/** The classes a run compares, as the history names them (from_<class>, to_<class>). */
export const CLASS_CHANGE_CLASSES = ['abc_revenue', 'abc_margin', 'xyz', 'rfm', 'category', 'status'] as const;

export function toClassChange(row: Row): OverviewClassChangeFacts {
	const side = (prefix: 'from_' | 'to_') => Object.fromEntries(CLASS_CHANGE_CLASSES.map((c) => [c, orNull(readField(row, `${prefix}${c}`, text))]));
	return { id: String(row['id']), changedAt: orNull(readField(row, 'changed_at', instant)), run: orNull(refOf(row, 'run'))?.id ?? null, from: side('from_'), to: side('to_'), rule: orNull(refOf(row, 'rule')), revenueBase: readField(row, 'revenue_base', amount), marginBase: readField(row, 'margin_base', amount) };
}

/** The customer's classes, when the caller may read them (the row has `abc_revenue`); the moves between them as read. */
export function toClasses(row: Row, changes: OverviewClassChangeFacts[] | undefined): OverviewClassFacts | undefined {
	if (!('abc_revenue' in row)) return undefined;
	const field = (name: string) => orNull(readField(row, name, text));
	return { abcRevenue: field('abc_revenue'), abcMargin: field('abc_margin'), xyz: field('xyz'), rfm: field('rfm'), revenueBase: readField(row, 'class_revenue_base', amount), marginBase: readField(row, 'class_margin_base', amount), classifiedAt: readField(row, 'classified_at', instant), rule: orNull(refOf(row, 'class_rule')), ...(changes ? { changes } : {}) };
}

function warehouseOf(row: Row): OverviewStockFacts['warehouse'] {
	const w = row['warehouse'];
	if (w === null || w === undefined) return null;
	if (typeof w !== 'object') return { id: String(w), code: null };
	return { id: String((w as Row)['id']), code: orNull(readField(w as Row, 'code', text)), name: readField(w as Row, 'name', text) };
}

export function toStockLevel(row: Row): OverviewStockFacts {
	return { productId: String(row['product']), warehouse: warehouseOf(row), onHandMilli: Number(row['on_hand_milli'] ?? 0), reservedMilli: Number(row['reserved_milli'] ?? 0) };
}

import {
	type CustomerOverviewFacts,
	isOpenOrderStatus,
	OPEN_ORDER_STATUSES,
	OPEN_QUOTE_STATUSES,
	OPEN_REQUEST_STATUSES,
	OVERVIEW_CLASS_CHANGES,
	OVERVIEW_OPEN_DOCUMENTS,
	OVERVIEW_PAYMENTS,
	type OverviewClassFacts,
	type OverviewCustomerFacts,
	type OverviewDocumentList,
	type OverviewRef,
	type SalesFacts,
	salesWindow,
	type SalesWindow,
	UNCOUNTED_ORDER_STATUSES,
} from '@crm/core';
import type { ReaderOf } from '../reader-of.ts';
import { loadCustomerTotals } from '../settlements/load-receivables.ts';
import { CLASS_CHANGE_CLASSES, toClassChange, toClasses, toContact, toContract, toCustomer, toDocument, toMembership, toPayment, toProduct, toRequest, toSalesLine, toSalesOrder, toStockLevel, toTouchSummary } from './overview-rows.ts';
import { isForbiddenError, type Query, readOnePermitted, readPermitted, type Row } from './read-permitted.ts';

/*
 * The customer card's facts (A5.2), each read through the caller's ItemsServices, so their policy decides
 * in SQL what every block holds. Every read names the fields it needs (with the names of what it links to);
 * where the policy leaves one of them out, the read is made again with `*` (what the policy allows), and
 * where it refuses the collection the block is left out. Independent reads run together.
 */

const CUSTOMER_FIELDS = ['id', 'name', 'kind', 'status', 'category', 'currency', 'payment_terms_days', 'credit_limit', 'owner.id', 'owner.name', 'region.id', 'region.name'];
const CLASS_FIELDS = ['abc_revenue', 'abc_margin', 'xyz', 'rfm', 'class_revenue_base', 'class_margin_base', 'classified_at', 'class_rule.id', 'class_rule.name'];
const CONTACT_FIELDS = ['id', 'first_name', 'last_name', 'position', 'phone', 'mobile', 'email', 'preferred_channel', 'active'];
const QUOTE_FIELDS = ['id', 'number', 'status', 'issue_date', 'valid_until', 'currency', 'net_total', 'gross_total'];
const ORDER_FIELDS = ['id', 'number', 'status', 'order_date', 'currency', 'net_total', 'gross_total', 'gross_total_base'];
const PAYMENT_FIELDS = ['id', 'number', 'status', 'received_on', 'amount', 'currency', 'method', 'reference', 'unallocated_amount', 'date_created'];
const CONTRACT_FIELDS = ['id', 'code', 'level', 'active', 'valid_from', 'valid_to'];
const REQUEST_FIELDS = ['id', 'number', 'subject', 'status', 'priority', 'sla_status', 'response_due_at', 'resolution_due_at', 'first_response_at', 'date_created'];
const MEMBER_FIELDS = ['id', 'send_state', 'last_touch', 'last_touch_at', 'campaign.id', 'campaign.code', 'campaign.name', 'campaign.channel', 'campaign.status', 'contact.id', 'contact.first_name', 'contact.last_name'];
const CHANGE_FIELDS = ['id', 'run', 'changed_at', ...CLASS_CHANGE_CLASSES.flatMap((c) => [`from_${c}`, `to_${c}`]), 'rule.id', 'rule.name', 'revenue_base', 'margin_base'];
const PRODUCT_FIELDS = ['id', 'sku', 'name', 'kind', 'group.id', 'group.name'];
const STOCK_FIELDS = ['product', 'warehouse.id', 'warehouse.code', 'warehouse.name', 'on_hand_milli', 'reserved_milli'];
/** At most this many contacts, open requests and memberships: the card is a glance, the lists are one click away. */
const LIST_LIMIT = 50;

const byCustomer = (id: string) => ({ customer: { _eq: id } });
/** The query as asked, then the same with `*` for the fields. */
const withFallback = (query: Query): [Query, Query] => [query, { ...query, fields: ['*'] }];

/** Undefined instead of Directus' refusal: the caller may not read what `read` reads. */
async function orUndefined<T>(read: Promise<T>): Promise<T | undefined> {
	try {
		return await read;
	} catch (error) {
		if (isForbiddenError(error)) return undefined;
		throw error;
	}
}

/** The customer's own record: 403 (thrown) when the caller may not read it. */
const readCustomer = (read: ReaderOf, id: string) => readOnePermitted(read, 'crm_customers', id, { fields: [...CUSTOMER_FIELDS, ...CLASS_FIELDS] }, { fields: ['*'] });

async function loadContacts(read: ReaderOf, id: string) {
	const rows = await readPermitted(read, 'crm_contacts', { filter: { ...byCustomer(id), active: { _eq: true } }, fields: CONTACT_FIELDS, sort: ['last_name', 'first_name'], limit: LIST_LIMIT }, { filter: byCustomer(id), fields: ['*'], limit: LIST_LIMIT });
	return rows?.map(toContact);
}

/** The newest open proposals, and how many are open (counted by the database only when there are more than the card lists). */
async function loadOpenQuotes(read: ReaderOf, id: string): Promise<OverviewDocumentList | undefined> {
	const filter = { ...byCustomer(id), status: { _in: [...OPEN_QUOTE_STATUSES] } };
	const rows = await readPermitted(read, 'crm_quotes', ...withFallback({ filter, fields: QUOTE_FIELDS, sort: ['-issue_date', '-number'], limit: OVERVIEW_OPEN_DOCUMENTS }));
	if (rows === undefined) return undefined;
	const counted = rows.length < OVERVIEW_OPEN_DOCUMENTS ? [{ count: rows.length }] : await readPermitted(read, 'crm_quotes', { filter, aggregate: { count: ['*'] } });
	return { items: rows.map((r) => toDocument(r, 'issue_date')), count: counted ? Number(counted[0]?.['count'] ?? 0) : null };
}

/**
 * One read of the customer's orders serves two blocks: those still open, and those of the window that count
 * as sales (the assembler keeps those); the lines of the latter are summed per order and product by the database.
 */
async function loadOrders(read: ReaderOf, id: string, window: SalesWindow): Promise<{ openOrders?: OverviewDocumentList; sales?: SalesFacts }> {
	const counted = { status: { _nin: [...UNCOUNTED_ORDER_STATUSES] }, order_date: { _gte: window.from, _lte: window.to } };
	const [orders, lines] = await Promise.all([
		readPermitted(read, 'crm_orders', ...withFallback({ filter: { ...byCustomer(id), _or: [{ status: { _in: [...OPEN_ORDER_STATUSES] } }, counted] }, fields: ORDER_FIELDS, sort: ['-order_date', '-number'], limit: -1 })),
		readPermitted(read, 'crm_order_lines', { filter: { order: { ...byCustomer(id), ...counted } }, aggregate: { sum: ['net_amount'] }, group: ['order', 'product'], limit: -1 }),
	]);
	if (orders === undefined) return {};
	const open = orders.filter((o) => isOpenOrderStatus(String(o['status'])));
	return { openOrders: { items: open.map((o) => toDocument(o, 'order_date')), count: open.length }, sales: { orders: orders.map(toSalesOrder), ...(lines ? { lines: lines.map(toSalesLine) } : {}) } };
}

async function loadPayments(read: ReaderOf, id: string) {
	const query = { filter: byCustomer(id), limit: OVERVIEW_PAYMENTS };
	const rows = await readPermitted(read, 'crm_payments', { ...query, fields: PAYMENT_FIELDS, sort: ['-received_on', '-date_created'] }, { ...query, fields: ['*'], sort: ['-received_on'] });
	return rows?.map(toPayment);
}

/** Contracts and open requests; left out when the caller may read neither. */
async function loadService(read: ReaderOf, id: string) {
	const [contracts, requests] = await Promise.all([
		readPermitted(read, 'crm_service_contracts', ...withFallback({ filter: byCustomer(id), fields: CONTRACT_FIELDS, limit: LIST_LIMIT })),
		readPermitted(read, 'crm_service_requests', ...withFallback({ filter: { ...byCustomer(id), status: { _in: [...OPEN_REQUEST_STATUSES] } }, fields: REQUEST_FIELDS, sort: ['-date_created'], limit: LIST_LIMIT })),
	]);
	if (contracts === undefined && requests === undefined) return undefined;
	return { ...(contracts ? { contracts: contracts.map(toContract) } : {}), ...(requests ? { requests: requests.map(toRequest) } : {}) };
}

/** Memberships, with each member's touches counted (and the latest one's instant) by the database. */
async function loadCampaigns(read: ReaderOf, id: string) {
	const [members, touches] = await Promise.all([
		readPermitted(read, 'crm_campaign_members', ...withFallback({ filter: byCustomer(id), fields: MEMBER_FIELDS, sort: ['-date_created'], limit: LIST_LIMIT })),
		readPermitted(read, 'crm_campaign_touches', { filter: byCustomer(id), aggregate: { count: ['*'], max: ['occurred_at'] }, group: ['member'], limit: -1 }),
	]);
	const summary = touches && toTouchSummary(touches);
	return members?.map((m) => toMembership(m, summary));
}

async function loadClassChanges(read: ReaderOf, id: string) {
	const rows = await readPermitted(read, 'crm_customer_class_changes', ...withFallback({ filter: byCustomer(id), fields: CHANGE_FIELDS, sort: ['-changed_at'], limit: OVERVIEW_CLASS_CHANGES }));
	return rows?.map(toClassChange);
}

/** A link read without its name (the policy left the name out of the customer's read): named from its own collection, where the caller may read it. */
async function named(read: ReaderOf, collection: string, ref: OverviewRef | null | undefined): Promise<OverviewRef | null | undefined> {
	if (!ref || ref.name !== null) return ref;
	const row = await orUndefined(read(collection).readOne(ref.id, { fields: ['id', 'name'] }) as Promise<Row>);
	return { id: ref.id, name: row?.['name'] === undefined || row['name'] === null ? null : String(row['name']) };
}

async function withNames(read: ReaderOf, customer: OverviewCustomerFacts, classes: OverviewClassFacts | undefined) {
	const [owner, region, rule] = await Promise.all([named(read, 'crm_sales_reps', customer.owner), named(read, 'crm_regions', customer.region), named(read, 'crm_classification_rules', classes?.rule)]);
	return { customer: { ...customer, owner, region }, classes: classes && { ...classes, rule: rule ?? null } };
}

/** The products bought in the window (with their groups) and their stock levels, as far as the caller may read them. */
async function loadBought(read: ReaderOf, sales: SalesFacts | undefined) {
	const ids = [...new Set((sales?.lines ?? []).map((l) => l.productId))];
	if (sales?.lines === undefined) return { sales };
	const filterOf = (field: string) => ({ [field]: { _in: ids.length ? ids : ['00000000-0000-0000-0000-000000000000'] } });
	const [products, stock] = await Promise.all([
		readPermitted(read, 'crm_products', ...withFallback({ filter: filterOf('id'), fields: PRODUCT_FIELDS, limit: -1 })),
		readPermitted(read, 'crm_stock_levels', ...withFallback({ filter: filterOf('product'), fields: STOCK_FIELDS, limit: -1 })),
	]);
	return { sales: { ...sales, ...(products ? { products: products.map(toProduct) } : {}) }, stock: stock?.map(toStockLevel) };
}

/**
 * The caller's reader, with the customer's own record answered by the read of it already under way: the
 * ledger's loader first checks the caller may read the customer, which that read decides the same way.
 */
function knowingCustomer(read: ReaderOf, id: string, customer: Promise<Row>): ReaderOf {
	return (collection) => {
		const items = read(collection);
		if (collection !== 'crm_customers') return items;
		return { readOne: (key, query) => (key === id ? customer : items.readOne(key, query)), readByQuery: (query) => items.readByQuery(query) };
	};
}

/** Keeps the blocks that were read; a block the caller may not read is not there at all. */
const present = (blocks: Record<string, unknown>) => Object.fromEntries(Object.entries(blocks).filter(([, v]) => v !== undefined));

/**
 * Everything the customer card shows, under the caller's policy (A5.2). Throws Directus' 403 when the
 * caller may not read the customer (or it does not exist); a block they may not read is left out.
 */
export async function loadCustomerOverviewFacts(read: ReaderOf, id: string, ctx: { baseCurrency: string; today: string }): Promise<CustomerOverviewFacts> {
	const head = readCustomer(read, id);
	const [row, contacts, openQuotes, orders, ledger, payments, service, campaigns, changes] = await Promise.all([
		head,
		loadContacts(read, id),
		loadOpenQuotes(read, id),
		loadOrders(read, id, salesWindow(ctx.today)).then(async (o) => ({ openOrders: o.openOrders, ...(await loadBought(read, o.sales)) })),
		orUndefined(loadCustomerTotals(knowingCustomer(read, id, head), id)),
		loadPayments(read, id),
		loadService(read, id),
		loadCampaigns(read, id),
		loadClassChanges(read, id),
	]);
	const { customer, classes } = await withNames(read, toCustomer(row), toClasses(row, changes));
	return { baseCurrency: ctx.baseCurrency, customer, ...present({ contacts, openQuotes, openOrders: orders.openOrders, sales: orders.sales, ledger, payments, service, campaigns, classes, stock: orders.stock }) };
}

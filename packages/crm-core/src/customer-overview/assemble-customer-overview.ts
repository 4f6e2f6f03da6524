import type {
	CustomerOverviewFacts,
	OverviewClassChangeFacts,
	OverviewClassFacts,
	OverviewContactFacts,
	OverviewCustomerFacts,
	OverviewDocumentFacts,
	OverviewDocumentList,
	OverviewMembershipFacts,
	OverviewPaymentFacts,
} from './customer-overview-facts.ts';
import { isOpenOrderStatus, isOpenQuoteStatus } from './open-documents.ts';
import { salesWindow } from './sales-window.ts';
import { summarizeBalance } from './summarize-balance.ts';
import { revenueByProduct, summarizeSales } from './summarize-sales.ts';
import { summarizeService } from './summarize-service.ts';
import { summarizeStock } from './summarize-stock.ts';

/** How many payments the card lists, newest first. */
export const OVERVIEW_PAYMENTS = 5;
/** How many moves between classes the card lists, newest first. */
export const OVERVIEW_CLASS_CHANGES = 10;
/** How many open proposals and orders the card lists of each, newest first (it counts them all). */
export const OVERVIEW_OPEN_DOCUMENTS = 10;

/** The object without its undefined properties: a field the caller may not read is left out, not shown as empty. */
function readable<T extends Record<string, unknown>>(value: T): Partial<T> {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Newest first by a text key ('YYYY-MM-DD' or an ISO instant); rows without it last, ties by `tie`. */
const newestFirst = (a: string | null | undefined, b: string | null | undefined, tie = 0) => String(b ?? '').localeCompare(String(a ?? '')) || tie;

function customerJson(c: OverviewCustomerFacts) {
	return readable({ id: c.id, name: c.name, kind: c.kind, status: c.status, category: c.category, owner: c.owner, region: c.region, currency: c.currency, payment_terms_days: c.paymentTermsDays, credit_limit: c.creditLimit });
}

const fullName = (c: OverviewContactFacts) => [c.firstName, c.lastName].filter((part) => part !== null && part !== '').join(' ') || null;

/** Active contacts by last name, then first name. */
function contactsJson(contacts: readonly OverviewContactFacts[]) {
	return contacts
		.filter((c) => c.active !== false)
		.sort((a, b) => String(a.lastName ?? '').localeCompare(String(b.lastName ?? '')) || String(a.firstName ?? '').localeCompare(String(b.firstName ?? '')) || (a.id < b.id ? -1 : 1))
		.map((c) => ({ id: c.id, name: fullName(c), position: c.position ?? null, phone: c.phone ?? c.mobile ?? null, email: c.email ?? null, preferred_channel: c.preferredChannel ?? null }));
}

function documentsJson(list: OverviewDocumentList, isOpen: (status: string) => boolean, withValidity: boolean) {
	const open = list.items.filter((d) => isOpen(d.status)).sort((a, b) => newestFirst(a.date, b.date, newestFirst(a.number, b.number)));
	const row = (d: OverviewDocumentFacts) => ({ id: d.id, number: d.number, status: d.status, date: d.date, ...(withValidity ? { valid_until: d.validUntil ?? null } : {}), currency: d.currency ?? null, net_total: d.netTotal ?? null, gross_total: d.grossTotal ?? null });
	return { count: list.count ?? open.length, items: open.slice(0, OVERVIEW_OPEN_DOCUMENTS).map(row) };
}

function paymentsJson(payments: readonly OverviewPaymentFacts[]) {
	return [...payments]
		.sort((a, b) => newestFirst(a.receivedOn, b.receivedOn, newestFirst(a.createdAt, b.createdAt, newestFirst(a.number, b.number))))
		.slice(0, OVERVIEW_PAYMENTS)
		.map((p) => ({ id: p.id, number: p.number, status: p.status, received_on: p.receivedOn, amount: p.amount, currency: p.currency, method: p.method ?? null, reference: p.reference ?? null, unallocated_amount: p.unallocatedAmount ?? null }));
}

/** The member's last touch: the latest of what the member row and the touches themselves say. */
const lastTouchAt = (m: OverviewMembershipFacts) => [m.lastTouchAt ?? null, m.touches?.lastAt ?? null].filter((at): at is string => at !== null).sort().at(-1) ?? null;

/** Memberships with the most recent touch first; those never touched last, by campaign code. */
function campaignsJson(members: readonly OverviewMembershipFacts[]) {
	return [...members]
		.sort((a, b) => newestFirst(lastTouchAt(a), lastTouchAt(b), String(a.campaign?.code ?? '').localeCompare(String(b.campaign?.code ?? ''))))
		.map((m) => ({ id: m.id, campaign: m.campaign, contact: m.contact, send_state: m.sendState ?? null, last_touch: m.lastTouch ?? null, last_touch_at: lastTouchAt(m), ...(m.touches ? { touches: m.touches.count } : {}) }));
}

function classChangeJson(c: OverviewClassChangeFacts) {
	return { id: c.id, changed_at: c.changedAt, run: c.run ?? null, from: c.from, to: c.to, rule: c.rule, revenue_base: c.revenueBase ?? null, margin_base: c.marginBase ?? null };
}

function classesJson(c: OverviewClassFacts) {
	const changes = c.changes === undefined ? undefined : [...c.changes].sort((a, b) => newestFirst(a.changedAt, b.changedAt, a.id < b.id ? 1 : -1)).slice(0, OVERVIEW_CLASS_CHANGES).map(classChangeJson);
	return { abc_revenue: c.abcRevenue, abc_margin: c.abcMargin, xyz: c.xyz, rfm: c.rfm, revenue_base: c.revenueBase ?? null, margin_base: c.marginBase ?? null, classified_at: c.classifiedAt ?? null, rule: c.rule, ...(changes ? { changes } : {}) };
}

/** A block when its facts are there; left out of the answer (not null) when the caller may not read them. */
const block = <K extends string, F, J>(key: K, facts: F | undefined, toJson: (facts: F) => J): Partial<Record<K, J>> => (facts === undefined ? {} : ({ [key]: toJson(facts) } as Record<K, J>));

/**
 * The customer at a glance (A5.2), as GET /crm/customers/:id/overview answers: who they are, their active
 * contacts, open proposals and orders, sales of the last twelve months in the base currency (by month and
 * product group), balance and what is overdue, the last payments, service contracts in force and open
 * requests with their SLA, campaign memberships with their last touch, their classes with the last moves,
 * and the stock of what they buy most. `now` is an ISO instant; days are counted on its UTC date. A block
 * whose facts are missing (the caller may not read them) is left out.
 */
export function assembleCustomerOverview(facts: CustomerOverviewFacts, now: string) {
	const today = now.slice(0, 10);
	const window = salesWindow(today);
	const base = facts.baseCurrency;
	const stock = facts.sales?.lines !== undefined && facts.stock !== undefined ? summarizeStock(revenueByProduct(facts.sales, window, base), facts.stock) : undefined;
	return {
		customer: customerJson(facts.customer),
		base_currency: base,
		as_of: today,
		...block('contacts', facts.contacts, contactsJson),
		...block('open_proposals', facts.openQuotes, (list) => documentsJson(list, isOpenQuoteStatus, true)),
		...block('open_orders', facts.openOrders, (list) => documentsJson(list, isOpenOrderStatus, false)),
		...block('sales', facts.sales, (sales) => summarizeSales(sales, window, base)),
		...block('balance', facts.ledger, (ledger) => summarizeBalance(ledger, today, base)),
		...block('payments', facts.payments, paymentsJson),
		...block('service', facts.service, (service) => summarizeService(service, now)),
		...block('campaigns', facts.campaigns, campaignsJson),
		...block('classes', facts.classes, classesJson),
		...block('stock', stock, (rows) => rows),
	};
}

export type CustomerOverview = ReturnType<typeof assembleCustomerOverview>;

import { buildStatement, computeAging, computeBalance, computeOpenItems, computeUnallocatedCredit, CrmError, daysBetween, isUuid, type OpenItem, parseAgingQuery, parseStatementQuery, rankTopDebtors, type Statement, statementToCsv } from '@crm/core';
import { loadCustomerLedger, loadCustomerNames, loadCustomerTotals, loadRatesOn, loadReceivablesAsOf, type ReaderOf } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Request, Response, Router } from 'express';
import { asyncRoute } from '../async-route.ts';
import { readingCustomer } from '../customer-not-permitted.ts';
import { serviceOptionsOf } from '../directus-request.ts';
import { renderStatementPdf } from '../settlements/render-statement-pdf.ts';

const todayIso = () => new Date().toISOString().slice(0, 10);

interface ReceivablesRoute {
	context: EndpointExtensionContext;
	baseCurrency: string;
}

function customerId(req: Request): string {
	const id = String(req.params['id']);
	if (!isUuid(id)) throw new CrmError('CRM_NOT_FOUND', `There is no customer "${id}".`, { parameter: 'id' });
	return id;
}

/** Reads under the caller's policy. */
async function readerOf(route: ReceivablesRoute, req: Request): Promise<ReaderOf> {
	const options = await serviceOptionsOf(req, route.context.getSchema);
	return (collection) => new route.context.services.ItemsService(collection, options);
}

function openItemJson(item: OpenItem, today: string) {
	return { invoice: item.key, number: item.number, issue_date: item.issueDate, due_date: item.dueDate, currency: item.currency, gross: item.gross, paid: item.paid, open: item.open, days_overdue: Math.max(0, daysBetween(item.dueDate, today)) };
}

function statementJson(statement: Statement) {
	const movements = statement.movements.map((m) => ({ date: m.date, kind: m.kind, document: m.documentKey, description: m.description, debit: m.debit, credit: m.credit, balance: m.runningBalance }));
	return { customer: statement.customer, currency: statement.currency, from: statement.from, to: statement.to, opening_balance: statement.openingBalance, movements, total_debit: statement.totalDebit, total_credit: statement.totalCredit, closing_balance: statement.closingBalance };
}

/** GET /crm/customers/:id/balance — S6: balance per currency and in base, unallocated credit, open items. */
async function getBalance(route: ReceivablesRoute, req: Request) {
	const id = customerId(req);
	const read = await readerOf(route, req);
	const { entries, invoices } = await readingCustomer(id, () => loadCustomerTotals(read, id));
	const balance = computeBalance(entries);
	const openItems = computeOpenItems(entries, invoices).filter((item) => item.open !== 0);
	const today = todayIso();
	return { data: { customer: id, base_currency: route.baseCurrency, balance_base: balance.balanceBase, by_currency: balance.byCurrency, unallocated_credit: computeUnallocatedCredit(entries), open_items: openItems.map((item) => openItemJson(item, today)) } };
}

/** GET /crm/receivables/aging — S6: what is open by age bucket and currency, and the ten largest debtors. */
async function getAging(route: ReceivablesRoute, req: Request) {
	const { asOf } = parseAgingQuery(req.query as Record<string, unknown>, todayIso());
	const read = await readerOf(route, req);
	const { entries, invoices } = await loadReceivablesAsOf(read, asOf);
	const openItems = computeOpenItems(entries, invoices).filter((item) => item.open > 0);
	const rates = await loadRatesOn(route.context.database, asOf, openItems.map((item) => item.currency), route.baseCurrency);
	const aging = computeAging(openItems, asOf, { baseCurrency: route.baseCurrency, ratesToBase: rates });
	const ranked = rankTopDebtors(openItems, new Map(invoices.map((i) => [i.key, i.customerId])), rates, route.baseCurrency);
	const names = await loadCustomerNames(read, ranked.map((r) => r.customerId));
	const topDebtors = ranked.map((r) => ({ customer: r.customerId, name: names.get(r.customerId) ?? null, open_base: r.openBase, by_currency: r.byCurrency }));
	return { data: { as_of: aging.asOf, base_currency: route.baseCurrency, rates_to_base: rates, by_currency: aging.byCurrency, base: aging.base, top_debtors: topDebtors } };
}

/** GET /crm/customers/:id/statement — S6.1: movements with running balance, as JSON, CSV or PDF. */
async function getStatement(route: ReceivablesRoute, req: Request, res: Response) {
	const id = customerId(req);
	const query = parseStatementQuery(req.query as Record<string, unknown>, todayIso());
	const read = await readerOf(route, req);
	const { name, entries } = await readingCustomer(id, () => loadCustomerLedger(read, id));
	const statement = buildStatement({ customer: { id, name }, from: query.from, to: query.to, entries, baseCurrency: route.baseCurrency, ...(query.currency !== undefined ? { currency: query.currency } : {}) });
	const fileName = `statement-${id.slice(0, 8)}-${statement.currency}-${statement.from}-${statement.to}`;
	if (query.format === 'json') return { data: statementJson(statement) };
	const [type, body] = query.format === 'csv' ? ['text/csv; charset=utf-8', statementToCsv(statement)] : ['application/pdf', Buffer.from(renderStatementPdf(statement))];
	res.setHeader('content-type', type);
	res.setHeader('content-disposition', `attachment; filename="${fileName}.${query.format}"`);
	res.send(body);
	return undefined;
}

/** The receivables read API (S6, S6.1): balance, open items, aging and statements, each read under the caller's policy. Payments are in payments.ts. */
export function registerReceivableRoutes(router: Router, context: EndpointExtensionContext): void {
	const route: ReceivablesRoute = { context, baseCurrency: String(context.env['CRM_BASE_CURRENCY'] ?? 'EUR') };
	router.get('/customers/:id/balance', asyncRoute((req) => getBalance(route, req)));
	router.get('/receivables/aging', asyncRoute((req) => getAging(route, req)));
	router.get('/customers/:id/statement', asyncRoute((req, res) => getStatement(route, req, res)));
}

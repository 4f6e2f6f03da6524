import {
	buildStatement,
	computeAging,
	computeBalance,
	computeOpenItems,
	computeUnallocatedCredit,
	convertCurrency,
	CrmError,
	daysBetween,
	type LedgerEntry,
	type OpenItem,
	parseAgingQuery,
	parseAllocationRequest,
	parsePaymentRequest,
	parsePaymentReversalRequest,
	parseStatementQuery,
	postPayment,
	statementToCsv,
} from '@crm/core';
import { findRateToBase, nextDocumentNumber, runTrusted, toDay, withIdempotency } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Request, Response, Router } from 'express';
import { asyncRoute } from '../async-route.ts';
import { serviceOptionsOf, type ServiceOptions } from '../directus-request.ts';
import { LEDGER_FIELDS, insertLedgerEntries, toLedgerEntry } from '@crm/directus';
import { renderStatementPdf } from '../settlements/render-statement-pdf.ts';
import { allocatePayment, lockInvoices, lockPayment, paymentFacts, reversePayment, service, type SettlementContext } from '../settlements/settlement-book.ts';

type Row = Record<string, any>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INVOICE_FIELDS = ['id', 'number', 'customer', 'issue_date', 'due_date', 'currency', 'gross_total'];
const PAYMENT_READ = { fields: ['*', 'allocations.*'] };

const todayIso = () => new Date().toISOString().slice(0, 10);

function idParam(req: Request, what: string): string {
	const id = String(req.params['id']);
	if (!UUID.test(id)) throw new CrmError('CRM_NOT_FOUND', `There is no ${what} "${id}".`, { parameter: 'id' });
	return id;
}

function toOpenItemInvoice(i: Row) {
	const issueDate = toDay(i['issue_date'])!;
	return { key: i['id'], number: i['number'] ?? i['id'], issueDate, dueDate: toDay(i['due_date']) ?? issueDate, currency: i['currency'], grossAmount: Number(i['gross_total'] ?? 0) };
}

function openItemJson(item: OpenItem, today: string): Row {
	return {
		invoice: item.key,
		number: item.number,
		issue_date: item.issueDate,
		due_date: item.dueDate,
		currency: item.currency,
		gross: item.gross,
		paid: item.paid,
		open: item.open,
		days_overdue: Math.max(0, daysBetween(item.dueDate, today)),
	};
}

/**
 * Payments, allocations, reversals (S4) and the receivables read API (S6, S6.1): balance, open items,
 * aging and statements. Every write runs in one transaction that locks the invoices it may touch; every
 * read goes through the caller's policy.
 */
export function registerSettlementRoutes(router: Router, { services, getSchema, database, env }: EndpointExtensionContext): void {
	const baseCurrency = String(env['CRM_BASE_CURRENCY'] ?? 'EUR');
	const ttlHours = Number(env['CRM_IDEMPOTENCY_TTL_HOURS'] ?? 24);

	const contextOf = (trx: SettlementContext['trx'], options: ServiceOptions): SettlementContext => ({ trx, services, options, baseCurrency });

	async function idempotent(req: Request, res: Response, scope: string, options: ServiceOptions, run: () => Promise<{ status: number; body: unknown }>): Promise<undefined> {
		const key = req.header('idempotency-key') ?? undefined;
		const result = await withIdempotency({ knex: database, scope, user: options.accountability?.user ?? null, key, body: req.body ?? null, ttlHours }, run);
		if (result.replayed) res.setHeader('idempotent-replayed', 'true');
		res.status(result.status).json(result.body);
		return undefined;
	}

	/** The caller's view of a customer's ledger and invoices: 403 when the customer, or the ledger, is not theirs to read. */
	async function loadCustomerBook(options: ServiceOptions, customerId: string): Promise<{ customer: Row; entries: LedgerEntry[]; invoices: Row[] }> {
		const customer = (await new services.ItemsService('crm_customers', options).readOne(customerId, { fields: ['id', 'name'] })) as Row;
		const [ledger, invoices] = await Promise.all([
			new services.ItemsService('crm_ledger_entries', options).readByQuery({ fields: LEDGER_FIELDS, filter: { customer: { _eq: customerId } }, limit: -1 }) as Promise<Row[]>,
			new services.ItemsService('crm_invoices', options).readByQuery({ fields: INVOICE_FIELDS, filter: { customer: { _eq: customerId }, kind: { _eq: 'invoice' } }, limit: -1 }) as Promise<Row[]>,
		]);
		return { customer, entries: ledger.map(toLedgerEntry), invoices };
	}

	/**
	 * The customer's ledger summed per currency and open item in SQL (under the caller's policy), as one
	 * entry per group: sums are all the balance, open items and credit need, and a customer with tens of
	 * thousands of entries still answers in a few milliseconds.
	 */
	async function loadCustomerTotals(options: ServiceOptions, customerId: string): Promise<{ entries: LedgerEntry[]; invoices: Row[] }> {
		await new services.ItemsService('crm_customers', options).readOne(customerId, { fields: ['id'] });
		const [sums, invoices] = await Promise.all([
			new services.ItemsService('crm_ledger_entries', options).readByQuery({ filter: { customer: { _eq: customerId } }, aggregate: { sum: ['amount', 'amount_base'] }, group: ['currency', 'invoice'], limit: -1 }) as Promise<Row[]>,
			new services.ItemsService('crm_invoices', options).readByQuery({ fields: INVOICE_FIELDS, filter: { customer: { _eq: customerId }, kind: { _eq: 'invoice' }, open_amount: { _neq: 0 } }, limit: -1 }) as Promise<Row[]>,
		]);
		const entries: LedgerEntry[] = sums.map((g) => ({
			customerId,
			entryDate: '1970-01-01',
			kind: g['invoice'] ? 'invoice' : 'payment',
			documentCollection: 'crm_ledger_entries',
			documentKey: `${g['currency']}:${g['invoice'] ?? ''}`,
			invoiceKey: g['invoice'] ?? null,
			amount: Number(g['sum']?.['amount'] ?? 0),
			currency: g['currency'],
			amountBase: Number(g['sum']?.['amount_base'] ?? 0),
			description: '',
		}));
		return { entries, invoices };
	}

	async function ratesOn(day: string, currencies: Iterable<string>): Promise<Record<string, string>> {
		const rates: Record<string, string> = {};
		for (const currency of new Set(currencies)) {
			const rate = await findRateToBase(database, currency, day, baseCurrency);
			if (!rate) throw new CrmError('CRM_MISSING_RATE', `There is no exchange rate for ${currency} on or before ${day}; add one under Exchange rates.`, { currency });
			rates[currency] = rate;
		}
		return rates;
	}

	// --- payments --------------------------------------------------------------------------------

	router.post(
		'/payments',
		asyncRoute(async (req, res) => {
			const request = parsePaymentRequest(req.body, todayIso());
			const options = await serviceOptionsOf(req, getSchema);

			return idempotent(req, res, 'payments', options, () =>
				database.transaction(async (trx) => {
					const ctx = contextOf(trx, options);
					try {
						await service(ctx, 'crm_customers').readOne(request.customerId, { fields: ['id'] });
					} catch {
						throw new CrmError('CRM_REFERENCE_NOT_FOUND', `There is no customer ${request.customerId} that you can see.`, { field: 'customer' });
					}

					// Lock order everywhere: payment, invoices, then the number counter — never the other way round.
					const locked = await lockInvoices(ctx, request.customerId, request.currency, request.allocations);
					const rate = await findRateToBase(trx, request.currency, request.receivedOn, baseCurrency);
					if (!rate) throw new CrmError('CRM_MISSING_RATE', `There is no exchange rate for ${request.currency} on or before ${request.receivedOn}; add one under Exchange rates.`, { field: 'currency' });
					const number = await nextDocumentNumber(trx, 'PAY', Number(request.receivedOn.slice(0, 4)));

					const payments = service(ctx, 'crm_payments');
					const id = (await runTrusted(() =>
						payments.createOne({
							number,
							status: 'posted',
							customer: request.customerId,
							received_on: request.receivedOn,
							amount: request.amount,
							currency: request.currency,
							fx_rate: rate,
							...(request.method !== undefined ? { method: request.method } : {}),
							...(request.reference !== undefined ? { reference: request.reference } : {}),
							unallocated_amount: request.amount,
						}),
					)) as string;
					const payment = paymentFacts({ id, number, customer: request.customerId, currency: request.currency, amount: request.amount, fx_rate: rate }, 0);
					await insertLedgerEntries(trx, postPayment({ customerId: payment.customer, key: id, date: request.receivedOn, amount: payment.amount, currency: payment.currency, rateToBase: rate, baseCurrency, number }), options.accountability?.user ?? null);
					await allocatePayment(ctx, locked, payment, request.allocations, request.receivedOn);

					return { status: 201, body: { data: await payments.readOne(id, PAYMENT_READ) } };
				}),
			);
		}),
	);

	router.post(
		'/payments/:id/allocations',
		asyncRoute(async (req, res) => {
			const id = idParam(req, 'payment');
			const request = parseAllocationRequest(req.body);
			const options = await serviceOptionsOf(req, getSchema);

			return idempotent(req, res, `payment-allocations:${id}`, options, () =>
				database.transaction(async (trx) => {
					const ctx = contextOf(trx, options);
					const payment = await lockPayment(ctx, id);
					if (payment.status !== 'posted') throw new CrmError('CRM_INVALID_TRANSITION', `Payment ${payment.number} is ${payment.status}; only a posted payment can be allocated.`, { field: 'status', from: payment.status });
					const locked = await lockInvoices(ctx, payment.customer, payment.currency, request.allocations);
					const today = todayIso();
					await allocatePayment(ctx, locked, payment, request.allocations, today < payment.receivedOn ? payment.receivedOn : today);
					return { status: 200, body: { data: await service(ctx, 'crm_payments').readOne(id, PAYMENT_READ) } };
				}),
			);
		}),
	);

	router.post(
		'/payments/:id/reversal',
		asyncRoute(async (req, res) => {
			const id = idParam(req, 'payment');
			const { reason } = parsePaymentReversalRequest(req.body);
			const options = await serviceOptionsOf(req, getSchema);

			return idempotent(req, res, `payment-reversal:${id}`, options, () =>
				database.transaction(async (trx) => {
					const ctx = contextOf(trx, options);
					const payment = await lockPayment(ctx, id);
					if (payment.status !== 'posted') {
						throw new CrmError('CRM_INVALID_TRANSITION', `Payment ${payment.number} is already ${payment.status}; a payment is reversed once.`, { field: 'status', from: payment.status, to: 'reversed', allowed: [] });
					}

					const today = todayIso();
					await reversePayment(ctx, payment, reason, today < payment.receivedOn ? payment.receivedOn : today);
					return { status: 200, body: { data: await service(ctx, 'crm_payments').readOne(id, PAYMENT_READ) } };
				}),
			);
		}),
	);

	// --- receivables, read under the caller's policy ---------------------------------------------

	router.get(
		'/customers/:id/balance',
		asyncRoute(async (req) => {
			const id = idParam(req, 'customer');
			const options = await serviceOptionsOf(req, getSchema);
			const { entries, invoices } = await loadCustomerTotals(options, id);
			const today = todayIso();
			const balance = computeBalance(entries);
			const openItems = computeOpenItems(entries, invoices.map(toOpenItemInvoice)).filter((item) => item.open !== 0);
			return {
				data: {
					customer: id,
					base_currency: baseCurrency,
					balance_base: balance.balanceBase,
					by_currency: balance.byCurrency,
					unallocated_credit: computeUnallocatedCredit(entries),
					open_items: openItems.map((item) => openItemJson(item, today)),
				},
			};
		}),
	);

	router.get(
		'/receivables/aging',
		asyncRoute(async (req) => {
			const { asOf } = parseAgingQuery(req.query as Record<string, unknown>, todayIso());
			const options = await serviceOptionsOf(req, getSchema);
			const [ledger, invoices] = await Promise.all([
				new services.ItemsService('crm_ledger_entries', options).readByQuery({ fields: LEDGER_FIELDS, filter: { invoice: { _nnull: true } }, limit: -1 }) as Promise<Row[]>,
				new services.ItemsService('crm_invoices', options).readByQuery({ fields: INVOICE_FIELDS, filter: { kind: { _eq: 'invoice' } }, limit: -1 }) as Promise<Row[]>,
			]);
			const entries = ledger.map(toLedgerEntry).filter((e) => e.entryDate <= asOf);
			const customerOf = new Map(invoices.map((i) => [i['id'] as string, i['customer'] as string]));
			const openItems = computeOpenItems(entries, invoices.filter((i) => toDay(i['issue_date'])! <= asOf).map(toOpenItemInvoice)).filter((item) => item.open > 0);
			const rates = await ratesOn(asOf, openItems.map((item) => item.currency));
			const aging = computeAging(openItems, asOf, { baseCurrency, ratesToBase: rates });

			const debts = new Map<string, Map<string, number>>();
			for (const item of openItems) {
				const customer = customerOf.get(item.key)!;
				const byCurrency = debts.get(customer) ?? new Map<string, number>();
				byCurrency.set(item.currency, (byCurrency.get(item.currency) ?? 0) + item.open);
				debts.set(customer, byCurrency);
			}
			const ranked = [...debts]
				.map(([customer, byCurrency]) => ({
					customer,
					open_base: [...byCurrency].reduce((sum, [currency, open]) => sum + convertCurrency({ amount: open, currency }, baseCurrency, currency === baseCurrency ? '1' : rates[currency]!, 'half-even').amount, 0),
					by_currency: [...byCurrency].sort(([a], [b]) => (a < b ? -1 : 1)).map(([currency, open]) => ({ currency, open })),
				}))
				.sort((a, b) => b.open_base - a.open_base || (a.customer < b.customer ? -1 : 1))
				.slice(0, 10);
			const names = ranked.length === 0 ? [] : ((await new services.ItemsService('crm_customers', options).readByQuery({ fields: ['id', 'name'], filter: { id: { _in: ranked.map((r) => r.customer) } }, limit: -1 })) as Row[]);
			const nameOf = new Map(names.map((c) => [c['id'] as string, c['name'] as string]));

			return {
				data: {
					as_of: aging.asOf,
					base_currency: baseCurrency,
					rates_to_base: rates,
					by_currency: aging.byCurrency,
					base: aging.base,
					top_debtors: ranked.map((r) => ({ customer: r.customer, name: nameOf.get(r.customer) ?? null, open_base: r.open_base, by_currency: r.by_currency })),
				},
			};
		}),
	);

	router.get(
		'/customers/:id/statement',
		asyncRoute(async (req, res) => {
			const id = idParam(req, 'customer');
			const query = parseStatementQuery(req.query as Record<string, unknown>, todayIso());
			const options = await serviceOptionsOf(req, getSchema);
			const { customer, entries } = await loadCustomerBook(options, id);
			const statement = buildStatement({ customer: { id, name: String(customer['name'] ?? id) }, from: query.from, to: query.to, entries, baseCurrency, ...(query.currency !== undefined ? { currency: query.currency } : {}) });
			const fileName = `statement-${id.slice(0, 8)}-${statement.currency}-${statement.from}-${statement.to}`;

			if (query.format === 'csv') {
				res.setHeader('content-type', 'text/csv; charset=utf-8');
				res.setHeader('content-disposition', `attachment; filename="${fileName}.csv"`);
				res.send(statementToCsv(statement));
				return undefined;
			}
			if (query.format === 'pdf') {
				res.setHeader('content-type', 'application/pdf');
				res.setHeader('content-disposition', `attachment; filename="${fileName}.pdf"`);
				res.send(Buffer.from(renderStatementPdf(statement)));
				return undefined;
			}

			return {
				data: {
					customer: statement.customer,
					currency: statement.currency,
					from: statement.from,
					to: statement.to,
					opening_balance: statement.openingBalance,
					movements: statement.movements.map((m) => ({ date: m.date, kind: m.kind, document: m.documentKey, description: m.description, debit: m.debit, credit: m.credit, balance: m.runningBalance })),
					total_debit: statement.totalDebit,
					total_credit: statement.totalCredit,
					closing_balance: statement.closingBalance,
				},
			};
		}),
	);
}

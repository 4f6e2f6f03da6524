import { randomUUID } from 'node:crypto';
import { type InvoicePosition, invoicePosition, type LedgerEntry } from '@crm/core';
import type { Knex } from 'knex';
import { toDay } from './load-pricing-context.ts';
import { instantOf } from './service/instant.ts';

/** A crm_ledger_entries row as the drivers hand it back (bigint as text on PostgreSQL, dates as text, Date or epoch). */
export interface LedgerRow {
	customer: string;
	entry_date: unknown;
	kind: LedgerEntry['kind'];
	document_collection: string;
	document_key: string;
	invoice: string | null;
	amount: number | string;
	currency: string;
	amount_base: number | string;
	description: string | null;
	date_created?: unknown;
}

/** What the ledger needs of a crm_invoices row to say where the invoice stands. */
export interface InvoiceTermsRow {
	id: string;
	number: string | null;
	currency: string;
	gross_total: number | string | null;
	fx_rate: number | string | null;
}

/** The fields a ledger row needs to become a LedgerEntry (for reads through ItemsService). */
export const LEDGER_FIELDS = ['customer', 'entry_date', 'kind', 'document_collection', 'document_key', 'invoice', 'amount', 'currency', 'amount_base', 'description', 'date_created'];

/** A stored ledger row as the domain's LedgerEntry; amounts come back as text from bigint columns on PostgreSQL. */
export function toLedgerEntry(row: LedgerRow): LedgerEntry {
	return {
		customerId: row.customer,
		entryDate: toDay(row.entry_date)!,
		kind: row.kind,
		documentCollection: row.document_collection,
		documentKey: row.document_key,
		invoiceKey: row.invoice ?? null,
		amount: Number(row.amount),
		currency: row.currency,
		amountBase: Number(row.amount_base),
		description: row.description ?? '',
		postedAt: instantOf(row.date_created),
	};
}

/**
 * Where each invoice stands in the ledger — open, and carried at in the base currency — read inside the
 * caller's transaction after the invoices are locked: what an allocation or a credit note needs to post
 * its exchange difference. `invoices` are rows of crm_invoices.
 */
export async function loadInvoicePositions(trx: Knex, invoices: readonly InvoiceTermsRow[], baseCurrency: string): Promise<Map<string, InvoicePosition>> {
	if (invoices.length === 0) return new Map();
	const rows = (await trx('crm_ledger_entries').select('*').whereIn('invoice', invoices.map((i) => i.id))) as LedgerRow[];
	const byInvoice = new Map<string, LedgerEntry[]>();
	for (const entry of rows.map(toLedgerEntry)) {
		const list = byInvoice.get(entry.invoiceKey!) ?? [];
		list.push(entry);
		byInvoice.set(entry.invoiceKey!, list);
	}
	return new Map(
		invoices.map((i) => {
			const terms = { key: i.id, number: i.number ?? i.id, currency: i.currency, baseCurrency, gross: Number(i.gross_total ?? 0), rateToBase: String(i.fx_rate ?? '') };
			return [i.id, invoicePosition(terms, byInvoice.get(i.id) ?? [])];
		}),
	);
}

/** `select … for update` on PostgreSQL; SQLite has a single writer, so the transaction itself serialises. */
export function forUpdate<T extends Knex.QueryBuilder>(trx: Knex, query: T): T {
	return (trx.client.config.client === 'pg' ? query.forUpdate() : query) as T;
}

/**
 * A day for a raw write of a `date` column. Directus keeps dates on SQLite as epoch milliseconds of
 * local midnight (its own parseISO), so raw rows must match or its filters miss them; PostgreSQL takes the text.
 */
export function dayForDriver(trx: Knex, day: string): string | Date {
	if (trx.client.config.client === 'pg') return day;
	const [y, m, d] = day.split('-').map(Number);
	return new Date(y!, m! - 1, d!);
}

/**
 * Appends entries to the ledger inside the caller's transaction. Raw inserts: the hook refuses every
 * client write to the ledger, and the caller's right to the underlying document has been checked before.
 */
export async function insertLedgerEntries(trx: Knex, entries: readonly LedgerEntry[], user: string | null): Promise<void> {
	if (entries.length === 0) return;
	const now = new Date();
	await trx('crm_ledger_entries').insert(entries.map((e) => ({ ...toLedgerRow(e, randomUUID(), now, user), entry_date: dayForDriver(trx, e.entryDate) })));
}

/** A ledger entry as crm_ledger_entries stores it (the description cut to the column's 255 characters). */
export function toLedgerRow<T, U extends string | null>(e: LedgerEntry, id: string, dateCreated: T, user: U) {
	return {
		id,
		customer: e.customerId,
		entry_date: e.entryDate,
		kind: e.kind,
		document_collection: e.documentCollection,
		document_key: e.documentKey,
		invoice: e.invoiceKey,
		amount: e.amount,
		currency: e.currency,
		amount_base: e.amountBase,
		description: e.description.slice(0, 255),
		date_created: dateCreated,
		user_created: user,
	};
}

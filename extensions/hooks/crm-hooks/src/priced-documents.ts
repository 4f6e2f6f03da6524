import { computeDocumentTotals, convertCurrency, CrmError, type DocumentSeries, resolvePrice } from '@crm/core';
import { findRateToBase, loadCustomerPricingContext, loadPriceListsForProducts, nextDocumentNumber, toDay } from '@crm/directus';
import type { Knex } from 'knex';

type Row = Record<string, any>;

interface DocumentKind {
	lines: string;
	parentField: string;
	series: DocumentSeries;
	dateField: string;
	/** Orders carry the rate to the base currency and a base-currency total; proposals do not. */
	inBaseCurrency: boolean;
}

/** Quotes and orders: their lines are priced from the price lists and their totals computed, always by the server. */
export const PRICED_DOCUMENTS: Readonly<Record<string, DocumentKind>> = {
	crm_quotes: { lines: 'crm_quote_lines', parentField: 'quote', series: 'QT', dateField: 'issue_date', inBaseCurrency: false },
	crm_orders: { lines: 'crm_order_lines', parentField: 'order', series: 'SO', dateField: 'order_date', inBaseCurrency: true },
};

export const PRICED_LINES: Readonly<Record<string, string>> = { crm_quote_lines: 'crm_quotes', crm_order_lines: 'crm_orders' };

// Fields that change what a document's lines cost: frozen once it leaves draft.
const PRICING_HEADER_FIELDS = ['customer', 'currency', 'order_date', 'issue_date', 'warehouse'];

const today = () => new Date().toISOString().slice(0, 10);

function locked(number: unknown, status: unknown): CrmError {
	return new CrmError('CRM_DOCUMENT_LOCKED', `${String(number ?? 'This document')} is ${String(status)}: its lines and prices can no longer change.`, { field: 'status' });
}

export class PricedDocuments {
	private readonly baseCurrency: string;
	/** Parents of lines about to be deleted, to re-total them once the delete is recorded. */
	private readonly deletedLineParents = new Map<string, string>();
	/**
	 * Documents being created on a transaction. Directus records the nested lines' activity before the
	 * document's own, so while a document is being created its lines only mark it, and it is priced
	 * and totalled once when its own activity is recorded — not once per line.
	 */
	private readonly creating = new WeakMap<object, Set<string>>();

	constructor(baseCurrency: string) {
		this.baseCurrency = baseCurrency;
	}

	/** New quote or order: number, default currency and date, rate to base. Runs inside the create transaction. */
	async prepareHeader(trx: Knex, collection: string, payload: Row): Promise<Row> {
		const kind = PRICED_DOCUMENTS[collection]!;
		this.creating.set(trx, new Set([...(this.creating.get(trx) ?? []), collection]));
		const customer: Row | undefined = typeof payload['customer'] === 'string' ? await trx('crm_customers').select('currency').where('id', payload['customer']).first() : undefined;
		const currency = payload['currency'] ?? customer?.['currency'] ?? this.baseCurrency;
		const day = payload[kind.dateField] ?? today();
		const number = await nextDocumentNumber(trx, kind.series, Number(day.slice(0, 4)));
		const header: Row = { ...payload, number, currency, [kind.dateField]: day };

		if (kind.inBaseCurrency) {
			const rate = await findRateToBase(trx, currency, day, this.baseCurrency);
			if (!rate) throw new CrmError('CRM_MISSING_RATE', `There is no exchange rate for ${currency} on or before ${day}; add one under Exchange rates.`, { field: 'currency' });
			header['fx_rate'] = rate;
		}

		return header;
	}

	async assertHeaderEditable(knex: Knex, collection: string, keys: readonly (string | number)[], payload: Row): Promise<void> {
		if (!PRICING_HEADER_FIELDS.some((f) => f in payload)) return;
		const rows: Row[] = await knex(collection).select('number', 'status').whereIn('id', keys as string[]);
		const frozen = rows.find((r) => r['status'] !== 'draft');
		if (frozen) throw locked(frozen['number'], frozen['status']);
	}

	async assertParentDraft(knex: Knex, linesCollection: string, parentId: unknown): Promise<void> {
		// Lines nested in a document being created belong to a new draft: nothing to look up.
		if (typeof parentId !== 'string' || this.creating.get(knex)?.has(PRICED_LINES[linesCollection]!)) return;
		const parent: Row | undefined = await knex(PRICED_LINES[linesCollection]!).select('number', 'status').where('id', parentId).first();
		if (parent && parent['status'] !== 'draft') throw locked(parent['number'], parent['status']);
	}

	async assertLinesEditable(knex: Knex, linesCollection: string, keys: readonly (string | number)[], rememberForDelete = false): Promise<void> {
		const kind = PRICED_DOCUMENTS[PRICED_LINES[linesCollection]!]!;
		const lines: Row[] = await knex(linesCollection).select('id', kind.parentField).whereIn('id', keys as string[]);
		for (const line of lines) {
			await this.assertParentDraft(knex, linesCollection, line[kind.parentField]);
			if (rememberForDelete) this.deletedLineParents.set(`${linesCollection}:${line['id']}`, line[kind.parentField]);
		}
	}

	/** After a document or one of its lines is written (same transaction): re-price a draft's lines and re-total the document. */
	async recompute(trx: Knex, collection: string, action: string, item: string): Promise<void> {
		let parentCollection = collection;
		let parentId: string | undefined = item;

		if (PRICED_LINES[collection]) {
			parentCollection = PRICED_LINES[collection]!;
			const field = PRICED_DOCUMENTS[parentCollection]!.parentField;
			if (action === 'create' && this.creating.get(trx)?.has(parentCollection)) return;

			if (action === 'delete') {
				parentId = this.deletedLineParents.get(`${collection}:${item}`);
				this.deletedLineParents.delete(`${collection}:${item}`);
			} else {
				parentId = (await trx(collection).select(field).where('id', item).first())?.[field];
			}
		}

		if (!PRICED_LINES[collection] && action === 'create') this.creating.get(trx)?.delete(collection);
		if (parentId) await this.retotal(trx, parentCollection, parentId);
	}

	private async retotal(trx: Knex, collection: string, id: string): Promise<void> {
		const kind = PRICED_DOCUMENTS[collection]!;
		const doc: Row | undefined = await trx(collection).select('*').where('id', id).first();
		if (!doc) return;

		const lines: Row[] = await trx(kind.lines).select('*').where(kind.parentField, id).orderBy([{ column: 'sort' }, { column: 'id' }]);
		// Each line is written at most once: new price fields and amounts together, only when something changed.
		const changes = new Map<string, Row>();
		const change = (line: Row, values: Row) => {
			changes.set(line['id'], { ...changes.get(line['id']), ...values });
			Object.assign(line, values);
		};
		if (doc['status'] === 'draft') await this.reprice(trx, kind, doc, lines, change);

		const totals = computeDocumentTotals(
			lines.map((l) => ({ quantityMilli: Number(l['quantity_milli']), unitPrice: Number(l['unit_price'] ?? 0), vatRateBp: Number(l['vat_rate_bp'] ?? 0), discountBp: Number(l['discount_bp'] ?? 0) })),
			doc['currency'],
		);

		for (const [i, line] of lines.entries()) {
			const t = totals.lines[i]!;
			if (Number(line['net_amount']) !== t.netAmount || Number(line['vat_amount']) !== t.vatAmount || Number(line['gross_amount']) !== t.grossAmount) {
				change(line, { net_amount: t.netAmount, vat_amount: t.vatAmount, gross_amount: t.grossAmount });
			}
		}

		await writeLineChanges(trx, kind.lines, changes);

		const header: Row = { net_total: totals.netTotal, vat_total: totals.vatTotal, gross_total: totals.grossTotal };
		if (kind.inBaseCurrency && doc['fx_rate']) header['gross_total_base'] = convertCurrency({ amount: totals.grossTotal, currency: doc['currency'] }, this.baseCurrency, String(doc['fx_rate'])).amount;
		await trx(collection).where('id', id).update(header);
	}

	/** Draft lines follow the current price lists for the document's customer, currency and date. */
	private async reprice(trx: Knex, kind: DocumentKind, doc: Row, lines: Row[], change: (line: Row, values: Row) => void): Promise<void> {
		if (lines.length === 0) return;
		const context = await loadCustomerPricingContext(trx, doc['customer']);
		if (!context) return;

		const productIds = [...new Set(lines.map((l) => l['product'] as string))];
		const [lists, products] = await Promise.all([loadPriceListsForProducts(trx, productIds), trx('crm_products').select('id', 'vat_rate_bp').whereIn('id', productIds)]);
		const vatOf = new Map((products as Row[]).map((p) => [p['id'], Number(p['vat_rate_bp'])]));
		const date = toDay(doc[kind.dateField]) ?? today();

		for (const line of lines) {
			// An order made from an accepted proposal keeps the proposal's prices; only lines added later are priced.
			if (doc['quote'] && line['unit_price'] !== null && line['unit_price'] !== undefined) continue;
			const price = resolvePrice({ productId: line['product'], quantityMilli: Number(line['quantity_milli']), date, currency: doc['currency'], customerListId: context.customerListId, groupListIds: context.groupListIds, channelListId: context.channelListId, lists });
			const explanation = JSON.stringify(price.explanation);
			const values = { unit_price: price.unitPrice, vat_rate_bp: vatOf.get(line['product']) ?? 0, price_explanation: explanation };
			if (Number(line['unit_price']) !== values.unit_price || Number(line['vat_rate_bp']) !== values.vat_rate_bp || line['price_explanation'] !== explanation) change(line, values);
		}
	}
}

const LINE_COLUMNS = ['unit_price', 'vat_rate_bp', 'price_explanation', 'net_amount', 'vat_amount', 'gross_amount'] as const;

/**
 * Writes the changed lines. On PostgreSQL one UPDATE … FROM (VALUES …) carries every line, since a
 * 20-line order otherwise costs 20 round trips inside the write; SQLite is in-process and takes them one by one.
 */
async function writeLineChanges(trx: Knex, table: string, changes: Map<string, Row>): Promise<void> {
	if (changes.size === 0) return;

	if (trx.client.config.client !== 'pg' || changes.size === 1) {
		for (const [id, values] of changes) await trx(table).where('id', id).update(values);
		return;
	}

	const rows = [...changes.entries()];
	const columns = LINE_COLUMNS.filter((c) => rows.some(([, v]) => c in v));
	const bindings: unknown[] = [];
	const tuples = rows.map(([id, values]) => {
		bindings.push(id, ...columns.map((c) => (c in values ? values[c] : null)), ...columns.map((c) => c in values));
		return `(?::uuid, ${columns.map((c) => `?::${c === 'price_explanation' ? 'json' : 'bigint'}`).join(', ')}, ${columns.map(() => '?::boolean').join(', ')})`;
	});
	const sets = columns.map((c) => `"${c}" = case when v."set_${c}" then v."${c}" else t."${c}" end`).join(', ');
	await trx.raw(
		`update "${table}" as t set ${sets} from (values ${tuples.join(', ')}) as v(id, ${columns.map((c) => `"${c}"`).join(', ')}, ${columns.map((c) => `"set_${c}"`).join(', ')}) where t.id = v.id`,
		bindings,
	);
}


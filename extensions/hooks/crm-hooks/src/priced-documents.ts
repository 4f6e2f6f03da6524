import { assertCodesUsable, assertFrozenClaimsFit, computeDocumentTotals, type DocumentTotals, convertCurrency, CrmError, type AppliedDiscount, type DocumentSeries, documentHeaderTotals, frozenLineApproval, manualDiscountInput, numberNewLines, offerConsumptionOfLines, offersToPriceWithout, pricedLineValues, type StoredManualDiscount } from '@crm/core';
import { claimRedemptions, findRateToBase, nextDocumentNumber, parsePromoCodes, priceOrderBaseAmounts, type PriceDocumentInput, priceDocument, type PricedDocument, type PromoCodeRow, releaseRedemptions, toDay } from '@crm/directus';
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { handoffTopic, type WriteHandoff } from './write-handoff.ts';

/** Fields as the client sent them, or values about to be written: not rows read back. */
type Payload = Record<string, unknown>;

/** A crm_quotes or crm_orders row (`select *`); the rate and the proposal are the order's. */
interface PricedDocumentRow {
	id: string;
	number: string | null;
	status: string;
	customer: string;
	currency: string;
	campaign: string | null;
	promo_codes: string | null;
	issue_date?: unknown;
	order_date?: unknown;
	quote?: string | null;
	fx_rate?: string | null;
}

/** A crm_quote_lines or crm_order_lines row (`select *`): bigint as text on PostgreSQL, JSON as text and flags as 0/1 on SQLite. */
interface PricedLineRow {
	id: string;
	product: string;
	quantity_milli: number | string;
	unit_price: number | string | null;
	vat_rate_bp: number | string | null;
	list_amount: number | string | null;
	discount_bp: number | string | null;
	discount_amount: number | string | null;
	discount_approved_bp: number | string | null;
	discount_limit_bp: number | string | null;
	below_floor_approved: boolean | number | null;
	discount_approved_at: unknown;
	approval_status: string;
	applied_rules: unknown;
	price_explanation: unknown;
	net_amount: number | string | null;
	vat_amount: number | string | null;
	gross_amount: number | string | null;
	net_amount_base?: number | string | null;
	cost_base?: number | string | null;
}

/** The number and status of a document, to say why it is locked. */
type DocumentStateRow = Pick<PricedDocumentRow, 'number' | 'status'>;

/** What a re-total writes to a line. */
type LineValues = Partial<Record<LineColumn, unknown>>;
type LineChange = (line: PricedLineRow, values: LineValues) => void;

interface DocumentKind {
	lines: string;
	parentField: 'quote' | 'order';
	series: DocumentSeries;
	dateField: 'issue_date' | 'order_date';
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
const PRICING_HEADER_FIELDS = ['customer', 'currency', 'order_date', 'issue_date', 'warehouse', 'campaign', 'promo_codes'];

/** The document of a line about to be deleted, to re-total it once the delete is recorded. */
const DELETED_LINE_PARENT = handoffTopic<string>('deleted-line-parent');

const today = () => new Date().toISOString().slice(0, 10);

/**
 * A document's number while its create runs. Its gapless number locks the series' counter until the write
 * commits, so it is taken last, when the document is totalled (see retotal): concurrent creates then wait
 * for each other only for the end of the write, not for their whole pricing.
 */
const PROVISIONAL = '~';
const provisionalNumber = () => `${PROVISIONAL}${randomUUID().replaceAll('-', '').slice(0, 24)}`;
const isProvisional = (number: unknown): number is string => typeof number === 'string' && number.startsWith(PROVISIONAL);

/** A directus_revisions row as Directus is about to insert it. */
export interface RevisionRow {
	collection: string;
	item: string | number;
	data: Payload | null;
	delta: Payload | null;
}

function locked(number: unknown, status: unknown): CrmError {
	return new CrmError('CRM_DOCUMENT_LOCKED', `${String(number ?? 'This document')} is ${String(status)}: its lines and prices can no longer change.`, { field: 'status' });
}

export class PricedDocuments {
	private readonly baseCurrency: string;
	private readonly handoff: WriteHandoff;
	/**
	 * Documents being created on a transaction. Directus records the nested lines' activity before the
	 * document's own, so while a document is being created its lines only mark it, and it is priced
	 * and totalled once when its own activity is recorded — not once per line. Keyed by the transaction:
	 * creates run their filters on it, and it is gone with the write.
	 */
	private readonly creating = new WeakMap<object, Set<string>>();
	/** Numbers taken on a transaction, by the provisional number they replace: for the create's revision. */
	private readonly numbered = new WeakMap<object, Map<string, string>>();

	constructor(baseCurrency: string, handoff: WriteHandoff) {
		this.baseCurrency = baseCurrency;
		this.handoff = handoff;
	}

	/** New quote or order: number, default currency and date, rate to base. Runs inside the create transaction. */
	async prepareHeader(trx: Knex, collection: string, payload: Payload): Promise<Payload> {
		const kind = PRICED_DOCUMENTS[collection]!;
		this.creating.set(trx, new Set([...(this.creating.get(trx) ?? []), collection]));
		const customer = typeof payload['customer'] === 'string' ? ((await trx('crm_customers').select('currency').where('id', payload['customer']).first()) as { currency: string } | undefined) : undefined;
		// As sent: a currency or day the rate lookup cannot use finds no rate.
		const currency = (payload['currency'] ?? customer?.currency ?? this.baseCurrency) as string;
		const day = (payload[kind.dateField] ?? today()) as string;
		const header: Payload = { ...payload, number: provisionalNumber(), currency, [kind.dateField]: day };
		if ('lines' in payload) header['lines'] = numberNewLines(payload['lines'], 1);

		if (kind.inBaseCurrency) {
			const rate = await findRateToBase(trx, currency, day, this.baseCurrency);
			if (!rate) throw new CrmError('CRM_MISSING_RATE', `There is no exchange rate for ${currency} on or before ${day}; add one under Exchange rates.`, { field: 'currency' });
			header['fx_rate'] = rate;
		}

		return header;
	}

	async assertHeaderEditable(knex: Knex, collection: string, keys: readonly (string | number)[], payload: Payload): Promise<void> {
		if (!PRICING_HEADER_FIELDS.some((f) => f in payload)) return;
		const rows = (await knex(collection).select('number', 'status').whereIn('id', keys as string[])) as DocumentStateRow[];
		const frozen = rows.find((r) => r.status !== 'draft');
		if (frozen) throw locked(frozen.number, frozen.status);
	}

	/** The position after a document's last line: where a line added later goes. */
	async nextLineSort(knex: Knex, linesCollection: string, parentId: unknown): Promise<number> {
		if (typeof parentId !== 'string') return 1;
		const kind = PRICED_DOCUMENTS[PRICED_LINES[linesCollection]!]!;
		const row = (await knex(linesCollection).max({ last: 'sort' }).where(kind.parentField, parentId).first()) as { last: number | string | null } | undefined;
		return Number(row?.last ?? 0) + 1;
	}

	async assertParentDraft(knex: Knex, linesCollection: string, parentId: unknown): Promise<void> {
		// Lines nested in a document being created belong to a new draft: nothing to look up.
		if (typeof parentId !== 'string' || this.creating.get(knex)?.has(PRICED_LINES[linesCollection]!)) return;
		const parent = (await knex(PRICED_LINES[linesCollection]!).select('number', 'status').where('id', parentId).first()) as DocumentStateRow | undefined;
		if (parent && parent.status !== 'draft') throw locked(parent.number, parent.status);
	}

	async assertLinesEditable(knex: Knex, linesCollection: string, keys: readonly (string | number)[], rememberForDelete = false): Promise<void> {
		const kind = PRICED_DOCUMENTS[PRICED_LINES[linesCollection]!]!;
		const lines = (await knex(linesCollection).select('id', kind.parentField).whereIn('id', keys as string[])) as ({ id: string } & Partial<Record<DocumentKind['parentField'], string | null>>)[];
		for (const line of lines) {
			await this.assertParentDraft(knex, linesCollection, line[kind.parentField]);
			if (rememberForDelete) this.handoff.put(DELETED_LINE_PARENT, linesCollection, line.id, line[kind.parentField]);
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
				parentId = this.handoff.take(DELETED_LINE_PARENT, collection, item);
			} else {
				parentId = ((await trx(collection).select(field).where('id', item).first()) as Partial<Record<DocumentKind['parentField'], string>> | undefined)?.[field];
			}
		}

		if (!PRICED_LINES[collection] && action === 'create') this.creating.get(trx)?.delete(collection);
		if (parentId) await this.retotal(trx, parentCollection, parentId);
	}

	private async retotal(trx: Knex, collection: string, id: string): Promise<void> {
		const kind = PRICED_DOCUMENTS[collection]!;
		const doc = (await trx(collection).select('*').where('id', id).first()) as PricedDocumentRow | undefined;
		if (!doc) return;

		const lines = (await trx(kind.lines).select('*').where(kind.parentField, id).orderBy([{ column: 'sort' }, { column: 'id' }])) as PricedLineRow[];
		// Each line is written at most once: new price fields and amounts together, only when something changed.
		const changes = new Map<string, LineValues>();
		const change: LineChange = (line, values) => {
			changes.set(line.id, { ...changes.get(line.id), ...values });
			Object.assign(line, values);
		};
		if (doc.status === 'draft') await this.reprice(trx, collection, kind, doc, lines, change);

		const totals = totalsOf(lines, doc.currency);
		for (const [i, line] of lines.entries()) {
			const t = totals.lines[i]!;
			if (Number(line.net_amount) !== t.netAmount || Number(line.vat_amount) !== t.vatAmount || Number(line.gross_amount) !== t.grossAmount) change(line, { net_amount: t.netAmount, vat_amount: t.vatAmount, gross_amount: t.grossAmount });
		}
		const header = this.headerTotals(kind, doc, lines, totals);
		if (kind.inBaseCurrency) Object.assign(header, await this.baseAmounts(trx, kind, doc, lines, totals, header['gross_total_base'] as number | undefined, change));
		await writeLineChanges(trx, kind.lines, changes);
		if (isProvisional(doc.number)) header['number'] = await this.takeNumber(trx, kind, doc);
		await trx(collection).where('id', id).update(header);
	}

	/**
	 * Revenue and cost in the base currency, on the order and its lines, for the analyses that sum them in SQL.
	 * A line's cost is the one it had when the order was last a draft: confirming or shipping never re-costs it.
	 */
	private async baseAmounts(trx: Knex, kind: DocumentKind, doc: PricedDocumentRow, lines: PricedLineRow[], totals: DocumentTotals, grossTotalBase: number | undefined, change: LineChange): Promise<Payload> {
		const day = toDay(doc[kind.dateField]) ?? today();
		const amounts = await priceOrderBaseAmounts(trx, { currency: doc.currency, day, grossTotalBase: grossTotalBase ?? null, lines, totals }, this.baseCurrency);
		if (!amounts) return {};
		let costTotal = 0;
		for (const [i, line] of lines.entries()) {
			const kept = doc.status !== 'draft' && line.cost_base !== null && line.cost_base !== undefined;
			const cost = kept ? Number(line.cost_base) : amounts.lines[i]!.costBase;
			costTotal += cost ?? 0;
			const net = amounts.lines[i]!.netAmountBase;
			if (Number(line.net_amount_base ?? NaN) !== net || (!kept && (line.cost_base === null || line.cost_base === undefined ? null : Number(line.cost_base)) !== cost)) change(line, { net_amount_base: net, cost_base: cost });
		}
		return { net_total_base: amounts.netTotalBase, cost_total_base: costTotal };
	}

	/** The document's gapless number, taken as the last step of its create (it locks the counter until commit). */
	private async takeNumber(trx: Knex, kind: DocumentKind, doc: PricedDocumentRow): Promise<string> {
		const number = await nextDocumentNumber(trx, kind.series, Number((toDay(doc[kind.dateField]) ?? today()).slice(0, 4)));
		const taken = this.numbered.get(trx) ?? new Map<string, string>();
		this.numbered.set(trx, taken.set(String(doc.number), number));
		return number;
	}

	/** The create's revision shows the number the document got, not the provisional one it was inserted with. */
	withFinalNumber(revision: RevisionRow, trx: Knex): RevisionRow {
		const final = (row: Payload | null) => {
			const provisional = row?.['number'];
			return row && isProvisional(provisional) ? { ...row, number: this.numbered.get(trx)?.get(provisional) ?? provisional } : row;
		};
		return { ...revision, data: final(revision.data), delta: final(revision.delta) };
	}

	private headerTotals(kind: DocumentKind, doc: PricedDocumentRow, lines: PricedLineRow[], totals: DocumentTotals): Payload {
		const h = documentHeaderTotals(totals, lines.map((l) => l.approval_status));
		const header: Payload = { net_total: h.netTotal, vat_total: h.vatTotal, gross_total: h.grossTotal, list_total: h.listTotal, discount_total: h.discountTotal, approval_status: h.approvalStatus };
		if (kind.inBaseCurrency && doc.fx_rate) header['gross_total_base'] = convertCurrency({ amount: totals.grossTotal, currency: doc.currency }, this.baseCurrency, String(doc.fx_rate)).amount;
		return header;
	}

	/**
	 * Draft lines follow the current price lists and discount rules for the document's customer,
	 * currency, date, campaign and promo codes. An order also claims the offers and codes it uses,
	 * under lock, so a limited offer or a single-use code is never given twice.
	 */
	private async reprice(trx: Knex, collection: string, kind: DocumentKind, doc: PricedDocumentRow, lines: PricedLineRow[], change: LineChange): Promise<void> {
		const isOrder = collection === 'crm_orders';
		const codes = parsePromoCodes(doc.promo_codes);
		if (lines.length === 0) {
			if (isOrder) await releaseRedemptions(trx, [doc.id]);
			if (codes.length) await this.assertCodesKnown(trx, codes, doc);
			return;
		}
		// An order made from an accepted proposal keeps the proposal's prices and discounts; it only claims what they used.
		if (keepsProposalPrices(doc, lines)) {
			if (isOrder) await this.claimFrozen(trx, doc, lines, codes);
			for (const line of lines) if (frozenLineApproval(storedManualDiscount(line), line.approval_status)) change(line, { approval_status: 'approved' });
			return;
		}
		const input = this.pricingInput(kind, doc, lines, codes, isOrder);
		const priced = isOrder ? await this.priceAndClaim(trx, doc, input) : await priceUsable(trx, input);
		writePricedLines(priced, lines, change);
	}

	private pricingInput(kind: DocumentKind, doc: PricedDocumentRow, lines: PricedLineRow[], codes: string[], isOrder: boolean): PriceDocumentInput {
		return {
			customerId: doc.customer,
			currency: doc.currency,
			date: toDay(doc[kind.dateField]) ?? today(),
			campaignId: doc.campaign ?? null,
			codes,
			excludeOrderId: isOrder ? doc.id : null,
			baseCurrency: this.baseCurrency,
			lines: lines.map((l) => ({ productId: l.product, quantityMilli: Number(l.quantity_milli), ...manualDiscountInput(storedManualDiscount(l)) })),
		};
	}

	/** Prices the order and claims what it uses; when another order took the rest of an automatic offer, core's policy says what to price without. */
	private async priceAndClaim(trx: Knex, doc: PricedDocumentRow, input: PriceDocumentInput): Promise<PricedDocument> {
		let priced = await priceUsable(trx, input);
		for (let attempt = 0; ; attempt++) {
			const claim = await claimRedemptions(trx, doc.id, doc.customer, priced.result.offers);
			const without = offersToPriceWithout(claim, priced.result.codes, new Set(input.exhaustedOffers), attempt);
			if (!without) return priced;
			input = { ...input, exhaustedOffers: without };
			priced = await priceDocument(trx, input);
		}
	}

	private async assertCodesKnown(trx: Knex, codes: string[], doc: PricedDocumentRow): Promise<void> {
		const found = (await trx('crm_promo_codes').select('code').whereIn('code', codes)) as Pick<PromoCodeRow, 'code'>[];
		const unknown = codes.filter((c) => !found.some((f) => f.code === c));
		if (unknown.length) throw new CrmError('CRM_PROMO_CODE_INVALID', `Unknown promo code${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} on ${String(doc.number ?? 'this document')}.`, { field: 'promo_codes', codes: unknown });
	}

	/** Claims for an order that keeps its proposal's discounts: the offers its lines' discounts came from, and the codes of those offers. */
	private async claimFrozen(trx: Knex, doc: PricedDocumentRow, lines: PricedLineRow[], codes: string[]): Promise<void> {
		const codeRows = codes.length ? ((await trx('crm_promo_codes').select('id', 'code', 'offer').whereIn('code', codes)) as Pick<PromoCodeRow, 'id' | 'code' | 'offer'>[]) : [];
		const offers = offerConsumptionOfLines(
			lines.map((l) => ({ quantityMilli: Number(l.quantity_milli), applied: ((jsonValue(l.applied_rules) ?? []) as AppliedDiscount[]).map((a) => ({ offerId: a.offerId ?? null, amount: Number(a.amount) })) })),
			codeRows.map((c) => ({ id: c.id, offerId: c.offer })),
		);
		assertFrozenClaimsFit(await claimRedemptions(trx, doc.id, doc.customer, offers), codeRows.map((c) => ({ id: c.id, code: c.code })));
	}
}

/** A stored line's manual-discount columns. */
function storedManualDiscount(line: PricedLineRow): StoredManualDiscount {
	return {
		discountBp: Number(line.discount_bp ?? 0),
		approvedBp: Number(line.discount_approved_bp ?? 0),
		limitBp: Number(line.discount_limit_bp ?? 0),
		belowFloorApproved: Boolean(line.below_floor_approved),
		approvedAt: line.discount_approved_at ?? null,
	};
}

function totalsOf(lines: PricedLineRow[], currency: string): DocumentTotals {
	return computeDocumentTotals(
		lines.map((l) => ({
			quantityMilli: Number(l.quantity_milli),
			unitPrice: Number(l.unit_price ?? 0),
			vatRateBp: Number(l.vat_rate_bp ?? 0),
			discountBp: Number(l.discount_bp ?? 0),
			// Lines priced before the discount engine carry no discount amount: their percentage applies.
			...(l.discount_amount === null || l.discount_amount === undefined ? {} : { discountAmount: Number(l.discount_amount) }),
		})),
		currency,
	);
}

/** Draft lines of an order made from an accepted proposal are all priced already: they keep those prices. */
function keepsProposalPrices(doc: PricedDocumentRow, lines: PricedLineRow[]): boolean {
	return Boolean(doc.quote) && lines.every((l) => l.unit_price !== null && l.unit_price !== undefined);
}

/** Prices a document whose codes must all be usable. */
async function priceUsable(trx: Knex, input: PriceDocumentInput): Promise<PricedDocument> {
	const priced = await priceDocument(trx, input);
	assertCodesUsable(priced.result.codes);
	return priced;
}

/** Each line takes its new price fields, written only when something changed. */
function writePricedLines(priced: PricedDocument, lines: PricedLineRow[], change: LineChange): void {
	for (const [i, line] of lines.entries()) {
		const p = pricedLineValues(priced, i, storedManualDiscount(line));
		const values: LineValues = {
			unit_price: p.unitPrice,
			vat_rate_bp: priced.vatRates.get(line.product) ?? 0,
			list_amount: p.listAmount,
			discount_amount: p.discountAmount,
			applied_rules: JSON.stringify(p.appliedRules),
			price_explanation: JSON.stringify(p.priceExplanation),
			approval_status: p.approvalStatus,
		};
		const differs = (Object.entries(values) as [LineColumn, unknown][]).some(([k, v]) => (typeof v === 'string' && (k === 'applied_rules' || k === 'price_explanation') ? jsonText(line[k]) !== v : String(line[k]) !== String(v)));
		if (differs) change(line, values);
	}
}

function jsonValue(value: unknown): unknown {
	if (typeof value !== 'string') return value ?? null;
	try {
		return JSON.parse(value);
	} catch {
		return null;
	}
}

/** A JSON column as canonical text: PostgreSQL hands back objects, SQLite text. */
function jsonText(value: unknown): string {
	return JSON.stringify(jsonValue(value));
}

const LINE_COLUMNS = ['unit_price', 'vat_rate_bp', 'list_amount', 'discount_amount', 'applied_rules', 'approval_status', 'price_explanation', 'net_amount', 'vat_amount', 'gross_amount', 'net_amount_base', 'cost_base'] as const;
type LineColumn = (typeof LINE_COLUMNS)[number];
const PG_TYPE: Partial<Record<LineColumn, string>> = { applied_rules: 'json', price_explanation: 'json', approval_status: 'text' };

/**
 * Writes the changed lines. On PostgreSQL one UPDATE … FROM (VALUES …) carries every line, since a
 * 20-line order otherwise costs 20 round trips inside the write; SQLite is in-process and takes them one by one.
 */
async function writeLineChanges(trx: Knex, table: string, changes: Map<string, LineValues>): Promise<void> {
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
		return `(?::uuid, ${columns.map((c) => `?::${PG_TYPE[c] ?? 'bigint'}`).join(', ')}, ${columns.map(() => '?::boolean').join(', ')})`;
	});
	const sets = columns.map((c) => `"${c}" = case when v."set_${c}" then v."${c}" else t."${c}" end`).join(', ');
	await trx.raw(
		`update "${table}" as t set ${sets} from (values ${tuples.join(', ')}) as v(id, ${columns.map((c) => `"${c}"`).join(', ')}, ${columns.map((c) => `"set_${c}"`).join(', ')}) where t.id = v.id`,
		bindings,
	);
}


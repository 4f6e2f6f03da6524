import { assertValidPriceList, type PriceList, type PriceListItem, type PriceListKind, type RoundingMode } from '@crm/core';
import { loadPriceListsForProducts, toDay } from '@crm/directus';
import type { SchemaOverview } from '@directus/types';
import type { Knex } from 'knex';
import { type CrmHooks, defaultsOf } from './hook-kit.ts';

type Payload = Record<string, unknown>;

/** A stored crm_price_list_items row (bigint as text on PostgreSQL). */
interface PriceListItemRow {
	price_list: string;
	product: string;
	min_quantity_milli: number | string;
	unit_price: number | string;
}

/** An item's columns as stored or as they will be after the write (a relation as its key or a nested object). */
type ItemFields = Partial<Record<'product' | 'min_quantity_milli' | 'unit_price', unknown>>;

const LISTS = 'crm_price_lists';
const ITEMS = 'crm_price_list_items';
/** Stands in for the id of a list that is still being created. */
const NEW_LIST_ID = '(new)';

const BLANK_LIST: PriceList = { id: NEW_LIST_ID, code: '', name: '', currency: '', kind: 'base', validFrom: null, validTo: null, active: true, parentId: null, derivationBp: null, roundingStep: null, roundingMode: 'half-up', items: [] };

/** A relation as its key, whether the payload sends the key or a nested object. */
const keyOf = (value: unknown): unknown => (typeof value === 'object' && value !== null ? (value as Payload)['id'] : value);
const numberOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/** The list with the (snake_case) payload's fields written over it. */
function withPayload(list: PriceList, data: Payload): PriceList {
	const pick = <T>(field: string, current: T, convert: (value: unknown) => T): T => (field in data ? convert(data[field]) : current);
	return {
		...list,
		code: pick('code', list.code, String),
		name: pick('name', list.name, String),
		currency: pick('currency', list.currency, String),
		kind: pick('kind', list.kind, (v) => v as PriceListKind),
		validFrom: pick('valid_from', list.validFrom, toDay),
		validTo: pick('valid_to', list.validTo, toDay),
		active: pick('active', list.active, Boolean),
		parentId: pick('parent', list.parentId, (v) => (keyOf(v) ?? null) as string | null),
		derivationBp: pick('derivation_bp', list.derivationBp, numberOrNull),
		roundingStep: pick('rounding_step', list.roundingStep, numberOrNull),
		roundingMode: pick('rounding_mode', list.roundingMode, (v) => v as RoundingMode),
	};
}

const toItem = (row: ItemFields): PriceListItem => ({ productId: keyOf(row.product) as string, minQuantityMilli: Number(row.min_quantity_milli), unitPrice: Number(row.unit_price) });

function withoutItem(items: readonly PriceListItem[], gone: PriceListItem): PriceListItem[] {
	const i = items.findIndex((item) => item.productId === gone.productId && item.minQuantityMilli === gone.minQuantityMilli && item.unitPrice === gone.unitPrice);
	return i < 0 ? [...items] : [...items.slice(0, i), ...items.slice(i + 1)];
}

async function checkListWrite(knex: Knex, schema: SchemaOverview, data: Payload, keys: readonly string[] | null): Promise<void> {
	const products = keys ? ((await knex(ITEMS).distinct('product').whereIn('price_list', [...keys])) as Pick<PriceListItemRow, 'product'>[]).map((r) => r.product) : [];
	const stored = await loadPriceListsForProducts(knex, products);
	const changed = keys
		? stored.filter((list) => keys.includes(list.id)).map((list) => withPayload(list, data))
		: [withPayload({ ...BLANK_LIST, id: String(keyOf(data['id']) ?? NEW_LIST_ID) }, { ...defaultsOf(schema, LISTS), ...data })];

	const ids = new Set(changed.map((list) => list.id));
	const lists = [...stored.filter((list) => !ids.has(list.id)), ...changed];
	// A changed list can break the lists derived from it too (its currency, a loop through it).
	const children = lists.filter((list) => list.parentId !== null && ids.has(list.parentId) && !ids.has(list.id));
	for (const list of [...changed, ...children]) assertValidPriceList(list, lists);
}

async function checkItemWrite(knex: Knex, schema: SchemaOverview, data: Payload, keys: readonly (string | number)[] | null): Promise<void> {
	const before = keys ? ((await knex(ITEMS).select('price_list', 'product', 'min_quantity_milli', 'unit_price').whereIn('id', [...keys])) as PriceListItemRow[]) : [];
	const after: Payload[] = keys ? before.map((row) => ({ ...row, ...data })) : [{ ...defaultsOf(schema, ITEMS), ...data }];
	const products = [...new Set([...before, ...after].map((row) => keyOf(row['product'])).filter((id): id is string => typeof id === 'string'))];
	const lists = new Map((await loadPriceListsForProducts(knex, products)).map((list) => [list.id, list]));

	for (const row of before) {
		const list = lists.get(row.price_list);
		if (list) lists.set(list.id, { ...list, items: withoutItem(list.items, toItem(row)) });
	}
	const changed = new Set<string>();
	for (const row of after) {
		const list = lists.get(keyOf(row['price_list']) as string);
		if (!list) continue; // a missing list is the relation's problem, not the price list's
		lists.set(list.id, { ...list, items: [...list.items, toItem(row)] });
		changed.add(list.id);
	}
	for (const id of changed) assertValidPriceList(lists.get(id)!, [...lists.values()]);
}

/** A price list, or one of its items, is checked as it will be after the write, with the lists derived from it. */
export function guardPriceLists(hooks: CrmHooks): void {
	hooks.onCreate(LISTS, (data, { knex, schema }) => checkListWrite(knex, schema, data, null));
	hooks.onUpdate(LISTS, (data, keys, { knex, schema }) => checkListWrite(knex, schema, data, keys.map(String)));
	hooks.onCreate(ITEMS, (data, { knex, schema }) => checkItemWrite(knex, schema, data, null));
	hooks.onUpdate(ITEMS, (data, keys, { knex, schema }) => checkItemWrite(knex, schema, data, keys));
}

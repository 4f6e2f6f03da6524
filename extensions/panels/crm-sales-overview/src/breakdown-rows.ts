/** The rows of the breakdown table, in words: names, amounts with their currency, shares and changes. */
import { count, type FigureCell, type FigureColumn, type FigureRow, growthChange, money, percent, pointsChange } from '@crm/studio';
import type { SalesRowView, SalesView } from './read-analytics.ts';

/** What the breakdown can be switched to, as the API names the dimension and its filter. */
export type Dimension = 'product_group' | 'customer_group' | 'sales_channel' | 'region';

export const DIMENSIONS: readonly { value: Dimension; text: string }[] = [
	{ value: 'product_group', text: 'Product groups' },
	{ value: 'customer_group', text: 'Customer groups' },
	{ value: 'sales_channel', text: 'Sales channels' },
	{ value: 'region', text: 'Regions' },
];

export type Cell = FigureCell;

type ColumnKey = 'revenue' | 'margin' | 'share' | 'orders' | 'customers' | 'avgOrder';

/** `id` is unique within the table (rows without a key: 'none'). */
export interface BreakdownRow extends FigureRow<ColumnKey> {
	/** The filter that asks for the orders behind the row; null where no filter can say it (orders without a region…). */
	drill: Record<string, string> | null;
	/** A product group with groups below it: it can be opened. */
	opens: string | null;
}

export const COLUMNS: readonly FigureColumn<ColumnKey>[] = [
	{ key: 'revenue', label: 'Revenue' },
	{ key: 'margin', label: 'Margin' },
	{ key: 'share', label: 'Margin %' },
	{ key: 'orders', label: 'Orders' },
	{ key: 'customers', label: 'Customers' },
	{ key: 'avgOrder', label: 'Avg. order' },
];

function cellsOf(r: SalesRowView, currency: string): BreakdownRow['cells'] {
	const before = r.previous;
	return {
		revenue: { text: money(r.revenue, currency), change: growthChange(r.growth?.revenue ?? null, r.revenue, before?.revenue ?? null) },
		margin: { text: money(r.margin, currency), change: growthChange(r.growth?.margin ?? null, r.margin, before?.margin ?? null) },
		share: { text: percent(r.marginBp), change: pointsChange(r.marginBpChange) },
		orders: { text: count(r.orders), change: growthChange(r.growth?.orders ?? null, r.orders, before?.orders ?? null) },
		customers: { text: count(r.customers), change: growthChange(r.growth?.customers ?? null, r.customers, before?.customers ?? null) },
		avgOrder: { text: money(r.avgOrder, currency), change: { text: '', tone: 'neutral' } },
	};
}

/** The table's rows; each keyed row drills down to its orders by the dimension's filter (a product group with those below it). */
export function breakdownRows(view: Pick<SalesView, 'rows' | 'currency'>, dimension: Dimension): BreakdownRow[] {
	return view.rows.map((r) => ({
		id: r.key ?? 'none',
		name: r.name,
		drill: r.key === null ? null : { [dimension]: r.key },
		opens: dimension === 'product_group' && r.hasChildren ? r.key : null,
		cells: cellsOf(r, view.currency),
	}));
}

/** The totals in the same words as the rows. */
export function totalCells(view: Pick<SalesView, 'totals' | 'currency'>): BreakdownRow['cells'] {
	return cellsOf({ ...view.totals, key: null, name: '', hasChildren: false, previousMonth: null }, view.currency);
}

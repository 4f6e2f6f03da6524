import { toCsv } from '../csv/to-csv.ts';
import { formatDecimalAmount } from '../money/minor-units.ts';
import type { RepRow } from './rep-leaderboard.ts';
import type { SalesFigures } from './sales-figures.ts';
import type { SalesRow } from './sales-table.ts';
import type { TopMovers } from './top-movers.ts';

type Cell = string | number | null;
export type NamedRow<T> = T & { name: string };

/** Basis points as a percentage with two decimals ("12.50", "-3.05"); empty for none. */
export function percentText(bp: number | null): string {
	if (bp === null) return '';
	const digits = String(Math.abs(bp)).padStart(3, '0');
	return `${bp < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** Thousandths as a decimal with three places ("2.500"); empty for none. */
function milliText(milli: number | null): string {
	if (milli === null) return '';
	const digits = String(Math.abs(milli)).padStart(4, '0');
	return `${milli < 0 ? '-' : ''}${digits.slice(0, -3)}.${digits.slice(-3)}`;
}

const money = (currency: string) => (minor: number | null) => (minor === null ? '' : formatDecimalAmount(minor, currency));

function figureCells(f: SalesFigures, currency: string): Cell[] {
	const m = money(currency);
	return [m(f.revenue), m(f.cost), m(f.margin), percentText(f.marginBp), f.orders, f.customers, m(f.avgOrder)];
}
const FIGURE_HEADER = ['revenue', 'cost', 'margin', 'margin_pct', 'orders', 'customers', 'avg_order'];
const PREVIOUS_HEADER = [...FIGURE_HEADER.map((h) => `previous_${h}`), 'revenue_growth_pct', 'margin_growth_pct'];

function comparedCells(row: SalesRow, currency: string): Cell[] {
	if (!row.previous) return [];
	return [...figureCells(row.previous, currency), percentText(row.growth?.revenue ?? null), percentText(row.growth?.margin ?? null)];
}

/**
 * A sales table as CSV (RFC 4180, dot decimals, amounts in the base currency): a row per group and the
 * totals last; with a comparison, each row also carries the comparison period's figures and the growth.
 */
export function salesTableCsv(rows: readonly NamedRow<SalesRow>[], totals: SalesRow, currency: string): string {
	const compared = totals.previous !== null;
	const header = ['name', ...FIGURE_HEADER, ...(compared ? PREVIOUS_HEADER : []), 'currency'];
	const line = (name: string, r: SalesRow): Cell[] => [name, ...figureCells(r, currency), ...(compared ? comparedCells(r, currency) : []), currency];
	return toCsv(header, [...rows.map((r) => line(r.name, r)), line('Total', totals)]);
}

const REP_HEADER = ['rep', 'revenue', 'margin', 'margin_pct', 'orders', 'avg_order', 'customers', 'proposals_accepted', 'proposals_rejected', 'proposals_expired', 'proposals_open', 'conversion_pct', 'activities', 'activities_per_order'];

/** The rep leaderboard as CSV; with a comparison, last period's revenue, margin, orders and conversion and the revenue growth. */
export function repLeaderboardCsv(rows: readonly NamedRow<RepRow>[], currency: string, compared: boolean): string {
	const m = money(currency);
	const header = [...REP_HEADER, ...(compared ? ['previous_revenue', 'previous_margin', 'previous_orders', 'previous_conversion_pct', 'revenue_growth_pct'] : []), 'currency'];
	const line = (r: NamedRow<RepRow>): Cell[] => [
		r.name, m(r.revenue), m(r.margin), percentText(r.marginBp), r.orders, m(r.avgOrder), r.customers,
		r.proposals.accepted, r.proposals.rejected, r.proposals.expired, r.proposals.open, percentText(r.conversionBp), r.activities, milliText(r.activitiesPerOrderMilli),
		...(compared ? [m(r.previous?.revenue ?? 0), m(r.previous?.margin ?? 0), r.previous?.orders ?? 0, percentText(r.previousActivity?.conversionBp ?? null), percentText(r.growth?.revenue ?? null)] : []),
		currency,
	];
	return toCsv(header, rows.map(line));
}

/** The top movers as CSV: gains then losses, each with both periods' revenue and the change. */
export function moversCsv(movers: { gains: readonly NamedRow<TopMovers['gains'][number]>[]; losses: readonly NamedRow<TopMovers['losses'][number]>[] }, currency: string): string {
	const m = money(currency);
	const line = (direction: string) => (r: NamedRow<TopMovers['gains'][number]>): Cell[] => [direction, r.name, m(r.current.revenue), m(r.previous.revenue), m(r.change), percentText(r.growthBp), m(r.current.margin), m(r.previous.margin), currency];
	return toCsv(['direction', 'name', 'revenue', 'previous_revenue', 'change', 'growth_pct', 'margin', 'previous_margin', 'currency'], [...movers.gains.map(line('gain')), ...movers.losses.map(line('loss'))]);
}

/** One order behind a figure: its own total in its currency, and its share of the figure in the base currency. */
export interface SalesDocument {
	id: string;
	number: string | null;
	day: string | null;
	status: string;
	customer: { id: string; name: string };
	rep: { id: string; name: string } | null;
	currency: string | null;
	netTotal: number | null;
	/** Revenue this order adds to the figure (all its lines, or those of the products filtered on). */
	netBase: number;
	costBase: number;
	marginBase: number;
}

/** Orders behind a figure as CSV: number, day, customer, rep, own total, and net, cost and margin in the base currency. */
export function documentsCsv(documents: readonly SalesDocument[], base: string): string {
	const m = money(base);
	const rows = documents.map((d): Cell[] => [d.number, d.day, d.customer.name, d.rep?.name ?? '', d.status, d.currency, d.currency && d.netTotal !== null ? formatDecimalAmount(d.netTotal, d.currency) : '', m(d.netBase), m(d.costBase), m(d.marginBase), base]);
	return toCsv(['number', 'order_date', 'customer', 'rep', 'status', 'currency', 'net_total', 'net_base', 'cost_base', 'margin_base', 'base_currency'], rows);
}

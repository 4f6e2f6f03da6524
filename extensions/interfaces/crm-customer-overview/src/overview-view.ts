/**
 * Pure helpers of the customer card (A5.2): what GET /crm/customers/:id/overview answers, turned into the
 * words, amounts and bars people read. Amounts stay integer minor units until formatted.
 */
import type { CustomerOverview, RequestSlaView } from '@crm/core';
import { compactAmount, formatMoneyLabel, formatQuantity, toMajor } from '@crm/studio';

export type Overview = CustomerOverview;
export type SalesBlock = NonNullable<Overview['sales']>;

/** The Studio page of a record (inside the app's router, which adds /admin). */
export function contentLink(collection: string, id: string): string {
	return `/content/${collection}/${encodeURIComponent(id)}`;
}

/** "1,234.56 EUR"; a dash when the amount is not there (the caller may not read it). */
export function money(minor: number | null | undefined, currency: string | null | undefined): string {
	return minor === null || minor === undefined ? '—' : formatMoneyLabel(minor, currency ?? null);
}

/** 'partially_shipped' → 'Partially shipped'. */
export function humanize(value: string | null | undefined): string {
	if (!value) return '—';
	const words = value.replace(/_/g, ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A calendar day ('YYYY-MM-DD') as "5 Feb 2026" in the viewer's language; a dash when missing. */
export function formatDay(day: string | null | undefined, locale?: string): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day ?? '');
	if (!m) return '—';
	return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

/** An instant as "5 Feb 2026, 14:05" in the viewer's zone and language. */
export function formatInstant(iso: string | null | undefined, locale?: string): string {
	const ms = iso ? Date.parse(iso) : NaN;
	return Number.isFinite(ms) ? new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(ms)) : '—';
}

/** "2 d 3 h", "1 h 30 min", "45 min" for a span of whole minutes (its sign ignored). */
export function formatMinutes(minutes: number): string {
	const m = Math.abs(minutes);
	if (m >= 24 * 60) return `${Math.floor(m / 1440)} d ${Math.floor((m % 1440) / 60)} h`;
	if (m >= 60) return `${Math.floor(m / 60)} h ${m % 60} min`;
	return `${m} min`;
}

/** Where a request stands against its next SLA deadline, in words. */
export function slaText(sla: RequestSlaView): string {
	if (sla.state === 'paused') return 'SLA paused';
	if (sla.minutes_left === null || sla.target === null) return humanize(sla.state === 'none' ? 'no SLA' : sla.state);
	const target = sla.target === 'response' ? 'response' : 'resolution';
	return sla.minutes_left < 0 ? `${target} ${formatMinutes(sla.minutes_left)} overdue` : `${target} due in ${formatMinutes(sla.minutes_left)}`;
}

/** The colour of an SLA state: red once breached or missed, amber in its warning time. */
export function slaTone(state: string | null): 'danger' | 'warning' | 'success' | 'muted' {
	if (state === 'breached' || state === 'missed') return 'danger';
	if (state === 'warning') return 'warning';
	return state === 'ok' || state === 'met' ? 'success' : 'muted';
}

export interface MonthBar {
	month: string;
	/** "Mar" (and the year under January and the first bar). */
	label: string;
	/** Share of the best month, 0–100; a month with sales shows at least a sliver. */
	height: number;
	title: string;
}

/** The twelve months as bars scaled to the best month, with their amounts in the tooltip. */
export function monthBars(sales: SalesBlock, locale?: string): MonthBar[] {
	const best = Math.max(0, ...sales.months.map((m) => m.revenue));
	return sales.months.map((m, i) => {
		const date = new Date(Date.UTC(Number(m.month.slice(0, 4)), Number(m.month.slice(5, 7)) - 1, 1));
		const name = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(date);
		const height = best <= 0 || m.revenue <= 0 ? 0 : Math.max(2, Math.round((m.revenue / best) * 100));
		const label = i === 0 || m.month.endsWith('-01') ? `${name} ${m.month.slice(2, 4)}` : name;
		return { month: m.month, label, height, title: `${name} ${m.month.slice(0, 4)}: ${money(m.revenue, sales.currency)} · ${m.orders} order${m.orders === 1 ? '' : 's'}` };
	});
}

/** A short amount for a bar's caption: 12,345.67 EUR → "12.3k". */
export function shortMoney(minor: number, currency: string): string {
	return compactAmount(toMajor(minor, currency));
}

/** The classes as chips: ABC by revenue and margin, XYZ, RFM ("R5 F4 M5"); empty classes are not shown. */
export function classChips(classes: NonNullable<Overview['classes']>): { key: string; label: string; value: string }[] {
	const chips = [
		{ key: 'abc_revenue', label: 'Revenue', value: classes.abc_revenue },
		{ key: 'abc_margin', label: 'Margin', value: classes.abc_margin },
		{ key: 'xyz', label: 'Steadiness', value: classes.xyz },
		{ key: 'rfm', label: 'RFM', value: classes.rfm && /^\d{3}$/.test(classes.rfm) ? `R${classes.rfm[0]} F${classes.rfm[1]} M${classes.rfm[2]}` : classes.rfm },
	];
	return chips.filter((c): c is { key: string; label: string; value: string } => c.value !== null && c.value !== '');
}

/** One move between classes in words: "Revenue B → A, Status active → key". */
export function classChangeText(change: NonNullable<NonNullable<Overview['classes']>['changes']>[number]): string {
	const names: Record<string, string> = { abc_revenue: 'Revenue', abc_margin: 'Margin', xyz: 'Steadiness', rfm: 'RFM', category: 'Category', status: 'Status' };
	const moved = Object.keys(names).filter((k) => (change.from[k] ?? null) !== (change.to[k] ?? null));
	return moved.map((k) => `${names[k]} ${change.from[k] ?? '—'} → ${change.to[k] ?? '—'}`).join(', ') || 'No change of class';
}

/** Thousandths of a unit as people read them: 2500 → "2.5". */
export function quantity(milli: number): string {
	return formatQuantity(milli, null);
}

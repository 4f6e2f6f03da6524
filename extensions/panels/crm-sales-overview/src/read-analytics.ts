/** Pure reading of the /crm/analytics answers the sales overview shows: amounts in minor units, shares in basis points. */
import { int, intOrNull, isObject, objectsOf, textOrNull } from '@crm/studio';

type Raw = Record<string, unknown>;

export interface Figures {
	revenue: number;
	cost: number;
	margin: number;
	marginBp: number | null;
	orders: number;
	customers: number;
	avgOrder: number | null;
}

export interface Compared extends Figures {
	previous: Figures | null;
	/** Growth against the comparison period, basis points; null where it had nothing. */
	growth: { revenue: number | null; margin: number | null; orders: number | null; customers: number | null } | null;
	/** The margin share now minus before, basis points. */
	marginBpChange: number | null;
}

export interface SalesRowView extends Compared {
	key: string | null;
	name: string;
	hasChildren: boolean;
	previousMonth: string | null;
}

export interface Scope {
	currency: string;
	from: string;
	to: string;
	comparison: { from: string; to: string } | null;
}

export interface SalesView extends Scope {
	by: string;
	parent: string | null;
	totals: Compared;
	rows: SalesRowView[];
	/** How many rows there are in all (the answer lists the largest). */
	rowCount: number;
}

function figures(r: Raw): Figures {
	return { revenue: int(r['revenue']), cost: int(r['cost']), margin: int(r['margin']), marginBp: intOrNull(r['margin_bp']), orders: int(r['orders']), customers: int(r['customers']), avgOrder: intOrNull(r['avg_order']) };
}

function compared(r: Raw): Compared {
	const growth = isObject(r['growth_bp']) ? r['growth_bp'] : null;
	const change = isObject(r['change']) ? r['change'] : null;
	return {
		...figures(r),
		previous: isObject(r['previous']) ? figures(r['previous']) : null,
		growth: growth ? { revenue: intOrNull(growth['revenue']), margin: intOrNull(growth['margin']), orders: intOrNull(growth['orders']), customers: intOrNull(growth['customers']) } : null,
		marginBpChange: change ? intOrNull(change['margin_bp']) : null,
	};
}

export function scopeOf(data: Raw): Scope | null {
	const currency = textOrNull(data['currency']);
	const [from, to] = [textOrNull(data['from']), textOrNull(data['to'])];
	if (!currency || !from || !to) return null;
	const c = isObject(data['comparison']) ? data['comparison'] : null;
	return { currency, from, to, comparison: c && textOrNull(c['from']) && textOrNull(c['to']) ? { from: String(c['from']), to: String(c['to']) } : null };
}

const rowOf = (r: Raw): SalesRowView => ({ ...compared(r), key: textOrNull(r['key']), name: textOrNull(r['name']) ?? '', hasChildren: r['has_children'] === true, previousMonth: textOrNull(r['previous_month']) });

/** GET /crm/analytics/sales; null when the answer cannot be read. */
export function fromSalesResponse(body: unknown): SalesView | null {
	const data = isObject(body) && isObject(body['data']) ? body['data'] : null;
	const scope = data ? scopeOf(data) : null;
	if (!data || !scope || !isObject(data['totals'])) return null;
	const meta = isObject(body) && isObject((body as Raw)['meta']) ? ((body as Raw)['meta'] as Raw) : {};
	const rows = objectsOf(data['rows']).map(rowOf);
	return { ...scope, by: String(data['by'] ?? ''), parent: textOrNull(data['product_group_parent']), totals: compared(data['totals']), rows, rowCount: intOrNull(meta['rows']) ?? rows.length };
}

export interface MoverView {
	key: string;
	name: string;
	revenue: number;
	previousRevenue: number;
	change: number;
	growthBp: number | null;
}

export interface MoversView extends Scope {
	gains: MoverView[];
	losses: MoverView[];
}

const moverOf = (r: Raw): MoverView => ({ key: String(r['key'] ?? ''), name: textOrNull(r['name']) ?? '', revenue: int(r['revenue']), previousRevenue: int(r['previous_revenue']), change: int(r['change']), growthBp: intOrNull(r['growth_bp']) });

/** GET /crm/analytics/movers; null when the answer cannot be read. */
export function fromMoversResponse(body: unknown): MoversView | null {
	const data = isObject(body) && isObject(body['data']) ? body['data'] : null;
	const scope = data ? scopeOf(data) : null;
	if (!data || !scope) return null;
	return { ...scope, gains: objectsOf(data['gains']).map(moverOf), losses: objectsOf(data['losses']).map(moverOf) };
}

export interface DocumentView {
	id: string;
	number: string;
	day: string;
	customer: string;
	rep: string;
	netBase: number;
	marginBase: number;
}

export interface DocumentsView {
	currency: string;
	rows: DocumentView[];
	total: number;
	hasMore: boolean;
}

const nameIn = (value: unknown) => (isObject(value) ? (textOrNull(value['name']) ?? '') : '');
const documentOf = (r: Raw): DocumentView => ({ id: String(r['id'] ?? ''), number: textOrNull(r['number']) ?? '', day: textOrNull(r['order_date']) ?? '', customer: nameIn(r['customer']), rep: nameIn(r['rep']), netBase: int(r['net_base']), marginBase: int(r['margin_base']) });

/** GET /crm/analytics/documents; null when the answer cannot be read. */
export function fromDocumentsResponse(body: unknown): DocumentsView | null {
	const meta = isObject(body) && isObject(body['meta']) ? body['meta'] : null;
	const currency = meta ? textOrNull(meta['currency']) : null;
	if (!meta || !currency || !isObject(body) || !Array.isArray(body['data'])) return null;
	return { currency, rows: objectsOf(body['data']).map(documentOf), total: int(meta['total']), hasMore: meta['has_more'] === true };
}

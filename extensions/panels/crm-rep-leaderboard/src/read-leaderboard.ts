/** Pure reading of GET /crm/analytics/reps: each rep's figures, this period and the comparison's. */
import { int, intOrNull, isObject, objectsOf, textOrNull } from '@crm/studio';

type Raw = Record<string, unknown>;

export interface RepFigures {
	revenue: number;
	margin: number;
	marginBp: number | null;
	orders: number;
	customers: number;
	avgOrder: number | null;
	accepted: number;
	decided: number;
	open: number;
	conversionBp: number | null;
	activities: number;
	activitiesPerOrderMilli: number | null;
}

export interface RepRowView extends RepFigures {
	rep: string | null;
	name: string;
	previous: RepFigures | null;
	growth: { revenue: number | null; margin: number | null; activities: number | null } | null;
	/** Conversion now minus before, basis points. */
	conversionChange: number | null;
}

export interface LeaderboardView {
	currency: string;
	from: string;
	to: string;
	comparison: { from: string; to: string } | null;
	rows: RepRowView[];
}

function figures(r: Raw): RepFigures {
	const p = isObject(r['proposals']) ? r['proposals'] : {};
	const [accepted, rejected, expired] = [int(p['accepted']), int(p['rejected']), int(p['expired'])];
	return {
		revenue: int(r['revenue']), margin: int(r['margin']), marginBp: intOrNull(r['margin_bp']), orders: int(r['orders']), customers: int(r['customers']), avgOrder: intOrNull(r['avg_order']),
		accepted, decided: accepted + rejected + expired, open: int(p['open']), conversionBp: intOrNull(r['conversion_bp']), activities: int(r['activities']), activitiesPerOrderMilli: intOrNull(r['activities_per_order_milli']),
	};
}

function rowOf(r: Raw): RepRowView {
	const growth = isObject(r['growth_bp']) ? r['growth_bp'] : null;
	const change = isObject(r['change']) ? r['change'] : null;
	return {
		...figures(r),
		rep: textOrNull(r['rep']),
		name: textOrNull(r['name']) ?? '',
		previous: isObject(r['previous']) ? figures(r['previous']) : null,
		growth: growth ? { revenue: intOrNull(growth['revenue']), margin: intOrNull(growth['margin']), activities: intOrNull(growth['activities']) } : null,
		conversionChange: change ? intOrNull(change['conversion_bp']) : null,
	};
}

/** The answer as the panel shows it; null when it cannot be read. */
export function fromLeaderboardResponse(body: unknown): LeaderboardView | null {
	const data = isObject(body) && isObject(body['data']) ? body['data'] : null;
	const [currency, from, to] = data ? [textOrNull(data['currency']), textOrNull(data['from']), textOrNull(data['to'])] : [null, null, null];
	if (!data || !currency || !from || !to) return null;
	const c = isObject(data['comparison']) ? data['comparison'] : null;
	const comparison = c && textOrNull(c['from']) && textOrNull(c['to']) ? { from: String(c['from']), to: String(c['to']) } : null;
	return { currency, from, to, comparison, rows: objectsOf(data['rows']).map(rowOf) };
}

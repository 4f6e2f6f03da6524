/** The profitability answer (GET /crm/profitability) as the panel draws it; amounts stay minor units of `currency`. */
import { int, intOrNull, isObject, objectsOf, textOrNull } from '@crm/studio';

export interface PnlRow {
	rank: number;
	id: string;
	name: string;
	revenue: number;
	grossMargin: number;
	costToServe: number;
	marketing: number;
	paymentDelay: number;
	profit: number;
	marginBp: number | null;
	/** For a customer who loses money: the line that drives it, and why in words. */
	driver: { label: string; explanation: string } | null;
}

export interface WhalePoint {
	rank: number;
	customersBp: number;
	profit: number;
}

export interface DriverLine {
	key: string;
	label: string;
	customers: number;
	loss: number;
	excess: number;
	normBp: number | null;
}

export interface ProfitabilityView {
	currency: string;
	from: string;
	to: string;
	customers: number;
	revenue: number;
	profit: number;
	marginBp: number | null;
	whale: { points: WhalePoint[]; peak: WhalePoint & { ofTotalBp: number | null }; profitable: number; unprofitable: number; loss: number };
	drivers: DriverLine[];
	top: PnlRow[];
	bottom: PnlRow[];
}

function rowOf(r: Record<string, unknown>): PnlRow {
	const totals = isObject(r['totals']) ? r['totals'] : {};
	const customer = isObject(r['customer']) ? r['customer'] : {};
	const driver = isObject(r['main_driver']) ? r['main_driver'] : null;
	return {
		rank: int(r['rank']),
		id: textOrNull(customer['id']) ?? '',
		name: textOrNull(customer['name']) ?? 'A customer without a name',
		revenue: int(totals['revenue']),
		grossMargin: int(totals['gross_margin']),
		costToServe: int(totals['cost_to_serve']),
		marketing: int(totals['marketing']),
		paymentDelay: int(totals['payment_delay']),
		profit: int(totals['profit']),
		marginBp: intOrNull(r['margin_bp']),
		driver: driver ? { label: textOrNull(driver['label']) ?? '', explanation: textOrNull(driver['explanation']) ?? '' } : null,
	};
}

const pointOf = (p: Record<string, unknown>): WhalePoint => ({ rank: int(p['rank']), customersBp: int(p['customers_bp']), profit: int(p['profit']) });

function whaleOf(w: Record<string, unknown>): ProfitabilityView['whale'] {
	const peak = isObject(w['peak']) ? w['peak'] : {};
	return { points: objectsOf(w['points']).map(pointOf), peak: { ...pointOf(peak), ofTotalBp: intOrNull(peak['of_total_bp']) }, profitable: int(w['profitable']), unprofitable: int(w['unprofitable']), loss: int(w['loss']) };
}

const driverOf = (d: Record<string, unknown>): DriverLine => ({ key: textOrNull(d['key']) ?? '', label: textOrNull(d['label']) ?? '', customers: int(d['customers']), loss: int(d['loss']), excess: int(d['excess']), normBp: intOrNull(d['norm_bp']) });

/** The answer's `data` as the panel's view; null when it is not a profitability answer at all. */
export function fromProfitabilityResponse(body: unknown): ProfitabilityView | null {
	const data = isObject(body) && isObject(body['data']) ? body['data'] : null;
	if (!data || !isObject(data['totals']) || !isObject(data['whale_curve'])) return null;
	const drivers = isObject(data['drivers']) ? objectsOf(data['drivers']['by_line']).map(driverOf) : [];
	return {
		currency: textOrNull(data['currency']) ?? 'EUR',
		from: textOrNull(data['from']) ?? '',
		to: textOrNull(data['to']) ?? '',
		customers: int(data['customers']),
		revenue: int(data['totals']['revenue']),
		profit: int(data['totals']['profit']),
		marginBp: intOrNull(data['margin_bp']),
		whale: whaleOf(data['whale_curve']),
		drivers: drivers.filter((d) => d.customers > 0 || d.excess > 0),
		top: objectsOf(data['top']).map(rowOf),
		bottom: objectsOf(data['bottom']).map(rowOf),
	};
}

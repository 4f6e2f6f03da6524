/** Pure reading of GET /crm/sales-kpis and its rows as people read them (S6.11). */
import { formatMoneyLabel, formatPercent, int, intOrNull, isObject, objectsOf, textOrNull } from '@crm/studio';

export interface KpiRow {
	key: string;
	kind: 'rep' | 'team' | 'total';
	name: string;
	won: string;
	winRate: string;
	averageDeal: string;
	cycle: string;
	pipeline: string;
	coverage: string;
}

export interface KpiView {
	from: string;
	to: string;
	rows: KpiRow[];
	/** "Qualify 80 % → Develop 50 % → …": of the deals closed in the period that reached a stage, the share that went on. */
	conversion: string;
}

const NONE = '–';
const KINDS = ['rep', 'team', 'total'] as const;

function kpiRow(raw: Record<string, unknown>, currency: string): KpiRow | null {
	const kind = KINDS.find((k) => k === raw['kind']);
	const name = textOrNull(raw['name']);
	if (!kind || name === null) return null;
	const money = (value: number | null) => (value === null ? NONE : formatMoneyLabel(value, currency));
	const percent = (bp: number | null) => (bp === null ? NONE : formatPercent(bp));
	const cycle = typeof raw['cycle_days'] === 'number' ? `${raw['cycle_days']} days` : NONE;
	const coverage = intOrNull(raw['coverage_bp']);
	return {
		key: `${kind}:${textOrNull(raw['id']) ?? 'all'}`,
		kind,
		name,
		won: `${int(raw['won'])} won, ${int(raw['lost'])} lost`,
		winRate: percent(intOrNull(raw['win_rate_bp'])),
		averageDeal: money(intOrNull(raw['average_deal'])),
		cycle,
		pipeline: money(int(raw['pipeline'])),
		coverage: coverage === null ? NONE : `${(coverage / 10_000).toFixed(1)}× of ${money(intOrNull(raw['plan_remaining']))} left`,
	};
}

/** The KPIs answer, or null when it cannot be read. */
export function fromSalesKpisResponse(body: unknown): KpiView | null {
	const data = isObject(body) ? body['data'] : null;
	if (!isObject(data)) return null;
	const currency = textOrNull(data['currency']);
	const from = textOrNull(data['from']);
	const to = textOrNull(data['to']);
	if (!currency || !from || !to) return null;
	const rows = objectsOf(data['rows']).map((r) => kpiRow(r, currency)).filter((r): r is KpiRow => r !== null);
	const conversion = objectsOf(data['stages'])
		.map((s) => {
			const name = isObject(s['stage']) ? textOrNull(s['stage']['name']) : null;
			const bp = intOrNull(s['conversion_bp']);
			return name === null ? null : `${name} ${bp === null ? NONE : formatPercent(bp)}`;
		})
		.filter((t): t is string => t !== null)
		.join(' → ');
	return { from, to, rows, conversion };
}

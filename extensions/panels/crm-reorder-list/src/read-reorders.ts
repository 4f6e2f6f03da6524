/** Pure reading of GET /crm/reorders into the rows the panel shows. */
import { int, intOrNull, isObject, objectsOf, textOrNull } from '@crm/studio';

type Raw = Record<string, unknown>;

export const REORDER_FILTERS = [
	{ value: 'due', text: 'Due (with churn risks)' },
	{ value: 'churn_risk', text: 'Churn risk only' },
	{ value: 'all', text: 'All with a rhythm' },
] as const;
export type ReorderFilter = (typeof REORDER_FILTERS)[number]['value'];

export interface ReorderRow {
	key: string;
	customerId: string;
	customer: string;
	productGroup: string;
	owner: string;
	status: 'due' | 'churn_risk' | 'not_due';
	/** "Every 30 days · 3 purchases". */
	rhythm: string;
	lastPurchase: string;
	nextDue: string;
	/** "6 days", "due today" or "—" when not due yet. */
	overdue: string;
	explanation: string;
}

export interface ReordersView {
	date: string;
	total: number;
	rows: ReorderRow[];
}

const STATUSES = ['due', 'churn_risk', 'not_due'] as const;
const named = (value: unknown) => (isObject(value) ? (textOrNull(value['name']) ?? '') : '');

function rhythmOf(cycle: number | null, purchases: number): string {
	let every = cycle === 1 ? 'Every day' : `Every ${cycle} days`;
	if (cycle === null) every = 'No rhythm';
	return `${every} · ${purchases} ${purchases === 1 ? 'purchase' : 'purchases'}`;
}

function overdueOf(status: ReorderRow['status'], days: number): string {
	if (status === 'not_due') return '—';
	if (days === 0) return 'due today';
	return days === 1 ? '1 day' : `${days} days`;
}

function rowOf(r: Raw): ReorderRow | null {
	const customer = isObject(r['customer']) ? r['customer'] : null;
	const status = STATUSES.find((s) => s === r['status']);
	const customerId = customer ? textOrNull(customer['id']) : null;
	if (!customerId || !status) return null;
	const group = isObject(r['product_group']) ? textOrNull(r['product_group']['id']) : null;
	return {
		key: `${customerId}:${group ?? ''}`,
		customerId,
		customer: named(customer),
		productGroup: named(r['product_group']),
		owner: named(r['owner']) || 'No rep',
		status,
		rhythm: rhythmOf(intOrNull(r['cycle_days']), int(r['purchases'])),
		lastPurchase: textOrNull(r['last_purchase']) ?? '—',
		nextDue: textOrNull(r['next_due']) ?? '—',
		overdue: overdueOf(status, int(r['days_overdue'])),
		explanation: textOrNull(r['explanation']) ?? '',
	};
}

/** The answer's data as the panel's view; null when it is not a reorder list. */
export function fromReordersResponse(body: unknown): ReordersView | null {
	const data = isObject(body) && isObject(body['data']) ? body['data'] : null;
	if (!data || typeof data['date'] !== 'string' || !Array.isArray(data['reorders'])) return null;
	const rows = objectsOf(data['reorders']).map(rowOf).filter((r): r is ReorderRow => r !== null);
	return { date: data['date'], total: int(data['total']), rows };
}

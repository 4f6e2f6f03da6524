/** Pure reading of GET /crm/classification/overview: the last run, the ABC × XYZ matrix and who moved. */
import { isCurrencyCode } from '@crm/core';
import { int, isObject, objectsOf, textOrNull } from './read-answer.ts';

/** Pareto class by revenue: A makes the first part of it, B the next, C the long tail. */
export type AbcClass = 'A' | 'B' | 'C';
/** How steadily a customer buys: X steady, Y fluctuating, Z erratic. */
export type XyzClass = 'X' | 'Y' | 'Z';

export const ABC_CLASSES: readonly AbcClass[] = ['A', 'B', 'C'];
export const XYZ_CLASSES: readonly XyzClass[] = ['X', 'Y', 'Z'];

export interface LastRun {
	id: string;
	trigger: 'schedule' | 'manual';
	/** Timestamps as the API sent them; null when missing (a run still going has no end). */
	startedAt: string | null;
	finishedAt: string | null;
	customers: number;
	changed: number;
	/** The days of revenue the run looked at, 'YYYY-MM-DD'. */
	windowFrom: string;
	windowTo: string;
}

/** One ABC × XYZ cell; null classes are "not classified" (ABC) or "too little history" (XYZ). */
export interface MatrixCell {
	abc: AbcClass | null;
	xyz: XyzClass | null;
	customers: number;
	/** Minor units of the base currency. */
	revenue: number;
}

/** Customers who moved from one ABC class (by revenue) to another in the last run. */
export interface Movement {
	from: AbcClass | null;
	to: AbcClass | null;
	customers: number;
}

export interface MovedCustomer {
	id: string;
	name: string;
	fromAbc: AbcClass | null;
	toAbc: AbcClass | null;
	fromXyz: XyzClass | null;
	toXyz: XyzClass | null;
	toCategory: string | null;
	/** Minor units of the base currency. */
	revenue: number;
}

export interface ClassesOverview {
	currency: string;
	lastRun: LastRun | null;
	matrix: MatrixCell[];
	movements: Movement[];
	/** Largest revenue first, as the API sent them. */
	moved: MovedCustomer[];
}

const abcOf = (value: unknown): AbcClass | null => (ABC_CLASSES as readonly unknown[]).includes(value) ? (value as AbcClass) : null;
const xyzOf = (value: unknown): XyzClass | null => (XYZ_CLASSES as readonly unknown[]).includes(value) ? (value as XyzClass) : null;

function lastRunOf(value: unknown): LastRun | null {
	if (!isObject(value)) return null;
	return {
		id: textOrNull(value['id']) ?? '',
		trigger: value['trigger'] === 'schedule' ? 'schedule' : 'manual',
		startedAt: textOrNull(value['started_at']),
		finishedAt: textOrNull(value['finished_at']),
		customers: int(value['customers']),
		changed: int(value['changed']),
		windowFrom: textOrNull(value['window_from']) ?? '',
		windowTo: textOrNull(value['window_to']) ?? '',
	};
}

function movedOf(row: Record<string, unknown>): MovedCustomer[] {
	const id = textOrNull(row['customer']);
	if (id === null) return [];
	const classes = { fromAbc: abcOf(row['from_abc']), toAbc: abcOf(row['to_abc']), fromXyz: xyzOf(row['from_xyz']), toXyz: xyzOf(row['to_xyz']) };
	return [{ id, name: textOrNull(row['name']) ?? 'Unnamed customer', ...classes, toCategory: textOrNull(row['to_category']), revenue: int(row['revenue_base']) }];
}

/** Reads `{ data: { base_currency, last_run, matrix, movements, moved } }`; null when the shape is not that. */
export function fromOverviewResponse(body: unknown): ClassesOverview | null {
	const data = isObject(body) && isObject(body['data']) ? body['data'] : null;
	if (!data || !isCurrencyCode(data['base_currency'])) return null;
	return {
		currency: data['base_currency'],
		lastRun: lastRunOf(data['last_run']),
		matrix: objectsOf(data['matrix']).map((row) => ({ abc: abcOf(row['abc']), xyz: xyzOf(row['xyz']), customers: int(row['customers']), revenue: int(row['revenue_base']) })),
		movements: objectsOf(data['movements']).map((row) => ({ from: abcOf(row['from']), to: abcOf(row['to']), customers: int(row['customers']) })),
		moved: objectsOf(data['moved']).flatMap(movedOf),
	};
}

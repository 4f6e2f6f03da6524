/** Pure reading of GET /crm/sales-plans (the plans running on a day) and GET /crm/sales-plans/:id (one plan month by month). */
import { int, isObject, objectsOf, textOrNull } from '@crm/studio';

type Raw = Record<string, unknown>;

export const PLAN_MEASURES = ['revenue', 'margin', 'quantity'] as const;
export type PlanMeasure = (typeof PLAN_MEASURES)[number];

export const PLAN_STATUSES = ['upcoming', 'ahead', 'on_track', 'behind', 'met', 'missed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export interface Named {
	id: string;
	name: string;
}

/** A plan where it stands on the day: figures in minor units of `unit`, or in thousandths when `unit` is null (a quantity plan). */
export interface PlanView {
	id: string;
	name: string;
	measure: PlanMeasure | null;
	/** The currency of the amounts; null for a quantity plan. */
	unit: string | null;
	rep: Named | null;
	team: Named | null;
	productGroup: Named | null;
	customerGroup: Named | null;
	periodStart: string;
	periodEnd: string;
	target: number;
	actual: number;
	expectedToDate: number;
	attainmentBp: number;
	projected: number;
	projectedAttainmentBp: number;
	runRatePerDay: number;
	daysElapsed: number;
	daysTotal: number;
	status: PlanStatus | null;
	behind: boolean;
	explanation: string;
}

export interface SalesPlansView {
	date: string;
	currency: string;
	plans: PlanView[];
}

export interface PlanMonth {
	/** 'YYYY-MM'. */
	month: string;
	target: number;
	actual: number;
}

export interface PlanDetailView {
	date: string;
	currency: string;
	plan: PlanView;
	months: PlanMonth[];
}

const CURRENCY = /^[A-Z]{3}$/;
const MONTH = /^\d{4}-\d{2}$/;

const currencyOrNull = (value: unknown): string | null => {
	const text = textOrNull(value);
	return text && CURRENCY.test(text) ? text : null;
};

function oneOf<T extends string>(values: readonly T[], value: unknown): T | null {
	return values.find((v) => v === value) ?? null;
}

function namedOf(value: unknown, fallback: string): Named | null {
	const id = isObject(value) ? textOrNull(value['id']) : null;
	return isObject(value) && id ? { id, name: textOrNull(value['name']) ?? fallback } : null;
}

/** Amounts are in the plan's currency (the answer's when the plan names none); a quantity plan has none. */
function unitOf(r: Raw, measure: PlanMeasure | null, currency: string): string | null {
	if (measure === 'quantity' || (measure === null && r['unit'] === null)) return null;
	return currencyOrNull(r['unit']) ?? currency;
}

function planOf(r: Raw, currency: string): PlanView | null {
	const id = textOrNull(r['id']);
	if (!id) return null;
	const measure = oneOf(PLAN_MEASURES, r['measure']);
	return {
		id,
		name: textOrNull(r['name']) ?? 'Unnamed plan',
		measure,
		unit: unitOf(r, measure, currency),
		rep: namedOf(r['rep'], 'Unnamed rep'),
		team: namedOf(r['team'], 'Unnamed team'),
		productGroup: namedOf(r['product_group'], 'Unnamed product group'),
		customerGroup: namedOf(r['customer_group'], 'Unnamed customer group'),
		periodStart: textOrNull(r['period_start']) ?? '',
		periodEnd: textOrNull(r['period_end']) ?? '',
		...figuresOf(r),
		status: oneOf(PLAN_STATUSES, r['status']),
		behind: r['behind'] === true,
		explanation: textOrNull(r['explanation']) ?? '',
	};
}

function figuresOf(r: Raw) {
	return {
		target: int(r['target']),
		actual: int(r['actual']),
		expectedToDate: int(r['expected_to_date']),
		attainmentBp: int(r['attainment_bp']),
		projected: int(r['projected']),
		projectedAttainmentBp: int(r['projected_attainment_bp']),
		runRatePerDay: int(r['run_rate_per_day']),
		daysElapsed: int(r['days_elapsed']),
		daysTotal: int(r['days_total']),
	};
}

/** The answer's data with its day and currency; null when either is missing. */
function dataOf(body: unknown): { data: Raw; date: string; currency: string } | null {
	const data = isObject(body) && isObject(body['data']) ? body['data'] : null;
	const date = data ? textOrNull(data['date']) : null;
	const currency = data ? currencyOrNull(data['currency']) : null;
	return data && date && currency ? { data, date, currency } : null;
}

/** The plans as the panel lists them; null when the answer cannot be read. */
export function fromSalesPlansResponse(body: unknown): SalesPlansView | null {
	const read = dataOf(body);
	if (!read) return null;
	const plans = objectsOf(read.data['plans']).flatMap((r) => planOf(r, read.currency) ?? []);
	return { date: read.date, currency: read.currency, plans };
}

/** One plan with its months in order; null when the answer cannot be read. */
export function fromSalesPlanResponse(body: unknown): PlanDetailView | null {
	const read = dataOf(body);
	const plan = read ? planOf(read.data, read.currency) : null;
	if (!read || !plan) return null;
	const months = objectsOf(read.data['months'])
		.flatMap((m) => {
			const month = textOrNull(m['month']);
			return month && MONTH.test(month) ? [{ month, target: int(m['target']), actual: int(m['actual']) }] : [];
		})
		.sort((a, b) => a.month.localeCompare(b.month));
	return { date: read.date, currency: read.currency, plan, months };
}

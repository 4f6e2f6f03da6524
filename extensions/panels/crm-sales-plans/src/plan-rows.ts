/** The plans table in words: amounts with their currency, quantities as decimals, shares in %, names rather than ids. */
import { formatMoneyLabel, formatPercent, formatQuantity, groupThousands } from '@crm/studio';
import type { PlanMeasure, PlanStatus, PlanView, SalesPlansView } from './read-sales-plans.ts';

export type StatusTone = 'success' | 'warning' | 'danger' | 'neutral';

export interface StatusChip {
	label: string;
	tone: StatusTone;
}

export interface PlanRow {
	id: string;
	name: string;
	/** "Revenue", "Margin", "Quantity" ('' when the answer names no known measure). */
	measure: string;
	/** The rep's name, else the team's, else "Company". */
	whose: string;
	/** The product group's and the customer group's names, or "—". */
	narrowedTo: string;
	/** What `narrowedTo` names, spelled out for its tooltip ('' when nothing). */
	narrowedTitle: string;
	period: string;
	target: string;
	actual: string;
	attainment: string;
	/** Width of the attainment bar, 0–100 (% of the track). */
	barPercent: number;
	/** Where the plan to date stands on the track, 0–100; null when the target is zero. */
	markerPercent: number | null;
	/** Plan to date, for the marker's tooltip. */
	planToDate: string;
	projected: string;
	projectedPercent: string;
	status: StatusChip;
	explanation: string;
}

export const MEASURE_LABELS: Record<PlanMeasure, string> = { revenue: 'Revenue', margin: 'Margin', quantity: 'Quantity' };

export const STATUS_CHIPS: Record<PlanStatus, StatusChip> = {
	upcoming: { label: 'Upcoming', tone: 'neutral' },
	ahead: { label: 'Ahead', tone: 'success' },
	on_track: { label: 'On track', tone: 'warning' },
	behind: { label: 'Behind', tone: 'danger' },
	met: { label: 'Met', tone: 'success' },
	missed: { label: 'Missed', tone: 'danger' },
};

const UNKNOWN_STATUS: StatusChip = { label: '–', tone: 'neutral' };
const NONE = '—';

/** An amount in minor units of `unit` ("42,500.00 EUR"), or — when `unit` is null — a quantity in thousandths ("1,234.5"). */
export function planAmount(value: number, unit: string | null): string {
	return unit === null ? formatQuantity(value, null) : formatMoneyLabel(value, unit);
}

/** `part` of `whole` as a share of a bar's track, 0–100, two decimals; null when `whole` is not positive. */
export function trackShare(part: number, whole: number): number | null {
	if (whole <= 0) return null;
	const share = Math.min(100, Math.max(0, (part / whole) * 100));
	return Math.round(share * 100) / 100;
}

function whoseOf(plan: Pick<PlanView, 'rep' | 'team'>): string {
	return plan.rep?.name ?? plan.team?.name ?? 'Company';
}

function narrowingOf(plan: Pick<PlanView, 'productGroup' | 'customerGroup'>): { text: string; title: string } {
	const names = [plan.productGroup?.name, plan.customerGroup?.name].filter((n): n is string => n !== undefined);
	const said = [plan.productGroup ? `product group ${plan.productGroup.name}` : null, plan.customerGroup ? `customer group ${plan.customerGroup.name}` : null].filter((s) => s !== null);
	const title = said.length === 0 ? '' : `Only ${said.join(' and ')}`;
	return { text: names.length === 0 ? NONE : names.join(' · '), title };
}

/** Before a plan starts there is no run rate to project. */
function projectionOf(plan: PlanView): { projected: string; projectedPercent: string } {
	if (plan.daysElapsed === 0) return { projected: '–', projectedPercent: '' };
	return { projected: planAmount(plan.projected, plan.unit), projectedPercent: formatPercent(plan.projectedAttainmentBp) };
}

export function planRow(plan: PlanView): PlanRow {
	const narrowing = narrowingOf(plan);
	return {
		id: plan.id,
		name: plan.name,
		measure: plan.measure ? MEASURE_LABELS[plan.measure] : '',
		whose: whoseOf(plan),
		narrowedTo: narrowing.text,
		narrowedTitle: narrowing.title,
		period: `${plan.periodStart} – ${plan.periodEnd}`,
		target: planAmount(plan.target, plan.unit),
		actual: planAmount(plan.actual, plan.unit),
		attainment: formatPercent(plan.attainmentBp),
		barPercent: trackShare(plan.actual, plan.target) ?? 0,
		markerPercent: trackShare(plan.expectedToDate, plan.target),
		planToDate: planAmount(plan.expectedToDate, plan.unit),
		...projectionOf(plan),
		status: plan.status ? STATUS_CHIPS[plan.status] : UNKNOWN_STATUS,
		explanation: plan.explanation,
	};
}

/** One row per plan, in the order the API lists them (by the end of their period, then by name). */
export function planRows(view: Pick<SalesPlansView, 'plans'>): PlanRow[] {
	return view.plans.map(planRow);
}

/** Below the drill-down's explanation: how far into the period, the plan to date and the run rate. */
export function paceText(plan: PlanView): string {
	const days = `Day ${groupThousands(String(plan.daysElapsed))} of ${groupThousands(String(plan.daysTotal))}`;
	if (plan.daysElapsed === 0) return `${days} · starts on ${plan.periodStart}`;
	return `${days} · plan to date ${planAmount(plan.expectedToDate, plan.unit)} · run rate ${planAmount(plan.runRatePerDay, plan.unit)} a day`;
}

import { toEpochDay } from '../calendar/calendar-day.ts';
import { formatTimesBp } from '../cross-sales/format-ratio.ts';
import { CrmError } from '../errors/crm-error.ts';
import { MIN_PURCHASES_FOR_CYCLE, type PurchaseCycle } from './purchase-cycle.ts';

export const REORDER_STATUSES = ['not_enough_history', 'not_due', 'due', 'churn_risk'] as const;
export type ReorderStatus = (typeof REORDER_STATUSES)[number];

export interface ReorderInput {
	cycle: PurchaseCycle;
	/** 'YYYY-MM-DD'. */
	today: string;
	/** How long without a purchase, as a multiple of the cycle, makes a churn risk: basis points, 20000 = twice the cycle. Above 10000. */
	churnFactorBp: number;
	/** The product group as the explanation names it ("Buys Coffee every 30 days"); left out, the sentence names none. */
	productGroupName?: string;
}

export interface ReorderAssessment {
	status: ReorderStatus;
	cycleDays: number | null;
	lastDay: string | null;
	nextDueDay: string | null;
	/** Days from the last purchase to today; null without any purchase. */
	daysSinceLast: number | null;
	/** Days from the due day to today: 0 on the due day, before it and without a cycle. */
	daysOverdue: number;
	/** One sentence for the rep. */
	explanation: string;
}

/**
 * S6.9 — whether a customer should be buying a product group again by now. Due from the day the cycle says
 * (today ≥ nextDueDay); a churn risk once the days since the last purchase reach the cycle times the churn
 * factor (compared exactly: days × 10000 ≥ cycle × factor), so with 20000 a monthly buyer silent for 60 days
 * is at risk. Fewer than MIN_PURCHASES_FOR_CYCLE purchases tell no cycle and are never due. Throws
 * CRM_INVALID_FORMAT for a malformed today and CRM_OUT_OF_RANGE for a factor that is not a whole number above
 * 10000 (at or below one cycle "due" and "churn risk" could not be told apart).
 */
export function assessReorder({ cycle, today, churnFactorBp, productGroupName }: ReorderInput): ReorderAssessment {
	const now = toEpochDay(today, 'today');
	if (!Number.isSafeInteger(churnFactorBp) || churnFactorBp <= 10_000) {
		throw new CrmError('CRM_OUT_OF_RANGE', `"churnFactorBp" must be a whole number of basis points above 10000 (one cycle), got ${churnFactorBp}.`, { field: 'churnFactorBp' });
	}
	const { cycleDays, lastDay, nextDueDay } = cycle;
	const daysSinceLast = lastDay === null ? null : now - toEpochDay(lastDay, 'lastDay');
	const facts = { cycleDays, lastDay, nextDueDay, daysSinceLast };
	const group = productGroupName ? ` ${productGroupName}` : '';
	if (cycleDays === null || nextDueDay === null || lastDay === null || daysSinceLast === null) {
		return { ...facts, status: 'not_enough_history', daysOverdue: 0, explanation: tooFewPurchases(cycle, group) };
	}
	const daysPastDue = now - toEpochDay(nextDueDay, 'nextDueDay');
	const rhythm = `Buys${group} every ${cycleDays === 1 ? 'day' : `${cycleDays} days`}; last on ${lastDay}`;
	if (daysPastDue < 0) {
		return { ...facts, status: 'not_due', daysOverdue: 0, explanation: `${rhythm}, next due ${nextDueDay} (in ${days(-daysPastDue)})` };
	}
	const overdue = daysPastDue === 0 ? `due today (${nextDueDay})` : `due ${nextDueDay}, ${days(daysPastDue)} overdue`;
	const churnMargin = daysSinceLast * 10_000 - cycleDays * churnFactorBp;
	if (churnMargin < 0) return { ...facts, status: 'due', daysOverdue: daysPastDue, explanation: `${rhythm}, ${overdue}` };
	const beyond = `${churnMargin > 0 ? 'over ' : ''}${formatTimesBp(churnFactorBp)} the cycle`;
	return { ...facts, status: 'churn_risk', daysOverdue: daysPastDue, explanation: `${rhythm}, ${overdue} — churn risk (${beyond})` };
}

function tooFewPurchases(cycle: PurchaseCycle, group: string): string {
	const needed = `a cycle needs ${MIN_PURCHASES_FOR_CYCLE} purchases`;
	if (cycle.days.length === 0 || cycle.lastDay === null) return `No purchase${group ? ` of${group}` : ''} yet: ${needed}`;
	if (cycle.days.length === 1) return `Bought${group} once, on ${cycle.lastDay}: ${needed}`;
	return `Bought${group} on ${cycle.days.length} days only, last on ${cycle.lastDay}: ${needed}`;
}

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

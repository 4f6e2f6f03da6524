import { toEpochDay } from '../calendar/calendar-day.ts';
import { CrmError } from '../errors/crm-error.ts';
import { describeValue } from '../errors/describe-value.ts';
import { isCurrencyCode } from '../money/currency.ts';
import { divideAndRound } from '../money/divide-and-round.ts';
import { assertArray, assertIntegerInRange, assertNonEmptyString, assertObject } from '../service-routing/assert-field.ts';
import { BILLING_PERIODS, type BillingPeriod } from './allocate-included-time.ts';
import { assertAmount, assertChoice, assertDay, assertOptionalDay, MAX_TARGET_MINUTES } from './desk-fields.ts';
import { prorateFee } from './prorate-fee.ts';

export interface SupportTimeEntry {
	id: string;
	requestId: string;
	minutes: number;
	/** What an hour of the specialist costs the company, in minor units. */
	costRatePerHour: number;
	/** From allocateIncludedTime; included + billable = minutes. */
	includedMinutes: number;
	billableMinutes: number;
}

export interface SupportExpense {
	requestId: string;
	/** Minor units. */
	amount: number;
}

export interface ContractFee {
	/** Minor units per period. */
	amount: number;
	period: BillingPeriod;
	validFrom: string | null;
	validTo: string | null;
}

export interface SupportCostInput {
	currency: string;
	/** The entries and expenses of the reporting window: the caller selects them by date. */
	entries: readonly SupportTimeEntry[];
	expenses: readonly SupportExpense[];
	/** What the customer pays per billable hour, minor units; null = billable time is not charged. */
	hourlyRate: number | null;
	contractFee: ContractFee | null;
	/** Reporting window, days inclusive. */
	from: string;
	to: string;
}

export interface RequestCost {
	requestId: string;
	minutes: number;
	timeCost: number;
	expenseCost: number;
	/** timeCost + expenseCost. */
	cost: number;
}

/** What supporting a customer cost and earned in a window; every amount in minor units of `currency`. */
export interface SupportCost {
	currency: string;
	/** timeCost + expenseCost. */
	supportCost: number;
	timeCost: number;
	expenseCost: number;
	/** Billable minutes charged at the hourly rate (0 without one). */
	billableAmount: number;
	/** The contract fee earned on the window's days. */
	contractRevenue: number;
	minutes: number;
	includedMinutes: number;
	billableMinutes: number;
	/** One row per request, in order of first appearance (entries, then expenses). */
	byRequest: RequestCost[];
}

/** `minutes × perHour / 60`, half-up: each entry is rounded on its own, as it would be on an invoice line. */
function perMinutes(minutes: number, perHour: number): number {
	return Number(divideAndRound(BigInt(minutes) * BigInt(perHour), 60n, 'half-up'));
}

function assertEntry(entry: unknown, field: string): asserts entry is SupportTimeEntry {
	assertObject(entry, field);
	assertNonEmptyString(entry.id, `${field}.id`);
	assertNonEmptyString(entry.requestId, `${field}.requestId`);
	assertIntegerInRange(entry.minutes, `${field}.minutes`, 0, MAX_TARGET_MINUTES);
	assertAmount(entry.costRatePerHour, `${field}.costRatePerHour`);
	assertIntegerInRange(entry.includedMinutes, `${field}.includedMinutes`, 0, MAX_TARGET_MINUTES);
	assertIntegerInRange(entry.billableMinutes, `${field}.billableMinutes`, 0, MAX_TARGET_MINUTES);
	if (entry.includedMinutes + entry.billableMinutes !== entry.minutes) {
		throw new CrmError('CRM_OUT_OF_RANGE', `"${field}": includedMinutes (${entry.includedMinutes}) + billableMinutes (${entry.billableMinutes}) must equal minutes (${entry.minutes}).`, { field: `${field}.billableMinutes` });
	}
}

function assertFee(fee: unknown): asserts fee is ContractFee {
	assertObject(fee, 'contractFee');
	assertAmount(fee.amount, 'contractFee.amount');
	assertChoice(fee.period, BILLING_PERIODS, 'contractFee.period');
	assertOptionalDay(fee.validFrom, 'contractFee.validFrom');
	assertOptionalDay(fee.validTo, 'contractFee.validTo');
}

/**
 * Cost and revenue of supporting a customer over [from, to]. Time cost per entry = minutes ×
 * costRatePerHour / 60, rounded half-up per entry; billable amount per entry = billableMinutes ×
 * hourlyRate / 60, half-up per entry; expenses count as they are. Contract revenue = the fee of each
 * calendar period spread over that period's days, for the days of the contract's validity inside
 * [from, to], rounded half-up once per period slice (prorateFee). All amounts are whole minor units,
 * computed in integers.
 */
export function computeSupportCost(input: SupportCostInput): SupportCost {
	assertObject(input, 'input');
	if (!isCurrencyCode(input.currency)) throw new CrmError('CRM_INVALID_CURRENCY', `"currency" must be an ISO 4217 code such as 'EUR', got ${describeValue(input.currency)}.`, { field: 'currency' });
	assertArray(input.entries, 'entries');
	input.entries.forEach((entry, index) => assertEntry(entry, `entries[${index}]`));
	assertArray(input.expenses, 'expenses');
	input.expenses.forEach((expense, index) => {
		assertObject(expense, `expenses[${index}]`);
		assertNonEmptyString(expense.requestId, `expenses[${index}].requestId`);
		assertAmount(expense.amount, `expenses[${index}].amount`);
	});
	if (input.hourlyRate !== null) assertAmount(input.hourlyRate, 'hourlyRate');
	if (input.contractFee !== null) assertFee(input.contractFee);
	assertDay(input.from, 'from');
	assertDay(input.to, 'to');
	if (toEpochDay(input.to) < toEpochDay(input.from)) throw new CrmError('CRM_OUT_OF_RANGE', `"to" (${input.to}) lies before "from" (${input.from}).`, { field: 'to' });

	const byRequest = new Map<string, RequestCost>();
	const rowOf = (requestId: string): RequestCost => {
		let row = byRequest.get(requestId);
		if (!row) byRequest.set(requestId, (row = { requestId, minutes: 0, timeCost: 0, expenseCost: 0, cost: 0 }));
		return row;
	};
	const totals = { timeCost: 0, expenseCost: 0, billableAmount: 0, minutes: 0, includedMinutes: 0, billableMinutes: 0 };
	for (const entry of input.entries) {
		const timeCost = perMinutes(entry.minutes, entry.costRatePerHour);
		const row = rowOf(entry.requestId);
		row.minutes += entry.minutes;
		row.timeCost += timeCost;
		row.cost += timeCost;
		totals.timeCost += timeCost;
		totals.minutes += entry.minutes;
		totals.includedMinutes += entry.includedMinutes;
		totals.billableMinutes += entry.billableMinutes;
		if (input.hourlyRate !== null) totals.billableAmount += perMinutes(entry.billableMinutes, input.hourlyRate);
	}
	for (const expense of input.expenses) {
		const row = rowOf(expense.requestId);
		row.expenseCost += expense.amount;
		row.cost += expense.amount;
		totals.expenseCost += expense.amount;
	}

	let contractRevenue = 0;
	const fee = input.contractFee;
	if (fee !== null) {
		const first = Math.max(toEpochDay(input.from), fee.validFrom === null ? Number.MIN_SAFE_INTEGER : toEpochDay(fee.validFrom));
		const last = Math.min(toEpochDay(input.to), fee.validTo === null ? Number.MAX_SAFE_INTEGER : toEpochDay(fee.validTo));
		if (first <= last) contractRevenue = prorateFee(fee.amount, fee.period, first, last);
	}

	return {
		currency: input.currency,
		supportCost: totals.timeCost + totals.expenseCost,
		timeCost: totals.timeCost,
		expenseCost: totals.expenseCost,
		billableAmount: totals.billableAmount,
		contractRevenue,
		minutes: totals.minutes,
		includedMinutes: totals.includedMinutes,
		billableMinutes: totals.billableMinutes,
		byRequest: [...byRequest.values()],
	};
}

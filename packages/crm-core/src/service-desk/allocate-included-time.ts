import { DateTime } from 'luxon';
import { CrmError } from '../errors/crm-error.ts';
import { describeValue } from '../errors/describe-value.ts';
import { parseInstant } from '../business-time/parse-instant.ts';
import { isKnownTimeZone } from '../business-time/is-known-time-zone.ts';
import { assertArray, assertIntegerInRange, assertNonEmptyString, assertObject } from '../service-routing/assert-field.ts';
import { assertChoice, MAX_TARGET_MINUTES } from './desk-fields.ts';
import { MAX_TIME_ENTRY_MINUTES } from './normalized-time-entry.ts';

export const BILLING_PERIODS = ['month', 'quarter', 'year'] as const;

export type BillingPeriod = (typeof BILLING_PERIODS)[number];

/** Support time a contract includes each calendar period, counted in the contract's time zone. */
export interface IncludedTimeTerms {
	includedMinutesPerPeriod: number;
	period: BillingPeriod;
	/** IANA zone deciding which period an entry falls in (a late-evening entry on the 31st may be the 1st there). */
	timeZone: string;
}

export interface TimeEntryMinutes {
	id: string;
	startedAt: string;
	minutes: number;
}

export interface IncludedTimeShare {
	/** Minutes paid by the contract's included time. */
	includedMinutes: number;
	/** Minutes beyond it (all of them without a contract). */
	billableMinutes: number;
	/**
	 * false without a contract: the billable minutes are then charged only where an hourly rate exists
	 * (computeSupportCost with hourlyRate null bills nothing), never against an allowance.
	 */
	underContract: boolean;
}

function assertTerms(contract: unknown): asserts contract is IncludedTimeTerms {
	assertObject(contract, 'contract');
	assertIntegerInRange(contract.includedMinutesPerPeriod, 'contract.includedMinutesPerPeriod', 0, MAX_TARGET_MINUTES);
	assertChoice(contract.period, BILLING_PERIODS, 'contract.period');
	assertNonEmptyString(contract.timeZone, 'contract.timeZone');
	if (!isKnownTimeZone(contract.timeZone)) {
		throw new CrmError('CRM_INVALID_FORMAT', `"contract.timeZone" must be an IANA time zone such as 'Europe/Berlin', got ${describeValue(contract.timeZone)}.`, { field: 'contract.timeZone' });
	}
}

/**
 * Splits each entry's minutes into included and billable. Entries belong to the calendar period
 * (month, quarter, year in the contract's zone) their start falls in; within a period they draw on
 * the allowance in start order (then id), so the allowance runs out on the same entry however the
 * list is sorted, and the entry during which it runs out is split. An unused allowance does not
 * carry over. Without a contract nothing is included and everything is billable, marked
 * `underContract: false`. The map keeps the input order.
 */
export function allocateIncludedTime(entries: readonly TimeEntryMinutes[], contract: IncludedTimeTerms | null): Map<string, IncludedTimeShare> {
	assertArray(entries, 'entries');
	const ids = new Set<string>();
	const parsed = entries.map((entry, index) => {
		const field = `entries[${index}]`;
		assertObject(entry, field);
		assertNonEmptyString(entry.id, `${field}.id`);
		if (ids.has(entry.id)) throw new CrmError('CRM_INVALID_CHOICE', `"${field}.id" repeats "${entry.id}"; each entry once.`, { field: `${field}.id` });
		ids.add(entry.id);
		assertIntegerInRange(entry.minutes, `${field}.minutes`, 0, MAX_TIME_ENTRY_MINUTES);
		return { id: entry.id, start: parseInstant(entry.startedAt, `${field}.startedAt`), minutes: entry.minutes };
	});
	if (contract !== null) assertTerms(contract);

	const shares = new Map<string, IncludedTimeShare>();
	for (const entry of parsed) shares.set(entry.id, { includedMinutes: 0, billableMinutes: entry.minutes, underContract: contract !== null });
	if (contract === null) return shares;

	const left = new Map<number, number>();
	const inStartOrder = [...parsed].sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
	for (const entry of inStartOrder) {
		const period = DateTime.fromMillis(entry.start, { zone: contract.timeZone }).startOf(contract.period).toMillis();
		const allowance = left.get(period) ?? contract.includedMinutesPerPeriod;
		const included = Math.min(allowance, entry.minutes);
		left.set(period, allowance - included);
		shares.set(entry.id, { includedMinutes: included, billableMinutes: entry.minutes - included, underContract: true });
	}
	return shares;
}

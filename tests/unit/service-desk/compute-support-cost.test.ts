import { describe, expect, test } from 'vitest';
import { type ContractFee, computeSupportCost, type SupportCostInput, type SupportTimeEntry } from '../../../packages/crm-core/src/index.ts';
import { bad, expectCrmError } from './desk-fixtures.ts';

const entry = (id: string, requestId: string, minutes: number, costRatePerHour: number, includedMinutes = 0): SupportTimeEntry => ({ id, requestId, minutes, costRatePerHour, includedMinutes, billableMinutes: minutes - includedMinutes });
const base: SupportCostInput = { currency: 'EUR', entries: [], expenses: [], hourlyRate: null, contractFee: null, from: '2026-01-01', to: '2026-01-31' };

describe('computeSupportCost', () => {
	test('adds up time, expenses, billable time and the contract fee for a month', () => {
		expect(
			computeSupportCost({
				...base,
				entries: [entry('t1', 'r1', 30, 6000, 30), entry('t2', 'r2', 45, 6000, 10), entry('t3', 'r1', 1, 4530)],
				expenses: [
					{ requestId: 'r2', amount: 2500 },
					{ requestId: 'r3', amount: 1200 },
				],
				hourlyRate: 9000,
				contractFee: { amount: 30000, period: 'month', validFrom: '2025-07-01', validTo: null },
			}),
		).toEqual({
			currency: 'EUR',
			supportCost: 11276,
			timeCost: 7576, // 3000 + 4500 + 76 (1 min × 45.30/h = 75.5 → 76)
			expenseCost: 3700,
			billableAmount: 5400, // 35 min × 90.00/h = 5250, 1 min = 150
			contractRevenue: 30000,
			minutes: 76,
			includedMinutes: 40,
			billableMinutes: 36,
			byRequest: [
				{ requestId: 'r1', minutes: 31, timeCost: 3076, expenseCost: 0, cost: 3076 },
				{ requestId: 'r2', minutes: 45, timeCost: 4500, expenseCost: 2500, cost: 7000 },
				{ requestId: 'r3', minutes: 0, timeCost: 0, expenseCost: 1200, cost: 1200 },
			],
		});
	});

	// Time cost = minutes × rate / 60, rounded half-up per entry.
	test.each<[number, number, number]>([
		[7, 5000, 583], // 583.33…
		[1, 4530, 76], // 75.5 → up
		[1, 4470, 75], // 74.5 → up
		[3, 2510, 126], // 125.5 → up
		[1, 4529, 75], // 75.48…
		[60, 4999, 4999],
		[0, 6000, 0],
		[1440, 12345, 296280],
	])('%i min at %i/h costs %i', (minutes, rate, expected) => {
		expect(computeSupportCost({ ...base, entries: [entry('t', 'r', minutes, rate)] }).timeCost).toBe(expected);
	});

	test('rounds each entry, not the sum: two single minutes at 45.30/h cost 76 + 76, not 151', () => {
		const result = computeSupportCost({ ...base, entries: [entry('a', 'r', 1, 4530), entry('b', 'r', 1, 4530)] });
		expect([result.timeCost, result.byRequest[0]?.timeCost]).toEqual([152, 152]);
	});

	// Billable = billableMinutes × hourlyRate / 60, half-up per entry; included minutes are free.
	test.each<[string, SupportTimeEntry[], number | null, number]>([
		['45 billable minutes at 90.00/h', [entry('t', 'r', 45, 0)], 9000, 6750],
		['3 minutes at 90.10/h: 450.5 → 451', [entry('t', 'r', 3, 0)], 9010, 451],
		['1 minute at 90.10/h: 150.17 → 150', [entry('t', 'r', 1, 0)], 9010, 150],
		['per entry: 3 × 1 minute at 90.10/h = 450, not 451', [entry('a', 'r', 1, 0), entry('b', 'r', 1, 0), entry('c', 'r', 1, 0)], 9010, 450],
		['included minutes are not billed', [entry('t', 'r', 45, 0, 45)], 9000, 0],
		['no hourly rate: billable time is not charged', [entry('t', 'r', 45, 0)], null, 0],
	])('bills %s', (_, entries, hourlyRate, expected) => {
		expect(computeSupportCost({ ...base, entries, hourlyRate }).billableAmount).toBe(expected);
	});

	// Contract revenue: each calendar period's fee spread over its own days, rounded half-up once per period slice.
	test.each<[string, ContractFee, string, string, number]>([
		['a whole month earns the whole fee', { amount: 30000, period: 'month', validFrom: null, validTo: null }, '2026-01-01', '2026-01-31', 30000],
		['half of February and ten days of March: 30000 × 14/28 + 30000 × 10/31 = 15000 + 9677', { amount: 30000, period: 'month', validFrom: null, validTo: null }, '2026-02-15', '2026-03-10', 24677],
		['a tie rounds up: 1001 × 15/30 = 500.5 → 501', { amount: 1001, period: 'month', validFrom: null, validTo: null }, '2026-04-01', '2026-04-15', 501],
		['each slice is rounded: 100 × 1/31 + 100 × 1/28 = 3 + 4', { amount: 100, period: 'month', validFrom: null, validTo: null }, '2026-01-31', '2026-02-01', 7],
		['validity starting mid-window: 12 of January\'s 31 days, 10000 × 12/31 = 3870.97', { amount: 10000, period: 'month', validFrom: '2026-01-20', validTo: null }, '2026-01-01', '2026-01-31', 3871],
		['validity ending mid-window: 10 days', { amount: 31000, period: 'month', validFrom: null, validTo: '2026-01-10' }, '2026-01-01', '2026-01-31', 10000],
		['validity over before the window: nothing', { amount: 30000, period: 'month', validFrom: null, validTo: '2025-12-31' }, '2026-01-01', '2026-01-31', 0],
		['validity starting after the window: nothing', { amount: 30000, period: 'month', validFrom: '2026-02-01', validTo: null }, '2026-01-01', '2026-01-31', 0],
		['quarters: 90000 × 59/90 (Feb–Mar of Q1) + 90000 × 30/91 (April of Q2) = 59000 + 29670', { amount: 90000, period: 'quarter', validFrom: null, validTo: null }, '2026-02-01', '2026-04-30', 88670],
		['a leap year: 366000 × 29/366 for February 2028', { amount: 366000, period: 'year', validFrom: null, validTo: null }, '2028-02-01', '2028-02-29', 29000],
		['a year across a new year, each over its own days: 36500 × 31/365 + 36500 × 31/366 = 3100 + 3092 (3091.53)', { amount: 36500, period: 'year', validFrom: null, validTo: null }, '2027-12-01', '2028-01-31', 6192],
		['a single day', { amount: 30000, period: 'month', validFrom: '2026-06-15', validTo: '2026-06-15' }, '2026-06-01', '2026-06-30', 1000],
	])('earns %s', (_, contractFee, from, to, expected) => {
		expect(computeSupportCost({ ...base, contractFee, from, to }).contractRevenue).toBe(expected);
	});

	test('nothing at all: zeros and no rows', () => {
		expect(computeSupportCost(base)).toEqual({ currency: 'EUR', supportCost: 0, timeCost: 0, expenseCost: 0, billableAmount: 0, contractRevenue: 0, minutes: 0, includedMinutes: 0, billableMinutes: 0, byRequest: [] });
	});

	test.each<[string, Partial<SupportCostInput>, string, string]>([
		['a currency in lower case', { currency: 'eur' }, 'CRM_INVALID_CURRENCY', 'currency'],
		['negative minutes', { entries: [{ ...entry('t', 'r', 5, 6000), minutes: -5 }] }, 'CRM_OUT_OF_RANGE', 'entries[0].minutes'],
		['a fractional cost rate', { entries: [entry('t', 'r', 5, 60.5)] }, 'CRM_INVALID_AMOUNT', 'entries[0].costRatePerHour'],
		['a negative cost rate', { entries: [entry('t', 'r', 5, -6000)] }, 'CRM_INVALID_AMOUNT', 'entries[0].costRatePerHour'],
		['included and billable not adding up', { entries: [{ ...entry('t', 'r', 5, 6000), billableMinutes: 4 }] }, 'CRM_OUT_OF_RANGE', 'entries[0].billableMinutes'],
		['an entry without request', { entries: [entry('t', '', 5, 6000)] }, 'CRM_REQUIRED_FIELD', 'entries[0].requestId'],
		['a negative expense', { expenses: [{ requestId: 'r', amount: -5 }] }, 'CRM_INVALID_AMOUNT', 'expenses[0].amount'],
		['an hourly rate as text', { hourlyRate: bad('90') }, 'CRM_INVALID_AMOUNT', 'hourlyRate'],
		['a fee period of a week', { contractFee: { amount: 100, period: bad('week'), validFrom: null, validTo: null } }, 'CRM_INVALID_CHOICE', 'contractFee.period'],
		['a fractional fee', { contractFee: { amount: 100.5, period: 'month', validFrom: null, validTo: null } }, 'CRM_INVALID_AMOUNT', 'contractFee.amount'],
		['a window ending before it starts', { from: '2026-02-01', to: '2026-01-31' }, 'CRM_OUT_OF_RANGE', 'to'],
		['a day that does not exist', { from: '2026-02-30' }, 'CRM_INVALID_FORMAT', 'from'],
	])('refuses %s', (_, overrides, code, field) => expectCrmError(() => computeSupportCost({ ...base, ...overrides }), code, field));
});

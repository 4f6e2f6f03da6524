import { describe, expect, test } from 'vitest';
import { type CommissionCredit, type CommissionPlan, computeCommissionStatement, lineRates, totalCommissionStatement } from '../../../packages/crm-core/src/commissions/index.ts';

const EUR = { currency: 'EUR', minorDigits: 2 };
const MARCH = { start: '2026-03-01', end: '2026-03-31' };
/** 5 %, 10 % above a target of 1,000.00, capped at 50.00. */
const CAPPED: CommissionPlan = { basis: 'revenue', rateBp: 500, tiers: [{ fromAttainmentBp: 10_000, rateBp: 1000 }], capMinor: 5_000, targetMinor: 100_000 };
const FLAT: CommissionPlan = { basis: 'revenue', rateBp: 500, tiers: [], capMinor: null, targetMinor: null };

const credit = (kind: CommissionCredit['kind'], day: string, revenueMinor: number): CommissionCredit => ({ kind, documentId: day, documentNumber: `D-${day}`, day, revenueMinor, marginMinor: 0, splitBp: 10_000 });
const paid = (day: string, revenue: number) => credit('invoice_paid', day, revenue);
const note = (day: string, revenue: number) => credit('credit_note', day, revenue);

/** The totals of the statement the domain computes, from its lines as the CRM stores them. */
function totalsOf(plan: CommissionPlan, credits: CommissionCredit[]) {
	const s = computeCommissionStatement({ plan, period: MARCH, currency: EUR, credits });
	const totals = totalCommissionStatement(s.lines.map((l) => ({ kind: l.kind, commissionMinor: l.commissionMinor, uncappedMinor: l.uncappedMinor })));
	expect(totals.payableMinor).toBe(s.commissionMinor);
	expect(totals.earnedMinor - totals.clawedBackMinor - totals.cappedMinor).toBe(totals.payableMinor);
	return totals;
}

describe('totalCommissionStatement: earned − clawed back − above the cap = payable, to the cent', () => {
	test.each([
		['nothing paid', FLAT, [], { earnedMinor: 0, clawedBackMinor: 0, cappedMinor: 0, payableMinor: 0 }],
		['a flat rate, a credit note takes back its part', FLAT, [paid('2026-03-02', 60_000), note('2026-03-09', -10_000)], { earnedMinor: 3_000, clawedBackMinor: 500, cappedMinor: 0, payableMinor: 2_500 }],
		// 600.00 at 5 % = 30.00; 450.00 = 400.00 at 5 % + 50.00 at 10 % = 25.00, of which 20.00 fits under the cap.
		['the cap keeps 5.00 of 55.00 earned', CAPPED, [paid('2026-03-10', 60_000), paid('2026-03-20', 45_000)], { earnedMinor: 5_500, clawedBackMinor: 0, cappedMinor: 500, payableMinor: 5_000 }],
		// The 5.00 taken back was above the cap: the rep was never paid it, so the payable stays 50.00.
		['a clawback after the cap takes back only what was paid', CAPPED, [paid('2026-03-10', 60_000), paid('2026-03-20', 45_000), note('2026-03-25', -5_000)], { earnedMinor: 5_500, clawedBackMinor: 500, cappedMinor: 0, payableMinor: 5_000 }],
		// 150.00 back walks down 50.00 at 10 % and 100.00 at 5 %: 10.00, below the cap again.
		['a bigger clawback goes below the cap', CAPPED, [paid('2026-03-10', 60_000), paid('2026-03-20', 45_000), note('2026-03-25', -15_000)], { earnedMinor: 5_500, clawedBackMinor: 1_000, cappedMinor: 0, payableMinor: 4_500 }],
		// 0.33 × 5 % three times: rounding is carried over the period, the totals still add up.
		['rounding carried over the period', FLAT, [paid('2026-03-01', 33), paid('2026-03-02', 33), paid('2026-03-03', 33)], { earnedMinor: 5, clawedBackMinor: 0, cappedMinor: 0, payableMinor: 5 }],
	] as const)('%s', (_, plan, credits, expected) => {
		expect(totalsOf(plan, [...credits])).toEqual(expected);
	});

	test('a line stored without its amount before the cap counts what it pays', () => {
		expect(totalCommissionStatement([{ kind: 'invoice_paid', commissionMinor: 3_000, uncappedMinor: null }, { kind: 'credit_note', commissionMinor: -500, uncappedMinor: null }])).toEqual({ earnedMinor: 3_000, clawedBackMinor: 500, cappedMinor: 0, payableMinor: 2_500 });
	});
});

describe('lineRates: the rates a line was paid at', () => {
	const part = (rateBp: number) => ({ basisMinor: 100, rateBp, fromAttainmentBp: null, toAttainmentBp: null });
	test.each([
		['no basis', [], { rateBp: null, topRateBp: null }],
		['one rate', [part(500)], { rateBp: 500, topRateBp: null }],
		['across two tiers', [part(500), part(1000)], { rateBp: 500, topRateBp: 1000 }],
		['a clawback walking down', [part(1000), part(750), part(500)], { rateBp: 500, topRateBp: 1000 }],
	] as const)('%s', (_, parts, expected) => {
		expect(lineRates(parts)).toEqual(expected);
	});
});

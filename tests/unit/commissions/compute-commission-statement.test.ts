import { describe, expect, test } from 'vitest';
import { type CommissionCredit, type CommissionPlan, type CommissionStatementInput, computeCommissionStatement } from '../../../packages/crm-core/src/commissions/index.ts';
import { domainFailure } from '../domain-failure.ts';

const EUR = { currency: 'EUR', minorDigits: 2 };
const MARCH = { start: '2026-03-01', end: '2026-03-31' };
const APRIL = { start: '2026-04-01', end: '2026-04-30' };

/** 5 % of revenue, no tiers, no cap. */
const FLAT: CommissionPlan = { basis: 'revenue', rateBp: 500, tiers: [], capMinor: null, targetMinor: null };
/** 5 % up to a target of 1,000.00, 7.5 % above it. */
const TIERED: CommissionPlan = { ...FLAT, targetMinor: 100_000, tiers: [{ fromAttainmentBp: 10_000, rateBp: 750 }] };

function invoice(documentNumber: string, day: string, revenueMinor: number, more: Partial<CommissionCredit> = {}): CommissionCredit {
	return { kind: 'invoice_paid', documentId: documentNumber.toLowerCase(), documentNumber, day, revenueMinor, marginMinor: Math.round(revenueMinor / 4), splitBp: 10_000, ...more };
}

function creditNote(documentNumber: string, day: string, revenueMinor: number, reverses: string, more: Partial<CommissionCredit> = {}): CommissionCredit {
	return invoice(documentNumber, day, revenueMinor, { kind: 'credit_note', reversesDocumentNumber: reverses, ...more });
}

const statement = (plan: CommissionPlan, credits: CommissionCredit[], period = MARCH) => computeCommissionStatement({ plan, period, currency: EUR, credits });
/** What a line's check needs: its basis, rates, commission and words. */
const brief = (s: ReturnType<typeof statement>) => s.lines.map((l) => ({ basis: l.basisMinor, rates: l.parts.map((p) => [p.basisMinor, p.rateBp]), pays: l.commissionMinor, text: l.explanation }));

describe('computeCommissionStatement: what a rep earns in a period, line by line', () => {
	test.each([
		[
			// 1,200.00 × 50 % = 600.00; 600.00 × 5 % = 30.00.
			'a flat rate on the rep\'s share of a paid invoice',
			FLAT,
			[invoice('INV-0012', '2026-03-04', 120_000, { splitBp: 5000 })],
			[{ basis: 60_000, rates: [[60_000, 500]], pays: 3000, text: 'Invoice INV-0012 paid 2026-03-04: revenue 1,200.00 EUR × your share 50 % = 600.00 EUR at 5 % = 30.00 EUR' }],
			{ basisMinor: 60_000, commissionMinor: 3000, uncappedMinor: 3000, attainmentBp: null },
		],
		[
			// Margin 250.00 (a quarter of 1,000.00) × 10 % = 25.00; revenue plays no part.
			'a margin plan pays on the margin',
			{ ...FLAT, basis: 'margin', rateBp: 1000 },
			[invoice('INV-0001', '2026-03-02', 100_000)],
			[{ basis: 25_000, rates: [[25_000, 1000]], pays: 2500, text: 'Invoice INV-0001 paid 2026-03-02: margin 250.00 EUR at 10 % = 25.00 EUR' }],
			{ basisMinor: 25_000, commissionMinor: 2500, uncappedMinor: 2500, attainmentBp: null },
		],
		[
			// 1,000.00 × 33.33 % = 333.30; 333.30 × 5 % = 16.665 → 16.67 (half up). Attainment 333.30 ÷ 3,000.00 = 11.11 %.
			'an odd share, rounded half up, against a target without tiers',
			{ ...FLAT, targetMinor: 300_000 },
			[invoice('INV-0002', '2026-03-09', 100_000, { splitBp: 3333 })],
			[{ basis: 33_330, rates: [[33_330, 500]], pays: 1667, text: 'Invoice INV-0002 paid 2026-03-09: revenue 1,000.00 EUR × your share 33.33 % = 333.30 EUR at 5 % = 16.67 EUR' }],
			{ basisMinor: 33_330, commissionMinor: 1667, uncappedMinor: 1667, attainmentBp: 1111 },
		],
		[
			// Running basis 0 → 600.00 at 5 % = 30.00; then 600.00 → 1,200.00 crosses the target at 1,000.00:
			// 400.00 × 5 % = 20.00 and 200.00 × 7.5 % = 15.00 → 35.00. Total 65.00 = 1,000.00 × 5 % + 200.00 × 7.5 %.
			'pays 7.5 % on the part above target',
			TIERED,
			[invoice('INV-0020', '2026-03-10', 60_000), invoice('INV-0010', '2026-03-02', 60_000)],
			[
				{ basis: 60_000, rates: [[60_000, 500]], pays: 3000, text: 'Invoice INV-0010 paid 2026-03-02: revenue 600.00 EUR at 5 % (up to 100 % of target) = 30.00 EUR' },
				{ basis: 60_000, rates: [[40_000, 500], [20_000, 750]], pays: 3500, text: 'Invoice INV-0020 paid 2026-03-10: revenue 600.00 EUR: 400.00 EUR at 5 % (up to 100 % of target) and 200.00 EUR at 7.5 % (above 100 %) = 35.00 EUR' },
			],
			{ basisMinor: 120_000, commissionMinor: 6500, uncappedMinor: 6500, attainmentBp: 12_000 },
		],
		[
			// 2,000.00 in one go through three brackets: 1,000.00 × 5 % = 50.00, 500.00 × 7.5 % = 37.50, 500.00 × 10 % = 50.00 → 137.50.
			'one invoice through every bracket',
			{ ...TIERED, tiers: [...TIERED.tiers, { fromAttainmentBp: 15_000, rateBp: 1000 }] },
			[invoice('INV-0030', '2026-03-31', 200_000)],
			[
				{
					basis: 200_000,
					rates: [[100_000, 500], [50_000, 750], [50_000, 1000]],
					pays: 13_750,
					text: 'Invoice INV-0030 paid 2026-03-31: revenue 2,000.00 EUR: 1,000.00 EUR at 5 % (up to 100 % of target) and 500.00 EUR at 7.5 % (100 % to 150 %) and 500.00 EUR at 10 % (above 150 %) = 137.50 EUR',
				},
			],
			{ basisMinor: 200_000, commissionMinor: 13_750, uncappedMinor: 13_750, attainmentBp: 20_000 },
		],
		[
			// 1,200.00: 1,000.00 × 5 % + 200.00 × 7.5 % = 65.00. The credit note takes 500.00 off the top, walking down:
			// 200.00 × 7.5 % = 15.00 and 300.00 × 5 % = 15.00 → −30.00. Left: 700.00 × 5 % = 35.00.
			'a credit note walks the running basis back down through the brackets it leaves',
			TIERED,
			[invoice('INV-0040', '2026-03-05', 120_000), creditNote('CN-0041', '2026-03-20', -50_000, 'INV-0040')],
			[
				{ basis: 120_000, rates: [[100_000, 500], [20_000, 750]], pays: 6500, text: 'Invoice INV-0040 paid 2026-03-05: revenue 1,200.00 EUR: 1,000.00 EUR at 5 % (up to 100 % of target) and 200.00 EUR at 7.5 % (above 100 %) = 65.00 EUR' },
				{ basis: -50_000, rates: [[-20_000, 750], [-30_000, 500]], pays: -3000, text: 'Credit note CN-0041 of 2026-03-20 reverses INV-0040: revenue −500.00 EUR: −200.00 EUR at 7.5 % (above 100 % of target) and −300.00 EUR at 5 % (up to 100 %) = −30.00 EUR' },
			],
			{ basisMinor: 70_000, commissionMinor: 3500, uncappedMinor: 3500, attainmentBp: 7000 },
		],
		[
			// Target 3.33 and a tier from 150 %: the threshold is at 4.995, between two cents, and is crossed exactly:
			// 4.995 × 5 % + 5.005 × 10 % = 0.24975 + 0.5005 = 0.75025 → 0.75. The parts show 5.00 and 5.00 (4.995 rounded half up).
			'a threshold between two cents is crossed exactly',
			{ ...FLAT, targetMinor: 333, tiers: [{ fromAttainmentBp: 15_000, rateBp: 1000 }] },
			[invoice('INV-0050', '2026-03-15', 1000)],
			[{ basis: 1000, rates: [[500, 500], [500, 1000]], pays: 75, text: 'Invoice INV-0050 paid 2026-03-15: revenue 10.00 EUR: 5.00 EUR at 5 % (up to 150 % of target) and 5.00 EUR at 10 % (above 150 %) = 0.75 EUR' }],
			{ basisMinor: 1000, commissionMinor: 75, uncappedMinor: 75, attainmentBp: 30_030 },
		],
		[
			// A share of 0 % still shows on the statement, earning nothing.
			'a credit with no share for this rep earns nothing',
			FLAT,
			[invoice('INV-0060', '2026-03-03', 10_000, { splitBp: 0 })],
			[{ basis: 0, rates: [[0, 500]], pays: 0, text: 'Invoice INV-0060 paid 2026-03-03: revenue 100.00 EUR × your share 0 % = 0.00 EUR at 5 % = 0.00 EUR' }],
			{ basisMinor: 0, commissionMinor: 0, uncappedMinor: 0, attainmentBp: null },
		],
	] as [string, CommissionPlan, CommissionCredit[], ReturnType<typeof brief>, object][])('%s', (_, plan, credits, lines, totals) => {
		const s = statement(plan, credits);
		expect(brief(s)).toEqual(lines);
		expect(s).toMatchObject({ ...totals, currency: 'EUR', period: MARCH });
	});

	test('lines are in day order, credits of one day in the order given', () => {
		const s = statement(FLAT, [invoice('INV-3', '2026-03-20', 100), invoice('INV-1', '2026-03-05', 100), invoice('INV-2', '2026-03-20', 100)]);
		expect(s.lines.map((l) => l.documentNumber)).toEqual(['INV-1', 'INV-3', 'INV-2']);
	});

	test('a credit note in a later period claws back at the rate it was paid', () => {
		// March: 1,200.00 × 50 % = 600.00 at 5 % = 30.00. April, nothing sold: the credit note takes the same 600.00 back at 5 % = −30.00.
		const march = statement(FLAT, [invoice('INV-0012', '2026-03-04', 120_000, { splitBp: 5000 })]);
		const april = statement(FLAT, [creditNote('CN-0003', '2026-04-02', -120_000, 'INV-0012', { splitBp: 5000 })], APRIL);
		expect(march.commissionMinor).toBe(3000);
		expect(april).toMatchObject({ basisMinor: -60_000, commissionMinor: -3000, uncappedMinor: -3000, attainmentBp: null, period: APRIL });
		expect(april.lines).toEqual([
			{
				kind: 'credit_note',
				documentId: 'cn-0003',
				documentNumber: 'CN-0003',
				day: '2026-04-02',
				reversesDocumentNumber: 'INV-0012',
				amountMinor: -120_000,
				splitBp: 5000,
				basisMinor: -60_000,
				parts: [{ basisMinor: -60_000, rateBp: 500, fromAttainmentBp: null, toAttainmentBp: null }],
				uncappedMinor: -3000,
				commissionMinor: -3000,
				capped: false,
				explanation: 'Credit note CN-0003 of 2026-04-02 reverses INV-0012: revenue −1,200.00 EUR × your share 50 % = −600.00 EUR at 5 % = −30.00 EUR',
			},
		]);
	});

	test('a credit note in a period without sales claws back at the plan\'s own rate, below the first tier', () => {
		// Running basis 0 → −500.00, all below the target's 100 %: −500.00 × 5 % = −25.00; attainment −50 %.
		const s = statement(TIERED, [creditNote('CN-0007', '2026-04-10', -50_000, 'INV-0040')], APRIL);
		expect(brief(s)).toEqual([{ basis: -50_000, rates: [[-50_000, 500]], pays: -2500, text: 'Credit note CN-0007 of 2026-04-10 reverses INV-0040: revenue −500.00 EUR at 5 % (up to 100 % of target) = −25.00 EUR' }]);
		expect(s).toMatchObject({ basisMinor: -50_000, commissionMinor: -2500, attainmentBp: -5000 });
	});
});

describe('computeCommissionStatement: the cap', () => {
	/** 10 % of revenue, at most 100.00 a period. */
	const CAPPED: CommissionPlan = { ...FLAT, rateBp: 1000, capMinor: 10_000 };
	const sales = [invoice('INV-1', '2026-03-01', 60_000), invoice('INV-2', '2026-03-05', 60_000), invoice('INV-3', '2026-03-08', 30_000)];

	test('the cap stops further commission', () => {
		// Uncapped running total 60.00 → 120.00 → 150.00; paid min(100.00, total): 60.00 → 100.00 → 100.00.
		const s = statement(CAPPED, sales);
		expect(s.lines.map((l) => [l.uncappedMinor, l.commissionMinor, l.capped])).toEqual([[6000, 6000, false], [6000, 4000, true], [3000, 0, true]]);
		expect(s.lines.map((l) => l.explanation)).toEqual([
			'Invoice INV-1 paid 2026-03-01: revenue 600.00 EUR at 10 % = 60.00 EUR',
			'Invoice INV-2 paid 2026-03-05: revenue 600.00 EUR at 10 % = 60.00 EUR; cap of 100.00 EUR reached: pays 40.00 EUR',
			'Invoice INV-3 paid 2026-03-08: revenue 300.00 EUR at 10 % = 30.00 EUR; cap of 100.00 EUR reached: pays 0.00 EUR',
		]);
		expect(s).toMatchObject({ basisMinor: 150_000, commissionMinor: 10_000, uncappedMinor: 15_000 });
	});

	test('a clawback after the cap takes back only what brings the uncapped total below the cap', () => {
		// Uncapped 150.00 − 30.00 = 120.00: still above the cap, 0 taken back. Then − 40.00 = 80.00: paid falls from 100.00 to 80.00, −20.00.
		const s = statement(CAPPED, [...sales, creditNote('CN-1', '2026-03-20', -30_000, 'INV-3'), creditNote('CN-2', '2026-03-25', -40_000, 'INV-2')]);
		expect(s.lines.slice(3).map((l) => [l.uncappedMinor, l.commissionMinor, l.explanation])).toEqual([
			[-3000, 0, 'Credit note CN-1 of 2026-03-20 reverses INV-3: revenue −300.00 EUR at 10 % = −30.00 EUR; the uncapped total stays above the cap of 100.00 EUR, so nothing is taken back'],
			[-4000, -2000, 'Credit note CN-2 of 2026-03-25 reverses INV-2: revenue −400.00 EUR at 10 % = −40.00 EUR; the uncapped total was above the cap of 100.00 EUR, so this takes back only 20.00 EUR'],
		]);
		expect(s).toMatchObject({ basisMinor: 80_000, commissionMinor: 8000, uncappedMinor: 8000 });
		expect(s.lines.reduce((sum, l) => sum + l.commissionMinor, 0)).toBe(8000);
	});

	test('a cap of zero pays nothing', () => {
		const s = statement({ ...CAPPED, capMinor: 0 }, sales.slice(0, 1));
		expect(s.lines.map((l) => [l.commissionMinor, l.explanation])).toEqual([[0, 'Invoice INV-1 paid 2026-03-01: revenue 600.00 EUR at 10 % = 60.00 EUR; cap of 0.00 EUR reached: pays 0.00 EUR']]);
	});
});

describe('computeCommissionStatement: rounding', () => {
	test('line commissions sum to the period\'s commission with no rounding drift', () => {
		// Three sales of 0.10 at 5 %: 0.005 each. Running exact total 0.005 → 0.010 → 0.015, rounded half up 0.01 → 0.01 → 0.02:
		// the lines earn 0.01, 0.00, 0.01 = 0.02, what 0.30 at 5 % pays in one go. Rounding each line alone would pay 0.03.
		const s = statement(FLAT, [invoice('INV-1', '2026-03-01', 10), invoice('INV-2', '2026-03-02', 10), invoice('INV-3', '2026-03-03', 10)]);
		expect(s.lines.map((l) => l.commissionMinor)).toEqual([1, 0, 1]);
		expect(s.commissionMinor).toBe(2);
		expect(s.lines[1]!.explanation).toBe('Invoice INV-2 paid 2026-03-02: revenue 0.10 EUR at 5 % = 0.00 EUR (0.01 EUR on its own; rounding is carried over the period so that the lines add up)');
	});

	test('line commissions sum to the period\'s commission with no rounding drift: many odd lines, shares, tiers and a clawback', () => {
		// A target of 333.33 with tiers at 100.01 % and 150 %: thresholds fall between cents.
		const plan: CommissionPlan = { basis: 'revenue', rateBp: 333, targetMinor: 33_333, capMinor: null, tiers: [{ fromAttainmentBp: 10_001, rateBp: 777 }, { fromAttainmentBp: 15_000, rateBp: 1234 }] };
		const amounts = [1234, 987, 5551, 333, 12_345, 7, 9999, 4321, 1, 2718, 3141, 777];
		const credits = amounts.map((a, i) => invoice(`INV-${i}`, `2026-03-${String(i + 1).padStart(2, '0')}`, a, { splitBp: 3333 }));
		// 03-15 takes the running basis across both thresholds, and the credit note of 03-20 walks it back across the upper one.
		credits.push(invoice('INV-99', '2026-03-15', 55_555, { splitBp: 6667 }), creditNote('CN-1', '2026-03-20', -15_000, 'INV-4', { splitBp: 3333 }));
		const s = statement(plan, credits);
		const oneGo = statement(plan, [invoice('ALL', '2026-03-31', s.basisMinor)]);

		expect(s.lines.reduce((sum, l) => sum + l.commissionMinor, 0)).toBe(s.commissionMinor);
		expect(s.commissionMinor).toBe(oneGo.commissionMinor);
		expect(s.lines.reduce((sum, l) => sum + l.basisMinor, 0)).toBe(s.basisMinor);
		for (const line of s.lines) expect(line.parts.reduce((sum, p) => sum + p.basisMinor, 0)).toBe(line.basisMinor);
		expect(s.lines.slice(-2).map((l) => l.parts.map((p) => p.rateBp))).toEqual([[333, 777, 1234], [1234, 777]]);
		// By hand. Bases: the twelve invoices × 33.33 %, each half up: 411 + 329 + 1,850 + 111 + 4,115 + 2 + 3,333 + 1,440 + 0 + 906 + 1,047 + 259
		// = 13,803; INV-99 55,555 × 66.67 % = 37,038.52 → 37,039; CN-1 −15,000 × 33.33 % = −4,999.5 → −5,000. Total 45,842.
		// Thresholds: 33,333 × 100.01 % = 33,336.3333 and 33,333 × 150 % = 49,999.5; 45,842 ends between them:
		// 33,336.3333 × 3.33 % = 1,110.1000 and (45,842 − 33,336.3333) × 7.77 % = 971.6903 → 2,081.7903 → 2,082.
		expect(s.basisMinor).toBe(45_842);
		expect(s.commissionMinor).toBe(2082);
	});
});

describe('computeCommissionStatement: refusals', () => {
	const input = (change: Partial<CommissionStatementInput>): CommissionStatementInput => ({ plan: FLAT, period: MARCH, currency: EUR, credits: [invoice('INV-1', '2026-03-10', 1000)], ...change });
	test.each([
		['a credit outside the period', input({ credits: [invoice('INV-1', '2026-04-01', 1000)] }), 'CRM_COMMISSION_STATEMENT_INVALID', 'credits[0].day'],
		['a credit on no real day', input({ credits: [invoice('INV-1', '2026-02-30', 1000)] }), 'CRM_COMMISSION_STATEMENT_INVALID', 'credits[0].day'],
		['a credit note that adds revenue', input({ credits: [creditNote('CN-1', '2026-03-10', 1000, 'INV-1')] }), 'CRM_COMMISSION_STATEMENT_INVALID', 'credits[0].revenueMinor'],
		['a paid invoice with negative revenue', input({ credits: [invoice('INV-1', '2026-03-10', -1000)] }), 'CRM_COMMISSION_STATEMENT_INVALID', 'credits[0].revenueMinor'],
		['an amount in fractions of a cent', input({ credits: [invoice('INV-1', '2026-03-10', 10.5)] }), 'CRM_COMMISSION_STATEMENT_INVALID', 'credits[0].revenueMinor'],
		['a share above 100 %', input({ credits: [invoice('INV-1', '2026-03-10', 1000, { splitBp: 10_001 })] }), 'CRM_COMMISSION_STATEMENT_INVALID', 'credits[0].splitBp'],
		['a credit without a document number', input({ credits: [invoice('', '2026-03-10', 1000)] }), 'CRM_COMMISSION_STATEMENT_INVALID', 'credits[0].documentNumber'],
		['a period that ends before it starts', input({ period: { start: '2026-03-31', end: '2026-03-01' } }), 'CRM_COMMISSION_STATEMENT_INVALID', 'period.end'],
		['minor digits that are not the currency\'s', input({ currency: { currency: 'EUR', minorDigits: 3 } }), 'CRM_COMMISSION_STATEMENT_INVALID', 'currency.minorDigits'],
		['an invalid plan', input({ plan: { ...FLAT, tiers: [{ fromAttainmentBp: 10_000, rateBp: 750 }] } }), 'CRM_COMMISSION_PLAN_INVALID', 'targetMinor'],
	] as [string, CommissionStatementInput, string, string][])('refuses %s', (_, given, code, field) => {
		expect(domainFailure(() => computeCommissionStatement(given))).toEqual([code, field]);
	});
});

import { toEpochDay } from '../calendar/calendar-day.ts';
import { divideAndRound } from '../money/divide-and-round.ts';
import { assertCommissionStatementInput, type CommissionCurrency, type CommissionPeriod } from './assert-commission-statement-input.ts';
import type { CommissionCredit, CommissionLine } from './commission-line.ts';
import { assertCommissionPlanValid, type CommissionPlan } from './commission-plan.ts';
import { describeCommissionLine } from './describe-commission-line.ts';
import { POSITION_SCALE, walkBrackets } from './walk-brackets.ts';

export interface CommissionStatementInput {
	plan: CommissionPlan;
	period: CommissionPeriod;
	currency: CommissionCurrency;
	credits: readonly CommissionCredit[];
}

export interface CommissionStatement {
	period: CommissionPeriod;
	currency: string;
	/** The period's basis after splits: the sum of the lines' basisMinor. */
	basisMinor: number;
	/** What the period pays: min(cap, uncappedMinor); the sum of the lines' commissionMinor. */
	commissionMinor: number;
	/** What the period earns before the cap: the sum of the lines' uncappedMinor. */
	uncappedMinor: number;
	/** basisMinor ÷ target in basis points, rounded half up; null without a target. */
	attainmentBp: number | null;
	lines: CommissionLine[];
}

// Position (minor × 10 000) times rate (bp ÷ 10 000): commission in minor units × 10^8.
const EXACT_SCALE = POSITION_SCALE * 10_000n;

/**
 * S6.3 — a rep's commission statement for one period, every line explained.
 *
 * Credits are taken in day order (credits of one day in the order given). Each line's basis is the plan's
 * revenue or margin times the rep's split, rounded half up on its own line. Tiers are marginal, like tax
 * brackets, over the running basis of the period: a line that crosses a threshold is paid in parts, and a
 * credit note walks the running basis back down, taking commission back at the rates of the brackets it
 * leaves. A credit note counts in the period it is issued in, whenever its invoice was paid.
 *
 * Rounding does not drift: the exact commission up to each line is kept in BigInt and rounded half up, and
 * a line earns the difference between the rounded totals after and before it, so the lines add up to the
 * commission of the period's whole basis computed in one go.
 *
 * The cap bounds the running total, not the lines: what is paid up to a line is min(cap, uncapped total up
 * to it), and a line pays the difference. A line crossing the cap pays what is left of it, later lines pay
 * nothing, and a clawback after the cap takes back only what brings the uncapped total below the cap, since
 * the rep was never paid the part above it.
 *
 * A split that must add up across reps (one invoice shared by several) is better split with splitCredit and
 * passed with splitBp 10000: rounding each rep's share half up on its own can pay a cent more than the whole.
 */
export function computeCommissionStatement(input: CommissionStatementInput): CommissionStatement {
	const { plan, period, currency, credits } = input;
	assertCommissionPlanValid(plan);
	assertCommissionStatementInput(period, currency, credits);

	// toSorted is stable: credits of one day keep the order they were given in.
	const ordered = credits.toSorted((a, b) => toEpochDay(a.day) - toEpochDay(b.day));
	let position = 0n;
	let exact = 0n;
	let uncappedBefore = 0;
	let paidBefore = 0;
	const lines = ordered.map((credit): CommissionLine => {
		const amountMinor = plan.basis === 'revenue' ? credit.revenueMinor : credit.marginMinor;
		const basisMinor = Number(divideAndRound(BigInt(amountMinor) * BigInt(credit.splitBp), 10_000n, 'half-up'));
		const next = position + BigInt(basisMinor) * POSITION_SCALE;
		const segments = walkBrackets(plan, position, next);
		const lineExact = segments.reduce((sum, s) => sum + (s.to - s.from) * BigInt(s.rateBp), 0n);
		exact += lineExact;
		const uncappedAfter = toSafe(divideAndRound(exact, EXACT_SCALE, 'half-up'));
		const paidAfter = plan.capMinor === null ? uncappedAfter : Math.min(plan.capMinor, uncappedAfter);
		const parts = segments.map((s) => ({
			// Rounding both ends and taking the difference keeps the parts adding up to the line's basis when a threshold falls between two cents.
			basisMinor: toSafe(divideAndRound(s.to, POSITION_SCALE, 'half-up') - divideAndRound(s.from, POSITION_SCALE, 'half-up')),
			rateBp: s.rateBp,
			fromAttainmentBp: s.fromAttainmentBp,
			toAttainmentBp: s.toAttainmentBp,
		}));
		const uncappedMinor = uncappedAfter - uncappedBefore;
		const commissionMinor = paidAfter - paidBefore;
		const aloneMinor = toSafe(divideAndRound(lineExact, EXACT_SCALE, 'half-up'));
		const explanation = describeCommissionLine({ credit, basis: plan.basis, currency: currency.currency, tiered: plan.tiers.length > 0, amountMinor, basisMinor, parts, uncappedMinor, aloneMinor, commissionMinor, capMinor: plan.capMinor });
		position = next;
		uncappedBefore = uncappedAfter;
		paidBefore = paidAfter;
		return {
			kind: credit.kind,
			documentId: credit.documentId,
			documentNumber: credit.documentNumber,
			day: credit.day,
			reversesDocumentNumber: credit.reversesDocumentNumber ?? null,
			amountMinor,
			splitBp: credit.splitBp,
			basisMinor,
			parts,
			uncappedMinor,
			commissionMinor,
			capped: commissionMinor !== uncappedMinor,
			explanation,
		};
	});

	const basisMinor = toSafe(position / POSITION_SCALE);
	return {
		period: { start: period.start, end: period.end },
		currency: currency.currency,
		basisMinor,
		commissionMinor: paidBefore,
		uncappedMinor: uncappedBefore,
		attainmentBp: plan.targetMinor === null ? null : toSafe(divideAndRound(BigInt(basisMinor) * 10_000n, BigInt(plan.targetMinor), 'half-up')),
		lines,
	};
}

function toSafe(value: bigint): number {
	const n = Number(value);
	if (!Number.isSafeInteger(n)) throw new RangeError('a commission amount is beyond the safe integer range');
	return n;
}

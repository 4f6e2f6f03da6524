import { formatAmount, formatBp } from '../profitability/describe-amounts.ts';
import type { CommissionBasis } from './commission-plan.ts';
import type { CommissionCredit, CommissionLinePart } from './commission-line.ts';

/** What an explanation is made from: the computed line, before its words. */
export interface CommissionLineFacts {
	credit: CommissionCredit;
	basis: CommissionBasis;
	currency: string;
	/** Whether the plan has tiers: only then does a rate need its bracket named. */
	tiered: boolean;
	amountMinor: number;
	basisMinor: number;
	parts: readonly CommissionLinePart[];
	uncappedMinor: number;
	/** What the line would earn rounded on its own; differs from uncappedMinor when rounding is carried over the period. */
	aloneMinor: number;
	commissionMinor: number;
	capMinor: number | null;
}

/**
 * The line's computation in plain words, every number the one the statement uses:
 * "Invoice INV-0012 paid 2026-03-04: revenue 1,200.00 EUR × your share 50 % = 600.00 EUR at 5 % = 30.00 EUR".
 */
export function describeCommissionLine(f: CommissionLineFacts): string {
	const money = (minor: number) => (minor < 0 ? `−${formatAmount(-minor, f.currency)}` : formatAmount(minor, f.currency));
	const c = f.credit;
	const head = c.kind === 'invoice_paid' ? `Invoice ${c.documentNumber} paid ${c.day}` : `Credit note ${c.documentNumber} of ${c.day}${c.reversesDocumentNumber ? ` reverses ${c.reversesDocumentNumber}` : ''}`;
	const share = c.splitBp === 10_000 ? '' : ` × your share ${formatBp(c.splitBp)} = ${money(f.basisMinor)}`;
	const rated = (p: CommissionLinePart, first: boolean) => `at ${formatBp(p.rateBp)}${f.tiered ? ` (${bracketName(p)}${first ? ' of target' : ''})` : ''}`;
	const parts = f.parts.length === 1 ? ` ${rated(f.parts[0]!, true)}` : `: ${f.parts.map((p, i) => `${money(p.basisMinor)} ${rated(p, i === 0)}`).join(' and ')}`;
	const carried = f.aloneMinor === f.uncappedMinor ? '' : ` (${money(f.aloneMinor)} on its own; rounding is carried over the period so that the lines add up)`;
	return `${head}: ${f.basis} ${money(f.amountMinor)}${share}${parts} = ${money(f.uncappedMinor)}${carried}${capClause(f, money)}`;
}

function bracketName(p: CommissionLinePart): string {
	if (p.toAttainmentBp === null) return `above ${formatBp(p.fromAttainmentBp ?? 0)}`;
	return p.fromAttainmentBp === null ? `up to ${formatBp(p.toAttainmentBp)}` : `${formatBp(p.fromAttainmentBp)} to ${formatBp(p.toAttainmentBp)}`;
}

function capClause(f: CommissionLineFacts, money: (minor: number) => string): string {
	if (f.capMinor === null || f.commissionMinor === f.uncappedMinor) return '';
	const cap = money(f.capMinor);
	if (f.uncappedMinor > 0) return `; cap of ${cap} reached: pays ${money(f.commissionMinor)}`;
	return f.commissionMinor === 0 ? `; the uncapped total stays above the cap of ${cap}, so nothing is taken back` : `; the uncapped total was above the cap of ${cap}, so this takes back only ${money(-f.commissionMinor)}`;
}

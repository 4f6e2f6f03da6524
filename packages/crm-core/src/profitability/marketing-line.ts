import { count, formatAmount } from './describe-amounts.ts';
import type { MarketingFacts } from './profit-facts.ts';
import { asCost, PNL_LINE_LABELS, type PnlLine } from './pnl-lines.ts';

/**
 * One customer's share of a campaign's spend: the spend booked in the period shared equally among the
 * customers the campaign addressed (its members' customers, each once), the minor units left over going one
 * each to the first customers by id (rank 1, 2, …). Σ shares = the spend exactly; a negative spend (a net
 * correction) is shared the same way. The loaders compute it in SQL as
 * spend div customers + (rank ≤ |spend mod customers| ? sign(spend) : 0).
 */
export function campaignShare(spend: number, customers: number, rank: number): number {
	if (!Number.isSafeInteger(spend) || !Number.isSafeInteger(customers) || customers < 1 || !Number.isSafeInteger(rank) || rank < 1 || rank > customers) throw new RangeError('campaignShare needs a whole spend and a rank from 1 to customers');
	const sign = spend < 0 ? -1 : 1;
	const magnitude = Math.abs(spend);
	const each = Math.floor(magnitude / customers);
	const extra = rank <= magnitude % customers ? 1 : 0;
	return sign * (each + extra) || 0;
}

/**
 * Marketing spend attributed: the customer's shares of the spend of every campaign that addressed them.
 * `detailed` = the caller may read campaign spend; otherwise the campaigns are only counted (a campaign's
 * spend would follow from a share and the number of customers it addressed).
 */
export function marketingLine(facts: MarketingFacts, base: string, detailed: boolean): PnlLine {
	const line = (explanation: string): PnlLine => ({ key: 'marketing', label: PNL_LINE_LABELS.marketing, amount: asCost(facts.amount), explanation });
	if (facts.campaigns === 0) return line('No campaign that addressed the customer booked spend in the period.');
	const rule = 'each campaign\'s spend booked in the period is shared equally among the customers it addressed';
	if (!detailed || facts.detail === null) return line(`Share of the spend of ${count(facts.campaigns, 'campaign')} that addressed the customer: ${rule}.`);
	const parts = [...facts.detail].sort((a, b) => b.share - a.share || a.label.localeCompare(b.label)).map((c) => `${c.label}: ${formatAmount(c.spend, base)} among ${count(c.customers, 'customer')} → ${formatAmount(c.share, base)}`);
	return line(`The customer's share of ${count(facts.campaigns, 'campaign')}: ${rule}. ${parts.join('; ')}.`);
}

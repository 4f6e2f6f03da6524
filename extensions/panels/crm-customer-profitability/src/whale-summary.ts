/** The whale curve's story in one sentence each: where it peaks, where it ends, what the loss-makers cost. */
import { formatMoneyLabel, formatPercent } from '@crm/studio';
import type { ProfitabilityView } from './profitability-view.ts';

const customersText = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'customer' : 'customers'}`;

/** "The 412 profitable customers (41.2 %) earn 1,234,567.00 EUR, 152.3 % of the total profit." */
export function peakSentence(view: Pick<ProfitabilityView, 'whale' | 'currency'>): string {
	const { peak } = view.whale;
	if (peak.rank === 0) return 'No customer made a profit in this period.';
	const share = peak.ofTotalBp === null ? '' : `, ${formatPercent(peak.ofTotalBp)} of the total profit`;
	return `The ${customersText(peak.rank)} who make money (${formatPercent(peak.customersBp)} of all) earn ${formatMoneyLabel(peak.profit, view.currency)}${share}.`;
}

/** "The 88 unprofitable customers give back 245,000.00 EUR; all 1,000 together: 987,654.00 EUR." */
export function endSentence(view: Pick<ProfitabilityView, 'whale' | 'currency' | 'customers' | 'profit'>): string {
	const all = `all ${customersText(view.customers)} together: ${formatMoneyLabel(view.profit, view.currency)}`;
	if (view.whale.unprofitable === 0) return `No customer loses money; ${all}.`;
	return `The ${customersText(view.whale.unprofitable)} who lose money give back ${formatMoneyLabel(view.whale.loss, view.currency)}; ${all}.`;
}

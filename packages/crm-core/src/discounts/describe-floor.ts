import { formatMoney } from './format-money.ts';
import { formatPercent } from './format-percent.ts';

/** "cost plus 5 % margin (80.00 EUR)", or "cost (80.00 EUR)" without a minimum margin. */
export function describeFloor(minMarginBp: number, floorAmount: number, currency: string): string {
	const margin = minMarginBp === 0 ? 'cost' : `cost plus ${formatPercent(minMarginBp)} margin`;
	return `${margin} (${formatMoney(floorAmount, currency)})`;
}

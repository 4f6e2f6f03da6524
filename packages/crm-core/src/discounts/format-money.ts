import { formatDecimalAmount } from '../money/minor-units.ts';

/** Minor units as people read them in a trace: 1200 EUR → "12.00 EUR". */
export function formatMoney(amount: number, currency: string): string {
	return `${formatDecimalAmount(amount, currency)} ${currency}`;
}

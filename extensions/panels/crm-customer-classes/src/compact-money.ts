/** Short amounts for tight cells; the exact amount goes into the cell's title. */
import { compactAmount, toMajor } from '@crm/studio';

/** 123456789 EUR cents → "1.2M EUR", 1234500 → "12.3k EUR", 99950 → "999.5 EUR". */
export function compactMoney(minor: number, currency: string): string {
	return `${compactAmount(toMajor(minor, currency))} ${currency}`;
}

import { groupThousands } from './group-thousands.ts';
import { toScaledText } from './scaled-decimal.ts';

/** Quantities are stored in thousandths of their unit. */
export const QUANTITY_DIGITS = 3;

/** 11000, "pcs" → "11 pcs"; 2500, "kg" → "2.5 kg"; 1234500, null → "1,234.5". */
export function formatQuantity(milli: number, unit: string | null): string {
	const text = groupThousands(toScaledText(milli, QUANTITY_DIGITS));
	return unit ? `${text} ${unit}` : text;
}

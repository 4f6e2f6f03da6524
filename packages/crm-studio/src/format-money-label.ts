import { groupThousands } from './group-thousands.ts';
import { toDecimalText } from './to-decimal-text.ts';

/** "1,234.56 EUR", "1,235 JPY", "1.235 KWD" from minor units; without a currency just "1,234.56". */
export function formatMoneyLabel(minor: number, currency: string | null): string {
	const text = groupThousands(toDecimalText(minor, currency));
	return currency ? `${text} ${currency}` : text;
}

import { groupThousands } from './group-thousands.ts';
import { toScaledText } from './scaled-decimal.ts';

/** Quantities are stored in thousandths of their unit, unless a field says otherwise (coordinates: millionths of a degree). */
export const QUANTITY_DIGITS = 3;

/** Units written straight after the number, as people write them: "48.137154°". */
const GLUED_UNITS = new Set(['°']);

/** 11000, "pcs" → "11 pcs"; 2500, "kg" → "2.5 kg"; 1234500, null → "1,234.5"; 48137154, "°", 6 → "48.137154°". */
export function formatQuantity(stored: number, unit: string | null, digits: number = QUANTITY_DIGITS): string {
	const text = groupThousands(toScaledText(stored, digits));
	if (!unit) return text;
	return GLUED_UNITS.has(unit) ? `${text}${unit}` : `${text} ${unit}`;
}

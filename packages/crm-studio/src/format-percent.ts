import { toScaledText } from './scaled-decimal.ts';

/** Percentages are stored in basis points: 100 = 1 %. */
export const PERCENT_DIGITS = 2;

/** 1000 → "10 %", 1250 → "12.5 %", -1000 → "-10 %", 5 → "0.05 %". */
export function formatPercent(basisPoints: number): string {
	return `${toScaledText(basisPoints, PERCENT_DIGITS)} %`;
}

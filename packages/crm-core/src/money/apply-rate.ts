import { divideAndRound } from './divide-and-round.ts';
import type { RoundingMode } from './rounding-mode.ts';

/** `amount × basisPoints / 10 000`, rounded once: VAT 2000 bp of 1999 → 400 (half-up). */
export function applyBasisPoints(amount: number, basisPoints: number, mode: RoundingMode = 'half-up'): number {
	return Number(divideAndRound(BigInt(amount) * BigInt(basisPoints), 10_000n, mode));
}

/** Quantities are kept in thousandths (milli-units) so that 2.5 kg is exact: 2500. */
export const QUANTITY_SCALE = 1000;

/** `unitPrice × quantity`, with quantity in milli-units, rounded once. */
export function multiplyByQuantity(unitPrice: number, quantityMilli: number, mode: RoundingMode = 'half-up'): number {
	return Number(divideAndRound(BigInt(unitPrice) * BigInt(quantityMilli), BigInt(QUANTITY_SCALE), mode));
}

import { divideAndRound } from './divide-and-round.ts';

/**
 * The share of `total` that `partMilli` of `wholeMilli` carries, when `alreadyMilli` were taken before:
 * round(total × (already + part) / whole) − round(total × already / whole), half-up. Taking a whole in
 * pieces this way adds up to `total` exactly (an order line's discount billed over several invoices,
 * an invoice line credited in several steps), where rounding each piece alone can lose or gain a cent.
 */
export function cumulativeShare(total: number, partMilli: number, wholeMilli: number, alreadyMilli = 0): number {
	if (wholeMilli <= 0) return 0;
	const upTo = (milli: number) => divideAndRound(BigInt(total) * BigInt(Math.min(milli, wholeMilli)), BigInt(wholeMilli), 'half-up');
	return Number(upTo(alreadyMilli + partMilli) - upTo(alreadyMilli));
}

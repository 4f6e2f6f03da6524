/**
 * How a division that does not come out even is rounded to a whole minor unit.
 * - `half-up`: ties away from zero (commercial rounding; used for prices, VAT, discounts).
 * - `half-even`: ties to the even neighbour (banker's rounding; used for currency conversion, so that
 *   many conversions do not drift in one direction).
 * - `down` / `up`: towards / away from zero.
 */
export type RoundingMode = 'half-up' | 'half-even' | 'down' | 'up';

export const ROUNDING_MODES: readonly RoundingMode[] = ['half-up', 'half-even', 'down', 'up'];

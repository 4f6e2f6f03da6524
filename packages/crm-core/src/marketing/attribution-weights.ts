import type { AttributionModel } from './attribution-model.ts';

/** Time-decay weights are kept to parts per billion of the largest: whole numbers, so that shares are exact. */
const DECAY_SCALE = 1_000_000_000;
const MS_PER_DAY = 86_400_000;

/**
 * Whole-number weights of the touches before an order (oldest first), in proportion to their share:
 * first touch [1, 0, …]; last touch [… 0, 1]; linear [1, 1, …]; U-shaped 40 % to the first and to the
 * last and 20 % spread over the ones between (half each with two touches); time decay halves a
 * touch's weight for every `halfLifeDays` it lies before the order. The amounts are shared by the
 * largest remainder afterwards, so they add up to the order exactly.
 */
export function attributionWeights(model: AttributionModel, touchTimes: readonly string[], orderAt: string, halfLifeDays: number): number[] {
	return weightsAt(model, touchTimes.map((t) => Date.parse(t)), Date.parse(orderAt), halfLifeDays);
}

/** attributionWeights with the times in epoch milliseconds. */
export function weightsAt(model: AttributionModel, touchTimes: readonly number[], order: number, halfLifeDays: number): number[] {
	const n = touchTimes.length;
	if (n === 0) return [];
	switch (model) {
		case 'first_touch':
			return touchTimes.map((_, i) => (i === 0 ? 1 : 0));
		case 'last_touch':
			return touchTimes.map((_, i) => (i === n - 1 ? 1 : 0));
		case 'linear':
			return touchTimes.map(() => 1);
		case 'u_shaped':
			if (n <= 2) return touchTimes.map(() => 1);
			// 40 : 20/(n−2) each : 40, scaled by (n−2) to stay whole.
			return touchTimes.map((_, i) => (i === 0 || i === n - 1 ? 40 * (n - 2) : 20));
		case 'time_decay': {
			const raw = touchTimes.map((at) => 2 ** (-Math.max(0, order - at) / MS_PER_DAY / halfLifeDays));
			const top = Math.max(...raw);
			return raw.map((w) => Math.max(1, Math.round((w / top) * DECAY_SCALE)));
		}
	}
}

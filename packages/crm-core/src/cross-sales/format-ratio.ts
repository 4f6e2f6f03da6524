import { divideAndRound } from '../money/divide-and-round.ts';

/** `value ÷ unit` with at most `decimals` decimals, rounded half up, trailing zeros dropped: (21234, 10000, 2) → "2.12". */
function formatScaled(value: number, unit: number, decimals: number): string {
	const scale = 10 ** decimals;
	const scaled = divideAndRound(BigInt(value) * BigInt(scale), BigInt(unit), 'half-up');
	const magnitude = scaled < 0n ? -scaled : scaled;
	const whole = magnitude / BigInt(scale);
	const fraction = decimals === 0 ? '' : String(magnitude % BigInt(scale)).padStart(decimals, '0').replace(/0+$/, '');
	return `${scaled < 0n ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`;
}

/** Basis points as a percentage with at most one decimal, for sentences people read: 3400 → "34 %", 3456 → "34.6 %". */
export function formatPercentBp(bp: number): string {
	return `${formatScaled(bp, 100, 1)} %`;
}

/** Basis points as a multiple with at most two decimals: 20000 → "2×", 21000 → "2.1×", 10450 → "1.05×". */
export function formatTimesBp(bp: number): string {
	return `${formatScaled(bp, 10_000, 2)}×`;
}

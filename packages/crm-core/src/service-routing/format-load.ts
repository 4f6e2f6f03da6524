/** "0.75", "0.33" (two decimals at most, trailing zeros dropped). */
export function formatRatio(load: number, capacity: number): string {
	return String(Math.round((load / capacity) * 100) / 100);
}

/** "6/8 = 0.75", or "1/3 ≈ 0.33" when two decimals are not the exact value. */
export function formatLoad(load: number, capacity: number): string {
	return `${load}/${capacity} ${(load * 100) % capacity === 0 ? '=' : '≈'} ${formatRatio(load, capacity)}`;
}

/** Short axis label: 1,234,567.89 → "1.2M", 12,345 → "12.3k", 999 → "999" (major units, one decimal at most). */
export function compactAmount(major: number): string {
	const abs = Math.abs(major);
	if (abs >= 1e9) return `${oneDecimal(major / 1e9)}B`;
	if (abs >= 1e6) return `${oneDecimal(major / 1e6)}M`;
	if (abs >= 1e3) return `${oneDecimal(major / 1e3)}k`;
	return oneDecimal(major);
}

function oneDecimal(n: number): string {
	return String(Math.round(n * 10) / 10);
}

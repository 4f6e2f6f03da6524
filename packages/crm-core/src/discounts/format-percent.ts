/** Basis points as an unsigned percentage for discount texts: 1000 → "10 %", 1250 → "12.5 %". */
export function formatPercent(basisPoints: number): string {
	const fraction = String(basisPoints % 100).padStart(2, '0').replace(/0+$/, '');
	return `${Math.floor(basisPoints / 100)}${fraction === '' ? '' : `.${fraction}`} %`;
}

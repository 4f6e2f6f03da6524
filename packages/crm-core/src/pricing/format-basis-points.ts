/** Basis points as a signed percentage: 1500 → "+15 %", -1000 → "-10 %", 1250 → "+12.5 %". */
export function formatBasisPointsAsPercent(basisPoints: number): string {
	const sign = basisPoints < 0 ? '-' : '+';
	const magnitude = Math.abs(basisPoints);
	const fraction = String(magnitude % 100).padStart(2, '0').replace(/0+$/, '');
	return `${sign}${Math.floor(magnitude / 100)}${fraction === '' ? '' : `.${fraction}`} %`;
}

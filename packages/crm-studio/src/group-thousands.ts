/** Thousands separators on the whole part of a decimal text: "-1234567.5" → "-1,234,567.5"; other text is returned as is. */
export function groupThousands(decimalText: string): string {
	const m = /^(-?)(\d+)(\.\d+)?$/.exec(decimalText);
	if (!m) return decimalText;
	return `${m[1]}${m[2]!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${m[3] ?? ''}`;
}

// Small text helpers of the demo data.

export function at<T>(items: readonly T[], i: number): T {
	const v = items[i];
	if (v === undefined) throw new Error(`index ${i} out of range`);
	return v;
}

/** ASCII slug for e-mail local parts and domains: umlauts spelled out, other accents dropped. */
export function slug(text: string, sep = '-'): string {
	const out = text
		.toLowerCase()
		.replaceAll('ä', 'ae')
		.replaceAll('ö', 'oe')
		.replaceAll('ü', 'ue')
		.replaceAll('ß', 'ss')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/&/g, ' ')
		.replace(/['’.]/g, '')
		.replace(/[^a-z0-9]+/g, sep)
		.replace(new RegExp(`^\\${sep}+|\\${sep}+$`, 'g'), '');
	return out || 'x';
}

export function clip(text: string, max: number): string {
	return text.length <= max ? text : text.slice(0, max).trimEnd();
}

export function formatMinor(minor: number, currency: string): string {
	const units = Math.floor(minor / 100)
		.toString()
		.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return `${units}.${String(minor % 100).padStart(2, '0')} ${currency}`;
}

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

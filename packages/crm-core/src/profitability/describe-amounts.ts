import { formatDecimalAmount } from '../money/minor-units.ts';

/** Minor units as people read them in an explanation: 123456789 EUR → "1,234,567.89 EUR". */
export function formatAmount(amount: number, currency: string): string {
	const [whole, fraction] = formatDecimalAmount(amount, currency).split('.');
	const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return `${grouped}${fraction === undefined ? '' : `.${fraction}`} ${currency}`;
}

/** Minutes as hours and minutes: 200 → "3 h 20 min", 45 → "45 min", 120 → "2 h". */
export function formatMinutes(minutes: number): string {
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	if (h === 0) return `${m} min`;
	return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** Basis points as a percentage with at most two decimals: 800 → "8 %", 1250 → "12.5 %", -75 → "-0.75 %". */
export function formatBp(bp: number): string {
	const sign = bp < 0 ? '-' : '';
	const abs = Math.abs(bp);
	const fraction = String(abs % 100).padStart(2, '0').replace(/0+$/, '');
	return `${sign}${Math.floor(abs / 100)}${fraction === '' ? '' : `.${fraction}`} %`;
}

/** "1 order", "3 orders". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
	return `${n} ${n === 1 ? singular : plural}`;
}

import { QUANTITY_SCALE } from '../money/apply-rate.ts';

/** Milli-units as people write quantities: 10000 → "10", 2500 → "2.5", 1 → "0.001". */
export function formatQuantity(quantityMilli: number): string {
	const sign = quantityMilli < 0 ? '-' : '';
	const magnitude = Math.abs(quantityMilli);
	const whole = Math.floor(magnitude / QUANTITY_SCALE);
	const fraction = String(magnitude % QUANTITY_SCALE).padStart(3, '0').replace(/0+$/, '');
	return `${sign}${whole}${fraction === '' ? '' : `.${fraction}`}`;
}

/** "1 unit", "10 units", "2.5 units". */
export function describeQuantity(quantityMilli: number): string {
	return `${formatQuantity(quantityMilli)} ${quantityMilli === QUANTITY_SCALE ? 'unit' : 'units'}`;
}

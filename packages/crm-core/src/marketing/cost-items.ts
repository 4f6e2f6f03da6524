/** What campaign money goes on (M3.4), with the names people see. "discounts" is counted from the orders, never booked. */
export const COST_ITEMS: readonly (readonly [value: string, label: string])[] = [
	['agency', 'Agency'],
	['media', 'Media'],
	['print', 'Print and mailing'],
	['samples', 'Samples'],
	['event', 'Events'],
	['discounts', 'Discounts given'],
	['other', 'Other'],
];

export function costItemLabel(value: string): string {
	return COST_ITEMS.find(([v]) => v === value)?.[1] ?? value;
}

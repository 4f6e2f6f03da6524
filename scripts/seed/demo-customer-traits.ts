// What customers and their contacts are like: statuses, categories, credit limits, payment terms, positions
// and notes, by status and by whether the customer is a person or a company.
import type { SalesRepRow, Uuid } from './demo-rows.ts';
import { at } from './demo-text.ts';
import type { Rng } from './random.ts';

export const COMPANY_STATUS: readonly (readonly [string, number])[] = [['active', 62], ['key', 10], ['prospect', 16], ['blocked', 4], ['lost', 8]];
export const PERSON_STATUS: readonly (readonly [string, number])[] = [['active', 70], ['key', 1], ['prospect', 18], ['blocked', 3], ['lost', 8]];

/** Relative contact frequency by customer status. */
export const STATUS_ACTIVITY: Record<string, number> = { key: 5, active: 2.2, prospect: 1.6, blocked: 0.8, lost: 1 };

export const POSITIONS: readonly (readonly [string, number])[] = [
	['Purchasing manager', 14], ['Buyer', 12], ['Managing director', 10], ['CEO', 3], ['Head of operations', 6], ['Project manager', 8],
	['Site manager', 6], ['Accounts payable', 6], ['Office manager', 7], ['Technical director', 4], ['Workshop manager', 6],
	['Facility manager', 5], ['Quality manager', 3], ['Assistant to the management', 4], ['Sales manager', 3], ['Owner', 4],
];

export const CUSTOMER_NOTES = [
	'Prefers delivery before 10 am.',
	'Framework agreement: prices fixed until the end of the year.',
	'Invoices to the purchasing department; PO number required.',
	'Closed for company holidays in August.',
	'Pays reliably and uses the early-payment discount.',
	'Deliveries via the rear entrance (loading ramp).',
	'Interested in maintenance contracts.',
	'Price-sensitive; compares offers regularly.',
	'Orders mostly through the web shop.',
];
export const CONTACT_NOTES = [
	'Prefers calls in the morning.',
	'Decides on purchases above 10,000 EUR.',
	'Speaks English and German.',
	'Responsible for technical approvals.',
	'Best reached by mobile.',
	'Part-time; not available on Fridays.',
];

export function pickOwner(rng: Rng, reps: readonly SalesRepRow[], repTeam: readonly number[], team: number, region: Uuid): number {
	const candidates: [number, number][] = [];
	reps.forEach((r, i) => {
		if (repTeam[i] === team) candidates.push([i, r.region === region ? 9 : 1]);
	});
	return rng.weighted(candidates);
}

export function customerNote(rng: Rng, status: string): string | null {
	if (status === 'blocked') return 'Blocked because of overdue invoices; deliveries only against prepayment.';
	if (status === 'lost' && rng.chance(0.6)) return rng.pick(['Switched to a competitor.', 'Business closed.', 'No longer needs our products.']);
	return rng.chance(0.15) ? rng.pick(CUSTOMER_NOTES) : null;
}

export function category(rng: Rng, status: string, person: boolean): string | null {
	if (person) return rng.weighted([['C', 50], [null, 50]] as const);
	switch (status) {
		case 'key':
			return rng.weighted([['A', 85], ['B', 15]] as const);
		case 'active':
			return rng.weighted([['A', 18], ['B', 42], ['C', 35], [null, 5]] as const);
		case 'prospect':
			return rng.weighted([['C', 30], [null, 70]] as const);
		default:
			return rng.weighted([['B', 20], ['C', 55], [null, 25]] as const);
	}
}

export function creditLimit(rng: Rng, status: string, person: boolean): number {
	// Multiples of 500.00 as a credit controller would set them.
	const step = 50_000;
	if (status === 'prospect' || status === 'blocked') return 0;
	if (person) return rng.int(0, 6) * step;
	if (status === 'key') return rng.int(40, 100) * step;
	if (status === 'lost') return rng.int(0, 20) * step;
	return rng.weighted([[rng.int(2, 10), 50], [rng.int(10, 40), 40], [rng.int(40, 60), 10]] as const) * step;
}

export function paymentTerms(rng: Rng, status: string, person: boolean): number {
	if (status === 'blocked') return 0;
	if (person) return rng.weighted([[0, 70], [14, 30]] as const);
	if (status === 'key') return rng.weighted([[30, 30], [45, 40], [60, 30]] as const);
	return rng.weighted([[30, 60], [14, 20], [45, 10], [60, 5], [0, 5]] as const);
}

/** Nudges per-item counts up or down at random, within [1, max], until they add up to `total`. */
export function adjustToTotal(rng: Rng, counts: number[], total: number, max: readonly number[]): void {
	let sum = counts.reduce((a, b) => a + b, 0);
	const grow = counts.map((_, i) => i).filter((i) => at(counts, i) < at(max, i));
	const shrink = counts.map((_, i) => i).filter((i) => at(counts, i) > 1);
	while (sum < total && grow.length > 0) {
		const k = rng.int(0, grow.length - 1);
		const i = at(grow, k);
		counts[i] = at(counts, i) + 1;
		sum++;
		if (at(counts, i) >= at(max, i)) grow.splice(k, 1);
	}
	while (sum > total && shrink.length > 0) {
		const k = rng.int(0, shrink.length - 1);
		const i = at(shrink, k);
		counts[i] = at(counts, i) - 1;
		sum--;
		if (at(counts, i) <= 1) shrink.splice(k, 1);
	}
}

// Customers with a buying habit each: steady (every month or so, similar amounts), seasonal (spring or
// autumn), erratic (in bursts), lapsed (bought, then fell silent months ago), new (joined in the last
// months) or prospects (never ordered). Their size is lognormal, so a fifth of them make most of the revenue.
import type { Rng } from '../seed/random.ts';
import { COMPANY_STEMS, COMPANY_TRADES, FIRST_NAMES, LAST_NAMES, LEGAL_FORMS, POSITIONS, SCALE_CHANNELS, SCALE_PRODUCT_TREE, SCALE_REGIONS } from './scale-world.ts';
import { DAY, gauss, iso, type Rep, type ScaleClock, type Structure } from './scale-structure.ts';

export type Habit = 'steady' | 'seasonal' | 'erratic' | 'lapsed' | 'new' | 'prospect';

export interface Customer {
	id: string;
	region: number;
	owner: Rep;
	currency: string;
	habit: Habit;
	/** How lapsed and new customers order inside their window: evenly or in bursts. */
	evenly: boolean;
	/** Lognormal around 1: how much the customer buys per order. */
	size: number;
	category: string | null;
	/** Orders and interactions fall between these instants. */
	activeFrom: number;
	activeUntil: number;
	/** The months (0–11) a seasonal customer buys in. */
	peak: readonly number[];
	/** Top product groups most of its lines come from. */
	tops: number[];
	contacts: string[];
	/** Relative number of orders. */
	orderWeight: number;
}

type Row = Record<string, unknown>;

const HABITS: readonly (readonly [Habit, number])[] = [['steady', 22], ['seasonal', 15], ['erratic', 33], ['lapsed', 14], ['new', 10], ['prospect', 6]];
const FREQUENCY: Record<Habit, number> = { steady: 1.6, seasonal: 1, erratic: 0.8, lapsed: 1, new: 3, prospect: 0 };
const PEAKS = [[2, 3, 4], [8, 9, 10], [9, 10, 11], [4, 5, 6]] as const;
const GOODS_TOPS = SCALE_PRODUCT_TREE.map((t, i) => (t.code === 'SERV' ? -1 : i)).filter((i) => i >= 0);
const SERVICE_TOP = SCALE_PRODUCT_TREE.findIndex((t) => t.code === 'SERV');

/** Lapsed customers are often marked lost; the largest (top 4 %) are key accounts; a few are blocked. */
function statusOf(rng: Rng, habit: Habit, z: number): string {
	if (habit === 'prospect') return 'prospect';
	if (habit === 'lapsed' && rng.chance(0.55)) return 'lost';
	if (z > 1.75) return 'key';
	return rng.chance(0.02) ? 'blocked' : 'active';
}

/** A category by size as set by hand before any classification: A the top 15 %, B the next 35 %, C the rest. */
function categoryOf(habit: Habit, z: number): string | null {
	if (habit === 'prospect') return null;
	if (z > 1.036) return 'A';
	return z > 0 ? 'B' : 'C';
}

export interface CustomerData {
	customers: Customer[];
	rows: { crm_customers: Row[]; crm_customers_customer_groups: Row[]; crm_contacts: Row[] };
}

export function generateCustomers(rng: Rng, clock: ScaleClock, s: Structure, count: number): CustomerData {
	const regionWeights = SCALE_REGIONS.map((r, i) => [i, r.weight] as const);
	const channelWeights = SCALE_CHANNELS.map((c, i) => [i, c.weight] as const);
	const customers: Customer[] = [];
	const rows: CustomerData['rows'] = { crm_customers: [], crm_customers_customer_groups: [], crm_contacts: [] };
	const span = clock.nowMs - clock.startMs;
	for (let i = 0; i < count; i++) {
		const region = rng.weighted(regionWeights);
		const spec = SCALE_REGIONS[region]!;
		const habit = rng.weighted(HABITS);
		const z = gauss(rng);
		const size = Math.exp(z);
		let createdMs = clock.startMs - rng.int(30, 2000) * DAY;
		let activeFrom = clock.startMs;
		let activeUntil = clock.nowMs;
		if (habit === 'new' || (habit === 'prospect' && rng.chance(0.5))) {
			createdMs = clock.nowMs - rng.int(20, 240) * DAY;
			activeFrom = createdMs;
		}
		if (habit === 'lapsed') activeUntil = clock.nowMs - rng.int(90, 540) * DAY;
		const team = s.teamReps[region]!;
		const owner = team[rng.int(0, team.length - 1)]!;
		const person = rng.chance(0.12);
		const status = statusOf(rng, habit, z);
		const category = categoryOf(habit, z);
		const tops = [GOODS_TOPS[rng.int(0, GOODS_TOPS.length - 1)]!];
		if (rng.chance(0.5)) tops.push(GOODS_TOPS[rng.int(0, GOODS_TOPS.length - 1)]!);
		if (rng.chance(0.2)) tops.push(SERVICE_TOP);
		const id = rng.uuid();
		const contacts = Array.from({ length: 1 + (rng.chance(0.5) ? 1 : 0) + (rng.chance(0.25) ? 1 : 0) }, () => rng.uuid());
		const windowShare = Math.max(0, activeUntil - activeFrom) / span;
		customers.push({
			id,
			region,
			owner,
			currency: spec.foreign ? clock.foreign : clock.base,
			habit,
			evenly: rng.chance(0.4),
			size,
			category,
			activeFrom,
			activeUntil,
			peak: PEAKS[rng.int(0, PEAKS.length - 1)]!,
			tops,
			contacts,
			orderWeight: FREQUENCY[habit] * windowShare * Math.sqrt(size) * (0.5 + rng.float()),
		});
		const name = person ? `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}` : `${rng.pick(COMPANY_STEMS)}${rng.chance(0.5) ? '' : ' '}${rng.pick(COMPANY_TRADES)} ${rng.pick(LEGAL_FORMS)}`;
		rows.crm_customers.push({
			id,
			kind: person ? 'person' : 'company',
			name,
			legal_name: person ? null : name,
			tax_id: person ? null : `${spec.countries[0]}${String(100_000_000 + i)}`,
			status,
			category,
			region: s.regionIds[region],
			owner: owner.id,
			sales_channel: s.channelIds[rng.weighted(channelWeights)],
			credit_limit: Math.round(size * 20) * 100_000,
			payment_terms_days: rng.pick([14, 30, 30, 30, 45, 60]),
			currency: spec.foreign ? clock.foreign : clock.base,
			email: `office.${i + 1}@customers.example.com`,
			phone: null,
			website: null,
			country: rng.pick(spec.countries),
			city: rng.pick(spec.cities),
			address: `${rng.int(1, 200)} ${rng.pick(['Hauptstraße', 'Industrieweg', 'Main Street', 'Harbour Road', 'Parkallee'])}`,
			notes: null,
			date_created: iso(createdMs),
		});
		const groups = rng.weighted([[0, 35], [1, 45], [2, 20]] as const);
		const first = rng.int(0, s.groupIds.length - 1);
		for (let k = 0; k < groups; k++) rows.crm_customers_customer_groups.push({ crm_customers_id: id, crm_customer_groups_id: s.groupIds[(first + k * 3) % s.groupIds.length] });
		contacts.forEach((contact, k) => {
			const first = rng.pick(FIRST_NAMES);
			const last = rng.pick(LAST_NAMES);
			rows.crm_contacts.push({
				id: contact,
				customer: id,
				first_name: first,
				last_name: last,
				position: rng.pick(POSITIONS),
				phone: null,
				mobile: null,
				email: `${first}.${last}.${i + 1}.${k + 1}@customers.example.com`.toLowerCase().replace(/[^a-z0-9.@-]/g, ''),
				preferred_channel: rng.pick(['email', 'email', 'phone', 'visit']),
				marketing_consent: rng.chance(0.6),
				active: k === 0 || rng.chance(0.85),
				date_created: iso(createdMs),
			});
		});
	}
	return { customers, rows };
}

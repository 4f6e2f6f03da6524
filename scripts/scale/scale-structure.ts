// How the company sells and what: regions, channels, customer groups, teams of reps, warehouses, the
// product-group tree, the products (list price, cost, currency, popularity and trend) and monthly rates.
import type { Rng } from '../seed/random.ts';
import { SCALE_CHANNELS, SCALE_CUSTOMER_GROUPS, SCALE_PRODUCT_TREE, SCALE_REGIONS, FIRST_NAMES, LAST_NAMES, VARIANTS, type ScaleLeaf } from './scale-world.ts';

export const DAY = 86_400_000;
export const iso = (ms: number) => new Date(ms).toISOString();
export const ymd = (ms: number) => iso(ms).slice(0, 10);

type Row = Record<string, unknown>;

/** What every generator shares: the clock, the currencies and their rates. */
export interface ScaleClock {
	nowMs: number;
	/** Two years before now: the start of the order and interaction history. */
	startMs: number;
	base: string;
	/** The one other currency: customers of one region buy in it, a tenth of the products are priced in it. */
	foreign: string;
	/** Units of the base currency for one unit of `currency` on `day` (the month's rate, as findRateToBase finds it). */
	rateOn(currency: string, day: string): string;
}

export interface Rep {
	id: string;
	team: number;
}

export interface Product {
	id: string;
	name: string;
	top: number;
	kind: 'goods' | 'service';
	unit: string;
	listPrice: number;
	costPrice: number | null;
	currency: string;
	vatRateBp: number;
	/** Not sold before. */
	launchMs: number;
	/** Popularity at the start of the history × (1 + trend × t), t from 0 to 1 over the two years. */
	trend: number;
}

export interface Structure {
	rows: Record<string, Row[]>;
	regionIds: string[];
	channelIds: string[];
	groupIds: string[];
	warehouseIds: string[];
	reps: Rep[];
	/** The reps of each team (team i belongs to region i). */
	teamReps: Rep[][];
	products: Product[];
	/** The top product group's code of each top index. */
	topGroups: string[];
	pickProduct(rng: Rng, top: number | null, atMs: number): Product;
}

/** Monthly rates on the 1st, from the month before the history starts until now: a random walk around `around`. */
export function monthlyRates(rng: Rng, clock: Pick<ScaleClock, 'startMs' | 'nowMs' | 'foreign'>, around: number): { rows: Row[]; byMonth: Map<string, string> } {
	const rows: Row[] = [];
	const byMonth = new Map<string, string>();
	const d = new Date(clock.startMs - 31 * DAY);
	let month = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
	let rate = around;
	while (month.getTime() <= clock.nowMs) {
		rate = Math.min(around * 1.15, Math.max(around * 0.85, rate * (1 + (rng.float() - 0.5) * 0.04)));
		const day = ymd(month.getTime());
		const text = rate.toFixed(4);
		rows.push({ id: rng.uuid(), currency: clock.foreign, rate_date: day, rate: text, date_created: `${day}T06:00:00.000Z` });
		byMonth.set(day.slice(0, 7), text);
		month = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1));
	}
	return { rows, byMonth };
}

/** Standard normal (Box–Muller). */
export function gauss(rng: Rng): number {
	return Math.sqrt(-2 * Math.log(1 - rng.float())) * Math.cos(2 * Math.PI * rng.float());
}

/** A price as shops print it: …90 in minor units. */
const shopPrice = (x: number) => Math.max(90, Math.round(x / 100) * 100 - 10);

/** Binary search of r in a running total. */
export function searchCumulative(cumulative: Float64Array | readonly number[], r: number): number {
	let lo = 0;
	let hi = cumulative.length - 1;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (cumulative[mid]! > r) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

/** An eighth of the products sell more and more over the two years, an eighth less and less. */
const trendOf = (r: number) => {
	if (r < 0.12) return 1.5;
	return r < 0.24 ? -0.7 : 0;
};

function generateProducts(rng: Rng, clock: ScaleClock, count: number, leafGroupIds: string[][], rows: Record<string, Row[]>): Product[] {
	const leaves: { leaf: ScaleLeaf; top: number; group: string; code: string }[] = [];
	SCALE_PRODUCT_TREE.forEach((top, t) => top.mids.forEach((mid, m) => mid.leaves.forEach((leaf, l) => leaves.push({ leaf, top: t, group: leafGroupIds[t]![m * 2 + l]!, code: `${top.code}-${mid.code}` }))));
	const totalWeight = leaves.reduce((a, l) => a + l.leaf.weight, 0);
	const products: Product[] = [];
	const rate = Number(clock.rateOn(clock.foreign, ymd(clock.startMs)));
	let made = 0;
	leaves.forEach((entry, i) => {
		const n = i === leaves.length - 1 ? count - made : Math.round((count * entry.leaf.weight) / totalWeight);
		for (let k = 0; k < n; k++) {
			const foreign = rng.chance(0.1);
			const base = entry.leaf.price * Math.exp(gauss(rng) * 0.55);
			const listPrice = shopPrice(foreign ? base / rate : base);
			const costPrice = rng.chance(0.01) ? null : Math.round(listPrice * (0.42 + rng.float() * 0.44));
			const launched = rng.chance(0.05) ? clock.nowMs - rng.int(30, 365) * DAY : clock.startMs - rng.int(30, 1500) * DAY;
			const p: Product = {
				id: rng.uuid(),
				name: `${rng.pick(entry.leaf.nouns)} ${rng.pick(VARIANTS)} ${String(made + k + 1).padStart(5, '0')}`,
				top: entry.top,
				kind: entry.leaf.kind,
				unit: rng.pick(entry.leaf.units),
				listPrice,
				costPrice,
				currency: foreign ? clock.foreign : clock.base,
				vatRateBp: entry.leaf.kind === 'service' || rng.chance(0.85) ? 1900 : 700,
				launchMs: launched,
				trend: trendOf(rng.float()),
			};
			products.push(p);
			rows['crm_products']!.push({
				id: p.id,
				sku: `SC-${entry.code}-${String(made + k + 1).padStart(5, '0')}`,
				name: p.name,
				kind: p.kind,
				unit: p.unit,
				group: entry.group,
				cost_price: p.costPrice,
				list_price: p.listPrice,
				currency: p.currency,
				vat_rate_bp: p.vatRateBp,
				active: rng.chance(0.97),
				date_created: iso(Math.max(launched, clock.startMs - 1500 * DAY)),
			});
		}
		made += n;
	});
	return products;
}

/** Products by popularity (lognormal), within a top group or overall, taking launch dates and trends into account. */
function productPicker(rng: Rng, clock: ScaleClock, products: Product[]): Structure['pickProduct'] {
	const popularity = products.map(() => Math.exp(gauss(rng) * 1.1));
	const index = (members: number[]) => {
		const cumulative = new Float64Array(members.length);
		let total = 0;
		members.forEach((p, i) => (cumulative[i] = total += popularity[p]!));
		return { members, cumulative, total };
	};
	const all = index(products.map((_, i) => i));
	const byTop = SCALE_PRODUCT_TREE.map((_, t) => index(products.flatMap((p, i) => (p.top === t ? [i] : []))));
	const span = clock.nowMs - clock.startMs;
	return (r, top, atMs) => {
		const pool = top === null ? all : byTop[top]!;
		const t = Math.min(1, Math.max(0, (atMs - clock.startMs) / span));
		let p: Product | null = null;
		for (let tries = 0; tries < 8; tries++) {
			const candidate = products[pool.members[searchCumulative(pool.cumulative, r.float() * pool.total)]!]!;
			if (candidate.launchMs > atMs) continue;
			p = candidate;
			// Rising products sell more later, falling ones less: accept in proportion to their weight at t.
			if (r.float() * 2.5 < 1 + candidate.trend * t) break;
		}
		return p ?? products[pool.members[0]!]!;
	};
}

export function generateStructure(rng: Rng, clock: ScaleClock, productCount: number): Structure {
	const rows: Record<string, Row[]> = { crm_regions: [], crm_sales_channels: [], crm_customer_groups: [], crm_teams: [], crm_sales_reps: [], crm_warehouses: [], crm_product_groups: [], crm_products: [] };
	const regionIds = SCALE_REGIONS.map((r) => {
		const id = rng.uuid();
		rows['crm_regions']!.push({ id, code: r.code, name: r.name, description: `${r.name} (${r.countries.join(', ')})` });
		return id;
	});
	const channelIds = SCALE_CHANNELS.map((c) => {
		const id = rng.uuid();
		rows['crm_sales_channels']!.push({ id, code: c.code, name: c.name, kind: c.kind, active: true });
		return id;
	});
	const groupIds = SCALE_CUSTOMER_GROUPS.map(([code, name]) => {
		const id = rng.uuid();
		rows['crm_customer_groups']!.push({ id, code, name, description: null, price_list_priority: 100 });
		return id;
	});
	const teamIds = SCALE_REGIONS.map((r, i) => {
		const id = rng.uuid();
		rows['crm_teams']!.push({ id, name: `${r.name} team`, manager: null, region: regionIds[i] });
		return id;
	});
	// About fifty reps: six or seven per team, each in the team's region.
	const reps: Rep[] = [];
	const teamReps: Rep[][] = SCALE_REGIONS.map(() => []);
	const repCount = 50;
	for (let i = 0; i < repCount; i++) {
		const team = i % SCALE_REGIONS.length;
		const rep = { id: rng.uuid(), team };
		reps.push(rep);
		teamReps[team]!.push(rep);
		const first = FIRST_NAMES[i % FIRST_NAMES.length]!;
		const last = LAST_NAMES[(i * 7) % LAST_NAMES.length]!;
		rows['crm_sales_reps']!.push({ id: rep.id, name: `${first} ${last}`, user: null, team: teamIds[team], region: regionIds[team], email: `${first}.${last}.${i + 1}@reps.example.com`.toLowerCase().replace(/[^a-z0-9.@-]/g, ''), phone: `+49 40 5550${String(i).padStart(3, '0')}`, active: true });
	}
	const warehouseIds = [['WH-N', 'Central warehouse North'], ['WH-S', 'Central warehouse South'], ['WH-NA', 'Warehouse North America']].map(([code, name]) => {
		const id = rng.uuid();
		rows['crm_warehouses']!.push({ id, code, name, address: null, active: true });
		return id;
	});
	// The tree, parents first: 6 top groups, 18 below them, 36 leaves.
	const leafGroupIds: string[][] = [];
	for (const top of SCALE_PRODUCT_TREE) {
		const topId = rng.uuid();
		rows['crm_product_groups']!.push({ id: topId, code: top.code, name: top.name, parent: null });
		const leaves: string[] = [];
		for (const mid of top.mids) {
			const midId = rng.uuid();
			rows['crm_product_groups']!.push({ id: midId, code: `${top.code}-${mid.code}`, name: mid.name, parent: topId });
			mid.leaves.forEach((leaf, l) => {
				const leafId = rng.uuid();
				rows['crm_product_groups']!.push({ id: leafId, code: `${top.code}-${mid.code}-${l + 1}`, name: leaf.name, parent: midId });
				leaves.push(leafId);
			});
		}
		leafGroupIds.push(leaves);
	}
	const products = generateProducts(rng, clock, productCount, leafGroupIds, rows);
	return { rows, regionIds, channelIds, groupIds, warehouseIds, reps, teamReps, products, topGroups: SCALE_PRODUCT_TREE.map((t) => t.name), pickProduct: productPicker(rng, clock, products) };
}

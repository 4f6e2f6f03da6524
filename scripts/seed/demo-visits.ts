import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { addDays, assertActivityTargetValid, assertVisitPlanValid, type GeoPoint, MICRODEGREES_PER_DEGREE, orderRoute } from '../../packages/crm-core/src/index.ts';
import { dayForDriver } from '../../packages/crm-directus/src/ledger-rows.ts';

type Row = Record<string, unknown>;

/** City centres of the demo world (decimal degrees); customers elsewhere stay without coordinates. */
const CITY_CENTRES: Record<string, [number, number]> = {
	Aachen: [50.7753, 6.0839], Augsburg: [48.3705, 10.8978], Basel: [47.5596, 7.5886], Berlin: [52.52, 13.405], Bern: [46.948, 7.4474], Bielefeld: [52.0302, 8.5325], Bonn: [50.7374, 7.0982],
	Braunschweig: [52.2689, 10.5268], Bremen: [53.0793, 8.8017], Dortmund: [51.5136, 7.4653], Dresden: [51.0504, 13.7373], Duisburg: [51.4344, 6.7623], Düsseldorf: [51.2277, 6.7735], Essen: [51.4556, 7.0116],
	'Frankfurt am Main': [50.1109, 8.6821], 'Freiburg im Breisgau': [47.999, 7.8421], Graz: [47.0707, 15.4395], Hamburg: [53.5511, 9.9937], Hannover: [52.3759, 9.732], Ingolstadt: [48.7665, 11.4258],
	Innsbruck: [47.2692, 11.4041], Karlsruhe: [49.0069, 8.4037], Kassel: [51.3127, 9.4797], Kiel: [54.3233, 10.1228], Klagenfurt: [46.6247, 14.3053], Köln: [50.9375, 6.9603], Leipzig: [51.3397, 12.3731],
	Linz: [48.3069, 14.2858], Luzern: [47.0502, 8.3093], Lübeck: [53.8655, 10.6866], Magdeburg: [52.1205, 11.6276], Mannheim: [49.4875, 8.466], München: [48.1372, 11.5761], Münster: [51.9607, 7.6261],
	Nürnberg: [49.4521, 11.0767], Potsdam: [52.3906, 13.0645], Regensburg: [49.0134, 12.1016], Rostock: [54.0924, 12.0991], Salzburg: [47.8095, 13.055], 'St. Gallen': [47.4245, 9.3767],
	'St. Pölten': [48.2047, 15.6256], Stuttgart: [48.7758, 9.1829], Ulm: [48.4011, 9.9876], Wien: [48.2082, 16.3738], Wiesbaden: [50.0782, 8.2398], Winterthur: [47.5001, 8.7502], Würzburg: [49.7913, 9.9534],
	Zug: [47.1662, 8.5155], Zürich: [47.3769, 8.5417], London: [51.5074, -0.1278], Manchester: [53.4808, -2.2426], Birmingham: [52.4862, -1.8904], Dublin: [53.3498, -6.2603],
};

/** A customer's place: its city centre moved by up to ±0.03° (a few km), the same for the same id on every run. */
function placeOf(id: string, city: string): GeoPoint | null {
	const centre = CITY_CENTRES[city];
	if (!centre) return null;
	const h = Number.parseInt(id.replaceAll('-', '').slice(0, 8), 16);
	// In millionths of a degree, as stored: up to ±30,000 (0.03°) from the centre.
	const at = (degrees: number, n: number) => Math.round(degrees * MICRODEGREES_PER_DEGREE) + ((n % 601) - 300) * 100;
	return { lat: at(centre[0], h) / MICRODEGREES_PER_DEGREE, lon: at(centre[1], Math.floor(h / 601)) / MICRODEGREES_PER_DEGREE };
}

async function placeCustomers(trx: Knex): Promise<Map<string, GeoPoint>> {
	const rows = (await trx('crm_customers').select('id', 'city')) as Row[];
	const places = new Map<string, GeoPoint>();
	for (const row of rows) {
		const p = placeOf(String(row['id']), String(row['city'] ?? ''));
		if (!p) continue;
		places.set(String(row['id']), p);
		await trx('crm_customers').where('id', row['id'] as string).update({ latitude_e6: Math.round(p.lat * MICRODEGREES_PER_DEGREE), longitude_e6: Math.round(p.lon * MICRODEGREES_PER_DEGREE) });
	}
	return places;
}

/** The next working day after `today` (Monday to Friday). */
function nextWorkingDay(today: string): string {
	let day = addDays(today, 1);
	while ([0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay())) day = addDays(day, 1);
	return day;
}

/** A rep's day: five of their customers (one without coordinates when they have one), ordered by the CRM's route ordering. */
async function planDay(trx: Knex, rep: Row, day: string, places: Map<string, GeoPoint>): Promise<void> {
	const customers = (await trx('crm_customers').where('owner', rep['id'] as string).whereNot('status', 'lost').orderBy('name').select('id', 'name', 'owner')) as Row[];
	const located = customers.filter((c) => places.has(String(c['id']))).slice(0, 4);
	const picked = [...located, ...customers.filter((c) => !places.has(String(c['id']))).slice(0, 1)];
	if (located.length < 2) return;
	assertVisitPlanValid({ caller: { admin: true, userId: null }, rep: { id: String(rep['id']), name: String(rep['name']), userId: null, teamManagerId: null }, day, status: 'planned', clashingPlanId: null, stops: picked.map((c) => ({ customerId: String(c['id']), customerName: String(c['name']), ownerRepId: String(c['owner']) })) });
	const planId = randomUUID();
	const stops = picked.map((c) => ({ id: randomUUID(), customer: String(c['id']) }));
	const route = orderRoute(null, stops.map((s) => ({ id: s.id, point: places.get(s.customer) ?? null })));
	const now = new Date();
	await trx('crm_visit_plans').insert({ id: planId, rep: rep['id'], day: dayForDriver(trx, day), status: 'planned', slot: `${String(rep['id'])}|${day}`, total_distance_m: route.afterMetres, route_explanation: route.explanation, notes: 'Demo day, ordered by distance.', date_created: now });
	const legs = new Map(route.legs.map((l, i) => [l.stop, { sort: i + 1, metres: l.metres }]));
	await trx('crm_visit_plan_stops').insert(stops.map((s, i) => ({ id: s.id, plan: planId, customer: s.customer, sort: legs.get(s.id)!.sort, distance_m: legs.get(s.id)!.metres, planned_time: `${String(9 + i * 2).padStart(2, '0')}:00:00`, done: false })));
}

/** Every rep a target: each team's reps by the team's, a rep without a team by their own; the first rep a stretch of their own. */
async function setTargets(trx: Knex, reps: Row[], from: string): Promise<void> {
	const teams = (await trx('crm_teams').select('id')) as Row[];
	const rows = [
		...teams.map((t) => ({ id: randomUUID(), team: t['id'], rep: null, calls: 15, visits: 5, proposals: 3 })),
		...reps.filter((r, i) => i === 0 || !r['team']).map((r, i) => ({ id: randomUUID(), team: null, rep: r['id'], calls: i === 0 ? 20 : 10, visits: i === 0 ? 6 : 4, proposals: i === 0 ? 4 : 2 })),
	];
	for (const r of rows) assertActivityTargetValid({ id: r.id, repId: r.rep as string | null, teamId: r.team as string | null, calls: r.calls, visits: r.visits, proposals: r.proposals, validFrom: from, validTo: null });
	if (rows.length > 0) await trx('crm_activity_targets').insert(rows.map((r) => ({ ...r, valid_from: dayForDriver(trx, from), notes: 'Demo target.', date_created: new Date() })));
}

/**
 * S6.2 demo: coordinates for customers in known cities, the next working day planned for the first three reps
 * (ordered by the CRM's route ordering), and activity targets for every rep (by team, or their own).
 */
export async function seedDemoVisits(trx: Knex, now: Date): Promise<void> {
	const places = await placeCustomers(trx);
	const reps = (await trx('crm_sales_reps').where('active', true).orderBy('name').select('id', 'name', 'team')) as Row[];
	const today = now.toISOString().slice(0, 10);
	for (const rep of reps.slice(0, 3)) await planDay(trx, rep, nextWorkingDay(today), places);
	await setTargets(trx, reps, `${today.slice(0, 4)}-01-01`);
}

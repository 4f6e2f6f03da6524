import { createItem, createUser, readItems } from '@directus/sdk';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { SALES_MANAGER, SALES_REP } from '../../scripts/access/define-access.ts';
import { type Client, http, loginAs, loginAsAdmin } from '../support/clients.ts';

type Row = Record<string, any>;
const uid = () => Math.random().toString(36).slice(2, 8).toUpperCase();
const codeOf = (answer: { json: any }) => answer.json?.errors?.[0]?.extensions?.code;
const fieldOf = (answer: { json: any }) => answer.json?.errors?.[0]?.extensions?.field;

/** Latitude and longitude in millionths of a degree, as stored. */
const CITY = {
	Frankfurt: [50110924, 8682127],
	Berlin: [52520008, 13404954],
	Cologne: [50937531, 6960279],
	Munich: [48137154, 11576124],
	Hamburg: [53551086, 9993682],
	Leipzig: [51339695, 12373075],
} as const;

/*
 * Visit plans and activity targets (S6.2) on a team of the test's own: Pat manages it; Sam and Ada are its reps
 * (both log in), Tom is a rep of the team without a login. Sam's customers sit in Berlin, Cologne, Munich and
 * Hamburg, one has no coordinates; Tom's customer is in Leipzig. Haversine distances (mean radius 6,371,008.8 m):
 *   Frankfurt→Berlin 423,523  Berlin→Cologne 477,258  Cologne→Munich 455,804  Munich→Hamburg 612,128  = 1,968,713
 *   Frankfurt→Cologne 152,520  Cologne→Hamburg 356,454  Hamburg→Berlin 255,248  Berlin→Munich 504,302 = 1,268,524
 */
describe.each(inject('instances'))('visit plans and activity targets (S6.2) on $name', (instance) => {
	let admin: Client;
	let adminToken: string;
	let samToken: string;
	let adaToken: string;
	let patToken: string;
	let monaToken: string;
	let team: Row;
	let sam: Row;
	let ada: Row;
	let tom: Row;
	const customers: Record<string, Row> = {};
	const call = (method: string, path: string, token: string, body?: unknown) => http(instance, token, method, path, body);
	const countPlans = async (rep: Row) => ((await admin.request(readItems('crm_visit_plans', { filter: { rep: { _eq: rep['id'] } }, fields: ['id'], limit: -1 }))) as Row[]).length;

	async function people(): Promise<void> {
		const u = uid().toLowerCase();
		const password = instance.demoPassword;
		const pat = (await admin.request(createUser({ email: `pat.v${u}@example.com`, password, role: SALES_MANAGER.id, first_name: 'Pat' }))) as Row;
		const samUser = (await admin.request(createUser({ email: `sam.v${u}@example.com`, password, role: SALES_REP.id, first_name: 'Sam' }))) as Row;
		const adaUser = (await admin.request(createUser({ email: `ada.v${u}@example.com`, password, role: SALES_REP.id, first_name: 'Ada' }))) as Row;
		team = (await admin.request(createItem('crm_teams', { name: `Visits ${u}`, manager: pat['id'] }))) as Row;
		sam = (await admin.request(createItem('crm_sales_reps', { name: `Sam Visitor ${u}`, user: samUser['id'], team: team['id'] }))) as Row;
		ada = (await admin.request(createItem('crm_sales_reps', { name: `Ada Caller ${u}`, user: adaUser['id'], team: team['id'] }))) as Row;
		tom = (await admin.request(createItem('crm_sales_reps', { name: `Tom Teammate ${u}`, team: team['id'] }))) as Row;
		samToken = (await (await loginAs(instance, `sam.v${u}@example.com`)).getToken())!;
		adaToken = (await (await loginAs(instance, `ada.v${u}@example.com`)).getToken())!;
		patToken = (await (await loginAs(instance, `pat.v${u}@example.com`)).getToken())!;
		monaToken = (await (await loginAs(instance, 'manager@example.com')).getToken())!;
	}

	async function places(): Promise<void> {
		const u = uid();
		for (const city of ['Berlin', 'Cologne', 'Munich', 'Hamburg'] as const) {
			const [latitude, longitude] = CITY[city];
			customers[city] = (await admin.request(createItem('crm_customers', { name: `${city} ${u}`, status: 'active', city, latitude_e6: latitude, longitude_e6: longitude, owner: sam['id'] }))) as Row;
		}
		customers['Nowhere'] = (await admin.request(createItem('crm_customers', { name: `Nowhere ${u}`, status: 'active', owner: sam['id'] }))) as Row;
		const [latitude, longitude] = CITY.Leipzig;
		customers['Leipzig'] = (await admin.request(createItem('crm_customers', { name: `Leipzig ${u}`, status: 'active', latitude_e6: latitude, longitude_e6: longitude, owner: tom['id'] }))) as Row;
	}

	beforeAll(async () => {
		admin = await loginAsAdmin(instance);
		adminToken = (await admin.getToken())!;
		await people();
		await places();
	}, 240_000);

	const stops = (...names: string[]) => names.map((n, i) => ({ customer: customers[n]!['id'], sort: i + 1 }));

	test('a rep orders their day by distance: stored sort, leg distances and total, before and after', async () => {
		const [lat, lon] = CITY.Frankfurt;
		const created = await call('POST', '/items/crm_visit_plans', samToken, { rep: sam['id'], day: '2027-03-01', status: 'planned', start_latitude_e6: lat, start_longitude_e6: lon, stops: stops('Berlin', 'Nowhere', 'Cologne', 'Munich', 'Hamburg') });
		expect(created.status, JSON.stringify(created.json)).toBe(200);
		const ordered = await call('POST', `/crm/visit-plans/${created.json.data.id}/order`, samToken);
		expect(ordered.status, JSON.stringify(ordered.json)).toBe(200);
		const data = ordered.json.data;
		expect([data.before.total_distance_m, data.after.total_distance_m, data.saved_m, data.unlocated]).toEqual([1_968_713, 1_268_524, 700_189, 1]);
		expect(data.after.stops.map((s: Row) => [s.sort, s.customer.name.split(' ')[0], s.distance_m])).toEqual([[1, 'Cologne', 152_520], [2, 'Hamburg', 356_454], [3, 'Berlin', 255_248], [4, 'Munich', 504_302], [5, 'Nowhere', null]]);
		expect(data.explanation).toBe('Ordered by distance: 1268.5 km instead of 1968.7 km. 1 stop has no coordinates and stays at the end.');
		const stored = (await admin.request(readItems('crm_visit_plans', { filter: { id: { _eq: data.plan } }, fields: ['total_distance_m', 'route_explanation', 'slot', 'stops.sort', 'stops.distance_m', 'stops.customer.city'], deep: { stops: { _sort: ['sort'] } } })))[0] as Row;
		expect(stored['total_distance_m']).toBe(1_268_524);
		expect(stored['route_explanation']).toBe(data.explanation);
		expect(stored['slot']).toBe(`${sam['id']}|2027-03-01`);
		expect(stored['stops'].map((s: Row) => [s.sort, s.customer.city, s.distance_m])).toEqual([[1, 'Cologne', 152_520], [2, 'Hamburg', 356_454], [3, 'Berlin', 255_248], [4, 'Munich', 504_302], [5, null, null]]);
		// Ordering again finds nothing shorter and says so.
		expect((await call('POST', `/crm/visit-plans/${data.plan}/order`, patToken)).json.data.explanation).toBe('Already in the shortest order found: 1268.5 km. 1 stop has no coordinates and stays at the end.');
	});

	test('without a start point the first stop stays first', async () => {
		const created = await call('POST', '/items/crm_visit_plans', patToken, { rep: sam['id'], day: '2027-03-02', stops: stops('Munich', 'Hamburg', 'Cologne', 'Berlin') });
		expect(created.status, JSON.stringify(created.json)).toBe(200);
		const data = (await call('POST', `/crm/visit-plans/${created.json.data.id}/order`, patToken)).json.data;
		// Munich→Hamburg 612,128 + Hamburg→Cologne 356,454 + Cologne→Berlin 477,258 = 1,445,840; Munich→Cologne 455,804 + Cologne→Hamburg 356,454 + Hamburg→Berlin 255,248 = 1,067,506.
		expect([data.before.total_distance_m, data.after.total_distance_m]).toEqual([1_445_840, 1_067_506]);
		expect(data.after.stops.map((s: Row) => s.customer.name.split(' ')[0])).toEqual(['Munich', 'Cologne', 'Hamburg', 'Berlin']);
	});

	test.each([
		['a second plan of the rep on the same day', () => ({ rep: sam['id'], day: '2027-03-01' }), 400, 'CRM_VISIT_PLAN_INVALID', 'day'],
		['a customer twice in one plan', () => ({ rep: sam['id'], day: '2027-04-01', stops: stops('Berlin', 'Berlin') }), 400, 'CRM_VISIT_PLAN_INVALID', 'customer'],
		['another rep\'s customer', () => ({ rep: sam['id'], day: '2027-04-02', stops: stops('Berlin', 'Leipzig') }), 403, 'CRM_VISIT_PLAN_FORBIDDEN', 'customer'],
		['a plan for another rep', () => ({ rep: tom['id'], day: '2027-04-03' }), 403, 'CRM_VISIT_PLAN_FORBIDDEN', 'rep'],
		['a start latitude without a longitude', () => ({ rep: sam['id'], day: '2027-04-04', start_latitude_e6: 50100000 }), 400, 'CRM_COORDINATES_INVALID', 'start_longitude_e6'],
		['a day that does not exist', () => ({ rep: sam['id'], day: '2027-02-30' }), 400, undefined, 'day'],
	])('a rep is refused %s, and nothing is stored', async (_, body, status, code, field) => {
		const before = await countPlans(sam);
		const answer = await call('POST', '/items/crm_visit_plans', samToken, body());
		expect(answer.status, JSON.stringify(answer.json)).toBe(status);
		if (code) expect(codeOf(answer)).toBe(code);
		if (code) expect(fieldOf(answer)).toBe(field);
		expect(await countPlans(sam)).toBe(before);
	});

	test('a manager plans another of the team\'s customers for a rep; another manager cannot order or read the plan', async () => {
		const created = await call('POST', '/items/crm_visit_plans', patToken, { rep: sam['id'], day: '2027-04-05', stops: stops('Berlin', 'Leipzig') });
		expect(created.status, JSON.stringify(created.json)).toBe(200);
		const id = created.json.data.id;
		expect((await call('POST', `/crm/visit-plans/${id}/order`, monaToken)).status).toBe(404);
		expect((await call('GET', `/items/crm_visit_plans/${id}`, monaToken)).status).toBe(403);
		expect((await call('POST', `/crm/visit-plans/${id}/order`, adaToken)).status).toBe(404);
		expect((await call('GET', `/items/crm_visit_plans/${id}`, samToken)).status).toBe(200);
		expect((await call('POST', '/crm/visit-plans/not-a-plan/order', samToken)).status).toBe(404);
	});

	test.each([
		['a latitude beyond 90°', { latitude_e6: 90000001, longitude_e6: 10000000 }, 'latitude_e6'],
		['a latitude alone', { latitude_e6: 48100000 }, 'longitude_e6'],
		['degrees sent as a decimal', { latitude_e6: '48.1', longitude_e6: 10000000 }, 'latitude_e6'],
	])('a customer with %s is refused with a code, and keeps its coordinates', async (_, change, field) => {
		const answer = await call('PATCH', `/items/crm_customers/${customers['Nowhere']!['id']}`, samToken, change);
		expect(answer.status, JSON.stringify(answer.json)).toBe(400);
		expect(fieldOf(answer)).toBe(field);
		const stored = (await admin.request(readItems('crm_customers', { filter: { id: { _eq: customers['Nowhere']!['id'] } }, fields: ['latitude_e6', 'longitude_e6'] })))[0] as Row;
		expect([stored['latitude_e6'], stored['longitude_e6']]).toEqual([null, null]);
	});

	test('marking a stop done logs one visit in the contact history, by the plan\'s rep, with the outcome', async () => {
		const created = await call('POST', '/items/crm_visit_plans', samToken, { rep: sam['id'], day: '2026-12-07', stops: stops('Hamburg') });
		const stop = created.json.data.stops[0];
		const done = await call('PATCH', `/items/crm_visit_plan_stops/${stop}`, samToken, { done: true, outcome: 'Agreed a trial order.' });
		expect(done.status, JSON.stringify(done.json)).toBe(200);
		expect((await call('PATCH', `/items/crm_visit_plan_stops/${stop}`, samToken, { outcome: 'Agreed a trial order of 20.' })).status).toBe(200);
		const visits = (await admin.request(readItems('crm_interactions', { filter: { customer: { _eq: customers['Hamburg']!['id'] }, type: { _neq: 'system' } }, fields: ['id', 'type', 'rep', 'outcome', 'related_collection'], limit: -1 }))) as Row[];
		expect(visits.map((v) => [v['type'], v['rep'], v['outcome'], v['related_collection']])).toEqual([['visit', sam['id'], 'Agreed a trial order.', 'crm_visit_plans']]);
		expect(done.json.data.interaction ?? (await call('GET', `/items/crm_visit_plan_stops/${stop}`, samToken)).json.data.interaction).toBe(visits[0]!['id']);
		const refused = await call('PATCH', `/items/crm_visit_plan_stops/${stop}`, adminToken, { interaction: null });
		expect(codeOf(refused)).toBe('CRM_READONLY_FIELD');
	});

	test('activity against target for the week equals the hand count; rep, manager and outsider see what is theirs', async () => {
		const now = new Date(Date.now() - 60_000).toISOString();
		const monday = new Date(Date.now() - 60_000).toISOString().slice(0, 10);
		const at = (type: string, rep: Row, customer: string) => admin.request(createItem('crm_interactions', { type, direction: 'outbound', occurred_at: now, customer: customers[customer]!['id'], rep: rep['id'], subject: `${type} ${uid()}` }));
		// Ada: 3 calls, 1 visit, 1 e-mail (not counted), 2 proposals; Tom: 1 call.
		for (const type of ['call', 'call', 'call', 'visit', 'email']) await at(type, ada, 'Berlin');
		await at('call', tom, 'Leipzig');
		for (let i = 0; i < 2; i++) await admin.request(createItem('crm_quotes', { customer: customers['Berlin']!['id'], owner: ada['id'] }));
		const own = await call('POST', '/items/crm_activity_targets', patToken, { rep: ada['id'], calls: 10, visits: 4, proposals: 2, valid_from: '2026-01-01' });
		expect(own.status, JSON.stringify(own.json)).toBe(200);
		expect((await call('POST', '/items/crm_activity_targets', patToken, { team: team['id'], calls: 5, visits: 2, proposals: 1, valid_from: '2026-01-01' })).status).toBe(200);
		const answer = await call('GET', `/crm/activity-targets?week=${monday}&team=${team['id']}`, patToken);
		expect(answer.status, JSON.stringify(answer.json)).toBe(200);
		const row = (rep: Row) => answer.json.data.reps.find((r: Row) => r.id === rep['id']);
		expect(row(ada)).toMatchObject({ calls: { target: 10, actual: 3, attainment_bp: 3000 }, visits: { target: 4, actual: 1, attainment_bp: 2500 }, proposals: { target: 2, actual: 2, attainment_bp: 10000 }, target: own.json.data.id });
		expect(row(tom)).toMatchObject({ calls: { target: 5, actual: 1, attainment_bp: 2000 }, proposals: { target: 1, actual: 0, attainment_bp: 0 } });
		const teamRow = answer.json.data.teams[0];
		expect(teamRow.calls.actual).toBe(answer.json.data.reps.reduce((n: number, r: Row) => n + r.calls.actual, 0));
		expect(teamRow.calls.target).toBe(20);
		// Ada sees herself only; another manager sees nobody of the team; a rep does not set targets.
		expect((await call('GET', `/crm/activity-targets?week=${monday}`, adaToken)).json.data.reps.map((r: Row) => r.id)).toEqual([ada['id']]);
		expect((await call('GET', `/crm/activity-targets?week=${monday}&team=${team['id']}`, monaToken)).json.data.reps).toEqual([]);
		expect((await call('POST', '/items/crm_activity_targets', adaToken, { rep: ada['id'], calls: 1, valid_from: '2026-01-01' })).status).toBe(403);
	});

	test.each([
		['a week that is not a day', '/crm/activity-targets?week=2026-W50', 'CRM_INVALID_QUERY'],
		['a rep that is not an id', '/crm/activity-targets?rep=ada', 'CRM_INVALID_QUERY'],
	])('refuses %s', async (_, path, code) => {
		const answer = await call('GET', path, patToken);
		expect(answer.status).toBe(400);
		expect(codeOf(answer)).toBe(code);
	});

	test.each([
		['a target for a rep and a team at once', () => ({ rep: ada['id'], team: team['id'], calls: 1, valid_from: '2026-01-01' }), 400, 'CRM_ACTIVITY_TARGET_INVALID'],
		['a target that ends before it starts', () => ({ rep: ada['id'], calls: 1, valid_from: '2026-02-01', valid_to: '2026-01-31' }), 400, 'CRM_ACTIVITY_TARGET_INVALID'],
		['negative calls', () => ({ rep: ada['id'], calls: -1, valid_from: '2026-01-01' }), 400, undefined],
		['a target for another manager\'s rep', () => ({ rep: ada['id'], calls: 1, valid_from: '2026-01-01' }), 403, 'CRM_ACTIVITY_TARGET_FORBIDDEN'],
	])('refuses %s, and stores nothing', async (name, body, status, code) => {
		const token = name.includes('another manager') ? monaToken : patToken;
		const count = async () => ((await admin.request(readItems('crm_activity_targets', { filter: { rep: { _eq: ada['id'] } }, fields: ['id'], limit: -1 }))) as Row[]).length;
		const before = await count();
		const answer = await call('POST', '/items/crm_activity_targets', token, body());
		expect(answer.status, JSON.stringify(answer.json)).toBe(status);
		if (code) expect(codeOf(answer)).toBe(code);
		expect(await count()).toBe(before);
	});
});

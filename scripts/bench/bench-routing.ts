// npm run bench:routing — classification and routing of service requests.
// 1. Engine, in-process: 10,000 generated requests classified against 60 rules and assigned over 200
//    specialists (skills at levels, capacities, teams, some absent, unavailable or switched off), with
//    the full explanation; the chosen specialist's load grows with each assignment and some requests
//    close as the run goes on. Requests per second, median of 5 runs.
// 2. Intake, Directus on PostgreSQL with the CRM and its demo data: 20 concurrent clients POST
//    /crm/service/requests with an Idempotency-Key, 1,000 requests after a warm-up; p50 / p99 latency.
// BENCH_PART=engine stops after part 1 (no Directus, seconds instead of minutes).
// 3. The yardstick: a plain Directus (CRM schema, no extensions) storing the same request rows via POST /items;
//    the Directus process's CPU per request (from /proc) of intake against it.
// Ends with: BENCH routing engine_rps=… intake_p50_ms=… intake_p99_ms=… intake_cpu_ms=… plain_create_cpu_ms=… cpu_ratio=… decision_bytes=…
import { randomUUID } from 'node:crypto';
import {
	assignRequest,
	type AssignmentResult,
	type CandidateOutcome,
	classifyRequest,
	type ClassificationRequest,
	type ClassificationRule,
	type ClassificationRuleSet,
	compileClassificationRules,
	indexSpecialists,
	type ServicePriority,
	type Specialist,
} from '../../packages/crm-core/src/index.ts';
import { AdminClient } from '../lib/admin-client.ts';
import { createBenchInstanceEnv } from '../lib/bench-instance.ts';
import { SNAPSHOT_PATH } from '../lib/paths.ts';
import { processCpuMs } from '../lib/process-cpu.ts';
import { runDirectusCli, type RunningDirectus, startDirectus } from '../lib/directus-process.ts';
import { buildExtensions } from '../lib/extensions-build.ts';
import { prepareInstance } from '../lib/prepare-instance.ts';
import { createBenchCleanup } from '../lib/bench-cleanup.ts';
import { type BenchRng, createBenchRng } from '../lib/bench-rng.ts';
import { median, ms, percentile } from '../lib/bench-stats.ts';

const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 10_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const SPECIALISTS = 200;
const SKILLS = 24;
const TEAMS = 8;
const RULES = 60;
const PRODUCT_GROUPS = 30;
const CATEGORIES = 12;
/** Share of open assignments closed after each new one: loads grow, but not everyone is full after a thousand requests. */
const CLOSE_RATE = 0.8;
const START = Date.parse('2026-06-15T08:00:00Z'); // a Monday morning
const STEP_MS = 3_000;

const INTAKE_REQUESTS = Number(process.env['BENCH_INTAKE_REQUESTS'] ?? 1000);
const INTAKE_WARMUP = Number(process.env['BENCH_INTAKE_WARMUP'] ?? 40);
const CLIENTS = Number(process.env['BENCH_CLIENTS'] ?? 20);
const INTAKE_PATH = '/crm/service/requests';

const PRIORITIES: readonly ServicePriority[] = ['low', 'normal', 'high', 'urgent'];
const CHANNELS = ['email', 'phone', 'portal', 'api', 'chat'];
const CUSTOMER_STATUSES = ['prospect', 'active', 'key', 'inactive'];
const KEYWORDS = [
	'refund', 'invoice', 'overcharged', 'password reset', 'login', 'outage', 'down', 'crash', 'slow', 'timeout', 'certificate', 'vpn', 'printer', 'delivery', 'damaged',
	'missing parts', 'warranty', 'installation', 'upgrade', 'licence', 'export', 'import', 'backup', 'restore', 'database', 'api key', 'webhook', 'sso', 'gdpr', 'cancel',
];
const FILLER = ['the', 'our', 'since', 'yesterday', 'after', 'update', 'customer', 'order', 'please', 'help', 'urgent', 'again', 'system', 'account', 'team', 'report', 'when', 'we', 'try', 'to', 'open', 'page', 'error', 'message', 'shows'];

const iso = (t: number) => new Date(t).toISOString();

type Rng = BenchRng;
const createRng = createBenchRng;

const code = (prefix: string, i: number) => `${prefix}-${String(i + 1).padStart(3, '0')}`;

interface GeneratedRequest {
	classification: ClassificationRequest;
	/** The team of the request's category (half of the categories belong to a team), else null. */
	teamId: string | null;
	customerId: string;
}

interface World {
	skills: string[];
	teams: string[];
	rules: ClassificationRule[];
	specialists: Specialist[];
	requests: GeneratedRequest[];
}

function text(rng: Rng, words: number, keywords: readonly string[]): string {
	const out = Array.from({ length: words }, () => rng.pick(FILLER));
	for (const keyword of keywords) out.splice(rng.int(0, out.length), 0, keyword);
	return out.join(' ');
}

function generateWorld(seed: number): World {
	const rng = createRng(seed);
	const skills = Array.from({ length: SKILLS }, (_, i) => code('SK', i));
	const teams = Array.from({ length: TEAMS }, (_, i) => code('TEAM', i));
	const productGroups = Array.from({ length: PRODUCT_GROUPS }, (_, i) => code('PG', i));
	const categories = Array.from({ length: CATEGORIES }, (_, i) => code('CAT', i));
	const types = ['incident', 'question', 'complaint', 'change'];
	const teamOfCategory = new Map(categories.map((c, i) => [c, i % 2 === 0 ? teams[(i / 2) % TEAMS]! : null]));

	// Rules: mostly keywords, the others on product groups; some also per channel, customer status or
	// category. About half ask for a skill (sometimes two) at levels 1–4; some set the priority, type or category.
	const rules: ClassificationRule[] = Array.from({ length: RULES }, (_, i) => {
		const match: ClassificationRule['match'] = {};
		if (rng.chance(0.85)) match.keywordsAny = rng.sample(KEYWORDS, rng.chance(0.75) ? 1 : 2);
		else match.productGroupIds = rng.sample(productGroups, rng.int(1, 3));
		if (rng.chance(0.15)) match.channels = rng.sample(CHANNELS, rng.int(1, 3));
		if (rng.chance(0.1)) match.customerStatuses = ['key'];
		if (rng.chance(0.1)) match.categoryIds = rng.sample(categories, rng.int(1, 3));
		const set: ClassificationRule['set'] = {};
		if (rng.chance(0.3)) set.priority = rng.pick(PRIORITIES);
		if (rng.chance(0.2)) set.typeId = rng.pick(types);
		if (rng.chance(0.15)) set.categoryId = rng.pick(categories);
		if (rng.chance(0.55)) set.requiredSkills = rng.sample(skills, rng.chance(0.8) ? 1 : 2).map((skillId) => ({ skillId, minLevel: rng.pick([1, 1, 2, 2, 3, 4]) }));
		return { id: `rule-${i + 1}`, code: code('CR', i), name: `Bench rule ${i + 1}`, priority: rng.int(1, 100), active: rng.chance(0.95), match, set };
	});

	// Specialists: one or two teams, 3–8 skills at levels 1–5, capacity 8–30 units, an initial load;
	// ~8 % absent for a while (they come back during the run), ~10 % not working now, ~3 % switched off.
	const specialists: Specialist[] = Array.from({ length: SPECIALISTS }, (_, i) => {
		const capacity = rng.int(8, 30);
		const load = PRIORITIES.map((priority) => ({ priority, count: rng.chance(0.5) ? rng.int(0, 2) : 0 })).filter((l) => l.count > 0);
		return {
			id: `spec-${String(i + 1).padStart(4, '0')}`,
			name: `Specialist ${i + 1}`,
			teamIds: rng.sample(teams, rng.int(1, 2)),
			skills: rng.sample(skills, rng.int(3, 8)).map((skillId) => ({ skillId, level: rng.int(1, 5) })),
			available: !rng.chance(0.1),
			absentUntil: rng.chance(0.08) ? iso(START + rng.int(1, REQUESTS) * STEP_MS) : null,
			capacity,
			load,
			lastAssignedAt: rng.chance(0.7) ? iso(START - rng.int(60, 86_400) * 1000) : null,
			active: !rng.chance(0.03),
		};
	});

	const customerIds = Array.from({ length: 500 }, (_, i) => `cust-${i + 1}`);
	const requests: GeneratedRequest[] = Array.from({ length: REQUESTS }, () => {
		const roll = rng.next();
		const keywords = roll < 0.15 ? [] : rng.sample(KEYWORDS, roll < 0.9 ? 1 : 2);
		const categoryId = rng.chance(0.4) ? rng.pick(categories) : null;
		const classification: ClassificationRequest = {
			subject: text(rng, rng.int(3, 7), keywords.slice(0, 1)),
			description: rng.chance(0.9) ? text(rng, rng.int(15, 60), keywords.slice(1)) : null,
			channel: rng.pick(CHANNELS),
			productId: rng.chance(0.3) ? `prod-${rng.int(1, 300)}` : null,
			productGroupIds: rng.chance(0.5) ? rng.sample(productGroups, rng.int(1, 2)) : [],
			categoryId,
			customerStatus: rng.pick(CUSTOMER_STATUSES),
			priority: rng.chance(0.2) ? rng.pick(PRIORITIES) : null,
		};
		return { classification, teamId: categoryId === null ? null : teamOfCategory.get(categoryId)!, customerId: rng.pick(customerIds) };
	});

	return { skills, teams, rules, specialists, requests };
}

// ---------------------------------------------------------------------------------------------------
// Part 1: the engine.

interface RunStats {
	ms: number;
	assigned: number;
	queued: number;
	/** A digest of who got what, to check that every run decides the same. */
	digest: string;
	outcomes: Record<CandidateOutcome, number>;
	candidates: number;
	explanationChars: number;
	requiredSkills: number;
}

function runEngine(world: World, ruleSet: ClassificationRuleSet, count: number, seed: number): RunStats {
	const rng = createRng(seed);
	const index = indexSpecialists(world.specialists);
	const open: { specialistId: string; priority: ServicePriority }[] = [];
	const outcomes = {} as Record<CandidateOutcome, number>;
	let assigned = 0;
	let queued = 0;
	let hash = 0;
	let candidates = 0;
	let explanationChars = 0;
	let requiredSkills = 0;
	let last: AssignmentResult | null = null;

	const started = performance.now();
	for (let i = 0; i < count; i++) {
		const generated = world.requests[i % world.requests.length]!;
		const now = iso(START + i * STEP_MS);
		const classified = classifyRequest(generated.classification, ruleSet);
		const result = assignRequest({
			request: { id: `req-${i + 1}`, priority: classified.priority, requiredSkills: classified.requiredSkills, teamId: generated.teamId, customerId: generated.customerId },
			specialists: index,
			now,
			explain: 'full',
		});
		requiredSkills += classified.requiredSkills.length;
		candidates += result.explanation.candidates.length;
		if (result.assignee === null) queued++;
		else {
			assigned++;
			index.recordAssignment(result.assignee, classified.priority, now);
			open.push({ specialistId: result.assignee, priority: classified.priority });
		}
		// Some requests are closed as others arrive: take a random open one off its specialist's load.
		if (open.length > 0 && rng.chance(CLOSE_RATE)) {
			const j = rng.int(0, open.length - 1);
			const closed = open[j]!;
			open[j] = open[open.length - 1]!;
			open.pop();
			index.releaseAssignment(closed.specialistId, closed.priority);
		}
		for (let c = 0; c < (result.assignee ?? '').length; c++) hash = (Math.imul(hash, 31) + (result.assignee ?? '').charCodeAt(c)) | 0;
		hash = (Math.imul(hash, 31) + (result.assignee === null ? 7 : 13)) | 0;
		last = result;
		for (const [outcome, n] of Object.entries(result.explanation.counts) as [CandidateOutcome, number][]) outcomes[outcome] = (outcomes[outcome] ?? 0) + n;
	}
	const elapsed = performance.now() - started;

	// Measured outside the timed loop: how big one full explanation is once serialised for storage.
	if (last) explanationChars = JSON.stringify(last.explanation).length;
	return { ms: elapsed, assigned, queued, digest: (hash >>> 0).toString(16), outcomes, candidates, explanationChars, requiredSkills };
}

function benchEngine(world: World) {
	let started = performance.now();
	const ruleSet = compileClassificationRules(world.rules);
	const compileMs = performance.now() - started;
	started = performance.now();
	indexSpecialists(world.specialists);
	const indexMs = performance.now() - started;

	runEngine(world, ruleSet, Math.min(REQUESTS, 2000), 1); // warm-up, untimed
	const runs: RunStats[] = [];
	for (let r = 0; r < RUNS; r++) runs.push(runEngine(world, ruleSet, REQUESTS, 1));
	const digests = new Set(runs.map((r) => r.digest));
	if (digests.size !== 1) throw new Error(`the engine decided differently between runs of the same input: ${[...digests].join(', ')}`);

	const rps = runs.map((r) => REQUESTS / (r.ms / 1000));
	const first = runs[0]!;
	const totalOutcomes = Object.values(first.outcomes).reduce((a, b) => a + b, 0);
	console.log(`== engine: ${REQUESTS} requests, ${world.rules.length} classification rules (${world.rules.filter((r) => r.active).length} active), ${SPECIALISTS} specialists (${world.specialists.filter((s) => !s.active).length} switched off, ${world.specialists.filter((s) => !s.available).length} not working now, ${world.specialists.filter((s) => s.absentUntil).length} absent for a while), ${SKILLS} skills, ${TEAMS} teams; explain 'full'`);
	console.log(`compile rules ${ms(compileMs)} ms, index specialists ${ms(indexMs)} ms (once per run, not timed)`);
	console.log(`per run: ${first.assigned} assigned, ${first.queued} left in a queue; ${(first.requiredSkills / REQUESTS).toFixed(2)} required skills and ${(first.candidates / REQUESTS).toFixed(0)} explained candidates per request; last explanation ${first.explanationChars} chars as JSON; same decisions in every run (digest ${first.digest})`);
	console.log(`candidate outcomes: ${Object.entries(first.outcomes).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${((n / totalOutcomes) * 100).toFixed(1)} %`).join(', ')}`);
	console.log(`classify + assign + record, ${RUNS} runs after a warm-up (req/s): ${rps.map((x) => x.toFixed(0)).join(' ')}; median ${median(rps).toFixed(0)} (${ms(1000 / median(rps))} ms per request)`);
	return { rps: Math.round(median(rps)) };
}

// ---------------------------------------------------------------------------------------------------
// Part 2: intake through REST on PostgreSQL.

const { cleanups, cleanup } = createBenchCleanup();

class IntakeMissingError extends Error {}

async function benchIntake() {
	await buildExtensions();
	const { env, dir, remove } = await createBenchInstanceEnv('routing');
	cleanups.push(remove);
	// A long-lived token: the run may take longer than the default 15 minutes on a slow machine.
	env['ACCESS_TOKEN_TTL'] = '2h';
	await prepareInstance({ env, dataDir: dir, seedScale: 0.05 });
	const directus: RunningDirectus = await startDirectus(env);
	cleanups.push(() => directus.stop());

	const login = await fetch(`${directus.url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: env['ADMIN_EMAIL'], password: env['ADMIN_PASSWORD'] }) });
	if (!login.ok) throw new Error(`login → ${login.status}: ${await login.text()}`);
	const token = ((await login.json()) as { data: { access_token: string } }).data.access_token;
	const get = async <T>(path: string): Promise<T> => {
		const res = await fetch(directus.url + path, { headers: { authorization: `Bearer ${token}` } });
		if (!res.ok) throw new Error(`GET ${path} → ${res.status}: ${await res.text()}`);
		return ((await res.json()) as { data: T }).data;
	};

	const customers = (await get<{ id: string }[]>('/items/crm_customers?fields=id&sort=id&limit=200')).map((c) => c.id);
	if (customers.length === 0) throw new Error('the demo seed made no customers');
	// As in part 1, 200 specialists: the demo desk's few, plus a team working around the clock with
	// room to take the whole run, holding the demo skills at random levels.
	const send = async <T>(method: string, path: string, payload: unknown): Promise<T> => {
		const res = await fetch(directus.url + path, { method, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(payload) });
		if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${await res.text()}`);
		return ((await res.json()) as { data: T }).data;
	};
	const demoSpecialists = await get<{ id: string }[]>('/items/crm_service_specialists?fields=id&limit=-1');
	const skills = await get<{ id: string }[]>('/items/crm_service_skills?fields=id&limit=-1');
	const allDay = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [String(d), [{ from: '00:00', to: '24:00' }]]));
	const calendar = await send<{ id: string }>('POST', '/items/crm_service_calendars', { name: 'Bench around the clock', time_zone: 'UTC', weekly_hours: allDay, holidays: [] });
	const team = await send<{ id: string }>('POST', '/items/crm_service_teams', { code: 'BENCH', name: 'Bench desk', calendar: calendar.id });
	const skillRng = createRng(7);
	await send('POST', '/items/crm_service_specialists', Array.from({ length: 200 - demoSpecialists.length }, (_, i) => ({
		name: `Bench specialist ${i + 1}`,
		team: team.id,
		capacity: 1000,
		cost_rate: 5000,
		currency: 'EUR',
		calendar: calendar.id,
		skills: skillRng.sample(skills, skillRng.int(1, 3)).map((k) => ({ skill: k.id, level: skillRng.int(1, 5) })),
	})));
	const specialists = await get<{ id: string }[]>('/items/crm_service_specialists?fields=id&limit=-1');

	const rng = createRng(20260615);
	const body = () => {
		const keywords = rng.chance(0.85) ? rng.sample(KEYWORDS, rng.int(1, 2)) : [];
		return {
			customer: rng.pick(customers),
			subject: text(rng, rng.int(3, 7), keywords.slice(0, 1)),
			description: text(rng, rng.int(15, 60), keywords.slice(1)),
			channel: 'api',
			...(rng.chance(0.2) ? { priority: rng.pick(PRIORITIES) } : {}),
		};
	};
	const outcomes = { assigned: 0, queued: 0 };
	const post = async (): Promise<number> => {
		const payload = JSON.stringify(body());
		const started = performance.now();
		const res = await fetch(directus.url + INTAKE_PATH, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': randomUUID() }, body: payload });
		const text = await res.text();
		const elapsed = performance.now() - started;
		if (res.status === 404) throw new IntakeMissingError(`POST ${INTAKE_PATH} answered 404: the intake endpoint is not there (not written or not loaded yet). ${text.slice(0, 300)}`);
		if (res.status !== 201) throw new Error(`POST ${INTAKE_PATH} → ${res.status} (expected 201): ${text.slice(0, 500)}`);
		const data = (JSON.parse(text) as { data?: { id?: unknown; assignee?: unknown } }).data;
		if (!data?.id) throw new Error(`POST ${INTAKE_PATH} → 201 without data.id: ${text.slice(0, 500)}`);
		if (data.assignee) outcomes.assigned++;
		else outcomes.queued++;
		return elapsed;
	};
	const drive = async (total: number): Promise<{ latencies: number[]; seconds: number }> => {
		const latencies: number[] = [];
		let next = 0;
		const started = performance.now();
		await Promise.all(
			Array.from({ length: CLIENTS }, async () => {
				while (next < total) {
					next++;
					latencies.push(await post());
				}
			}),
		);
		return { latencies, seconds: (performance.now() - started) / 1000 };
	};

	await post(); // the first one alone: a 404 stops here, with one clear message
	await drive(INTAKE_WARMUP);
	outcomes.assigned = 0;
	outcomes.queued = 0;
	const cpuBefore = processCpuMs(directus.process.pid);
	const { latencies, seconds } = await drive(INTAKE_REQUESTS);
	const cpuAfter = processCpuMs(directus.process.pid);
	const cpuPerRequest = cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / INTAKE_REQUESTS;

	console.log(`== intake: POST ${INTAKE_PATH}, ${CLIENTS} concurrent clients, ${INTAKE_REQUESTS} requests after ${INTAKE_WARMUP + 1} warm-up, each with its own Idempotency-Key, PostgreSQL, demo seed 0.05 (${customers.length} customers, ${specialists.length} specialists)`);
	console.log(`result: ${outcomes.assigned} assigned, ${outcomes.queued} without an assignee; ${(INTAKE_REQUESTS / seconds).toFixed(1)} requests/s`);
	console.log(`latency: p50 ${ms(median(latencies))} ms, p90 ${ms(percentile(latencies, 90))} ms, p99 ${ms(percentile(latencies, 99))} ms, max ${ms(Math.max(...latencies))} ms`);
	console.log(`Directus CPU per intake: ${cpuPerRequest === null ? 'not measurable here (no /proc)' : `${ms(cpuPerRequest)} ms`}`);
	// What a decision stores: its explanation as JSON (the summary: chosen, runners-up, counts).
	const stored = await get<{ explanation: unknown }[]>('/items/crm_service_routing_decisions?fields=explanation&sort=-date_created&limit=200');
	const decisionBytes = median(stored.map((d) => Buffer.byteLength(JSON.stringify(d.explanation ?? null))));
	console.log(`stored explanation per decision: median ${decisionBytes} bytes of JSON over the last ${stored.length} decisions`);
	return { p50: median(latencies), p99: percentile(latencies, 99), cpuMs: cpuPerRequest, decisionBytes };
}

/**
 * The yardstick of intake's CPU: a plain Directus (the CRM's schema, none of its extensions) storing the same
 * request rows, with what intake computes supplied by the client, through POST /items at the same concurrency.
 */
async function benchPlainRequestCreate(): Promise<number | null> {
	const { env, remove } = await createBenchInstanceEnv('routing-plain', false);
	cleanups.push(remove);
	await runDirectusCli(['bootstrap'], env);
	await runDirectusCli(['schema', 'apply', '--yes', SNAPSHOT_PATH], env);
	const directus = await startDirectus(env);
	cleanups.push(() => directus.stop());
	const api = await AdminClient.login(directus.url, env['ADMIN_EMAIL']!, env['ADMIN_PASSWORD']!);
	const customer = (await api.request<{ id: string }>('POST', '/items/crm_customers', { name: 'Bench customer', currency: 'EUR', status: 'active' }))['id'];
	const rng = createRng(20260615);
	let n = 0;
	const create = () => api.request('POST', '/items/crm_service_requests', { customer, number: `SR-2026-${String(++n).padStart(6, '0')}`, subject: text(rng, rng.int(3, 7), []), description: text(rng, rng.int(15, 60), []), channel: 'api', priority: 'normal', status: 'new' });
	const drive = async (total: number) => {
		let next = 0;
		await Promise.all(Array.from({ length: CLIENTS }, async () => { while (next < total) { next++; await create(); } }));
	};
	await drive(INTAKE_WARMUP);
	const before = processCpuMs(directus.process.pid);
	await drive(INTAKE_REQUESTS);
	const after = processCpuMs(directus.process.pid);
	const perCreate = before === null || after === null ? null : (after - before) / INTAKE_REQUESTS;
	console.log(`== plain create of a request row (no CRM extensions), ${CLIENTS} clients, ${INTAKE_REQUESTS} rows: Directus CPU per create ${perCreate === null ? 'not measurable here' : `${ms(perCreate)} ms`}`);
	return perCreate;
}

// ---------------------------------------------------------------------------------------------------

let exitCode = 0;
try {
	const world = generateWorld(20260615);
	const engine = benchEngine(world);
	if (process.env['BENCH_PART'] === 'engine') {
		console.log(`BENCH routing engine_rps=${engine.rps}`);
	} else {
		const intake = await benchIntake();
		const plain = await benchPlainRequestCreate();
		const cpuRatio = intake.cpuMs === null || plain === null || plain === 0 ? 'n/a' : (intake.cpuMs / plain).toFixed(2);
		console.log(`BENCH routing engine_rps=${engine.rps} intake_p50_ms=${ms(intake.p50)} intake_p99_ms=${ms(intake.p99)} intake_cpu_ms=${intake.cpuMs === null ? 'n/a' : ms(intake.cpuMs)} plain_create_cpu_ms=${plain === null ? 'n/a' : ms(plain)} cpu_ratio=${cpuRatio} decision_bytes=${intake.decisionBytes}`);
	}
} catch (error) {
	console.error(error instanceof IntakeMissingError ? `bench:routing: ${error.message}` : error);
	exitCode = 1;
} finally {
	await cleanup();
}
process.exit(exitCode);

// The contact history: calls, e-mails, meetings, visits, chats, letters and a few system entries, more with
// customers who buy more, on working days while the customer is active (and a little after it fell silent),
// by the customer's rep or a colleague of the team, with a contact of the customer most of the time. Written
// in the order they happened, as a CRM's table fills up.
import { DIRECTIONS } from '../seed/demo-interaction-texts.ts';
import type { Rng } from '../seed/random.ts';
import { OUTCOMES, SUBJECTS } from './scale-world.ts';
import type { Customer } from './scale-customers.ts';
import { businessMoment } from './scale-documents.ts';
import { DAY, iso, searchCumulative, type Structure, ymd } from './scale-structure.ts';

type Row = Record<string, unknown>;

const TYPES = [['call', 34], ['email', 33], ['meeting', 14], ['visit', 7], ['chat', 4], ['letter', 3], ['system', 5]] as const;

/** Interaction rows in batches of `batch`, `count` in all, oldest first. */
export function* generateInteractions(rng: Rng, nowMs: number, s: Structure, customers: readonly Customer[], ordersOf: readonly number[], count: number, batch: number): Generator<Row[]> {
	const cumulative = new Float64Array(customers.length);
	let total = 0;
	customers.forEach((c, i) => (cumulative[i] = total += c.habit === 'prospect' ? 6 : 4 + 2 * ordersOf[i]!));
	// Who and when first (typed arrays: 12 bytes an interaction), then the rows in time order.
	const who = new Int32Array(count);
	const when = new Float64Array(count);
	for (let n = 0; n < count; n++) {
		const i = searchCumulative(cumulative, rng.float() * total);
		const c = customers[i]!;
		const until = Math.min(nowMs, c.activeUntil + 45 * DAY);
		const from = Math.max(c.activeFrom - 30 * DAY, nowMs - 730 * DAY);
		who[n] = i;
		when[n] = businessMoment(rng, from + rng.float() * Math.max(DAY, until - from), nowMs);
	}
	const order = new Uint32Array(count);
	for (let n = 0; n < count; n++) order[n] = n;
	order.sort((a, b) => when[a]! - when[b]! || a - b);
	let rows: Row[] = [];
	for (const n of order) {
		const c = customers[who[n]!]!;
		const occurred = when[n]!;
		const type = rng.weighted(TYPES);
		const direction = rng.weighted(DIRECTIONS[type]!);
		const system = type === 'system';
		const team = s.teamReps[c.region]!;
		let rep: string | null = null;
		if (!system) rep = rng.chance(0.85) ? c.owner.id : team[rng.int(0, team.length - 1)]!.id;
		const subject = rng.pick(SUBJECTS[type]!).replace('{g}', rng.pick(s.topGroups)).replace('{n}', String(rng.int(10_000, 99_999)));
		const talk = type === 'call' || type === 'meeting' || type === 'visit';
		rows.push({
			id: rng.uuid(),
			type,
			direction,
			occurred_at: iso(occurred),
			customer: c.id,
			contact: system || rng.chance(0.15) ? null : c.contacts[rng.int(0, c.contacts.length - 1)]!,
			rep,
			subject,
			outcome: talk && rng.chance(0.35) ? rng.pick(OUTCOMES) : null,
			next_step_date: talk && direction === 'outbound' && rng.chance(0.2) ? ymd(occurred + rng.int(2, 21) * DAY) : null,
			related_collection: null,
			related_key: null,
			date_created: iso(Math.min(nowMs, occurred + rng.int(0, 90) * 60_000)),
		});
		if (rows.length === batch) {
			yield rows;
			rows = [];
		}
	}
	if (rows.length) yield rows;
}

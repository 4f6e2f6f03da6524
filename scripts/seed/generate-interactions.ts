// Two years of interactions: calls, e-mails, meetings, visits, letters, chats, portal and system entries,
// more with busy customers, in office hours, with subjects and outcomes that fit, and follow-up dates.
import type { InteractionRow, ProductRow, SalesRepRow, Uuid } from './demo-rows.ts';
import type { DemoContext } from './demo-context.ts';
import { PRODUCT_TREE } from './demo-catalogue.ts';
import { DIRECTIONS, OUTCOME_SHARE, SYSTEM_SUBJECTS, type Topic, TOPICS } from './demo-interaction-texts.ts';
import { at, clip, formatMinor, MONTHS } from './demo-text.ts';
import { TEAMS } from './demo-world.ts';
import type { CustomerInfo } from './generate-customers.ts';
import { DAY, iso, MINUTE, ymd } from './moments.ts';

interface Talk {
	products: string[];
	topGroups: string[];
	teamReps: SalesRepRow[][];
	pickCustomer: () => CustomerInfo;
}

/** Customers weighted by how active they are (binary search over the running total). */
function customerPicker(ctx: DemoContext, customers: readonly CustomerInfo[]): () => CustomerInfo {
	const cumulative: number[] = [];
	let totalWeight = 0;
	for (const c of customers) cumulative.push((totalWeight += c.weight));
	return () => {
		const r = ctx.rng.float() * totalWeight;
		let lo = 0;
		let hi = cumulative.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (at(cumulative, mid) > r) hi = mid;
			else lo = mid + 1;
		}
		return at(customers, lo);
	};
}

/** The subject (its placeholders filled) and, now and then, an outcome that fits it. */
function subjectAndOutcome(ctx: DemoContext, talk: Talk, c: CustomerInfo, type: string, direction: string, occurredMs: number): { subject: string; outcome: string | null } {
	const { rng } = ctx;
	const year = new Date(occurredMs).getUTCFullYear();
	const vars: Record<string, string> = {
		quote: `Q-${year}-${rng.digits(4)}`,
		order: `SO-${rng.digits(6)}`,
		invoice: `INV-${year}-${rng.digits(5)}`,
		product: rng.pick(talk.products),
		group: rng.pick(talk.topGroups),
		city: c.row.city ?? 'town',
		year: String(year + (rng.chance(0.5) ? 1 : 0)),
		credit: formatMinor(c.row.credit_limit, c.row.currency),
		days: String(c.row.payment_terms_days),
		category: c.row.category ?? 'none',
		month: at(MONTHS, new Date(occurredMs).getUTCMonth()),
	};
	let template: string;
	let topic: Topic | null = null;
	if (type === 'system') {
		const specific = SYSTEM_SUBJECTS[c.row.status];
		template = rng.pick(specific && rng.chance(0.35) ? specific : SYSTEM_SUBJECTS['any']!);
	} else {
		topic = rng.pick(TOPICS[`${type}:${direction}`]!);
		template = topic[0];
	}
	const subject = clip(template.replace(/\{(\w+)\}/g, (_m, k: string) => vars[k] ?? k), 255);
	const outcomes = topic?.[1] ?? [];
	return { subject, outcome: outcomes.length > 0 && rng.chance(OUTCOME_SHARE[type] ?? 0) ? rng.pick(outcomes) : null };
}

/** Mostly the customer's owner, sometimes a colleague of the team; nobody for system and portal entries. */
function repOf(ctx: DemoContext, talk: Talk, c: CustomerInfo, type: string): Uuid | null {
	if (type === 'system' || type === 'portal') return null;
	const r = ctx.rng.float();
	if (r < 0.85) return c.row.owner;
	if (r < 0.97) return ctx.rng.pick(at(talk.teamReps, c.teamIndex)).id;
	return null;
}

/** A follow-up on a weekday 2–21 days later, after three in ten calls, meetings, visits and sent e-mails. */
function nextStepOf(ctx: DemoContext, type: string, direction: string, occurredMs: number): string | null {
	const followUp = (type === 'call' || type === 'meeting' || type === 'visit' || (type === 'email' && direction === 'outbound')) && ctx.rng.chance(0.3);
	if (!followUp) return null;
	let d = Math.floor(occurredMs / DAY) + ctx.rng.int(2, 21);
	const dow = new Date(d * DAY).getUTCDay();
	if (dow === 6) d += 2;
	else if (dow === 0) d += 1;
	return ymd(d * DAY);
}

function generateInteraction(ctx: DemoContext, talk: Talk): InteractionRow {
	const { rng, nowMs } = ctx;
	const c = talk.pickCustomer();
	const person = c.row.kind === 'person';
	const type = rng.weighted([['call', 27], ['email', 25], ['meeting', person ? 3 : 13], ['visit', person ? 1 : 7], ['letter', 3], ['chat', 6], ['portal', 5], ['system', 14]] as const);
	const direction = rng.weighted(DIRECTIONS[type]!);
	const windowStart = Math.max(c.createdMs, nowMs - 730 * DAY);
	// Lost customers fall silent; only system entries may still follow.
	const windowEnd = type === 'system' ? nowMs : c.activeUntilMs;
	const occurredMs = type === 'system' || type === 'portal' ? ctx.anyMoment(windowStart, windowEnd) : ctx.businessMoment(windowStart, windowEnd, c.country.utcOffset, type !== 'chat');
	const { subject, outcome } = subjectAndOutcome(ctx, talk, c, type, direction, occurredMs);
	const activeContacts = c.contacts.filter((x) => x.active);
	const contactPool = activeContacts.length > 0 ? activeContacts : c.contacts;
	const contact = type === 'system' || contactPool.length === 0 || rng.chance(0.12) ? null : rng.pick(contactPool);
	const rep = repOf(ctx, talk, c, type);
	const nextStep = nextStepOf(ctx, type, direction, occurredMs);
	const loggedMs = type === 'system' ? occurredMs : Math.min(nowMs, occurredMs + rng.int(0, 90) * MINUTE);
	return {
		id: rng.uuid(),
		type,
		direction,
		occurred_at: iso(occurredMs),
		customer: c.row.id,
		contact: contact?.id ?? null,
		rep,
		subject,
		outcome,
		next_step_date: nextStep,
		related_collection: null,
		related_key: null,
		date_created: iso(loggedMs),
		date_updated: null,
		user_created: null,
	};
}

export function generateInteractions(ctx: DemoContext, count: number, customers: readonly CustomerInfo[], products: readonly ProductRow[], reps: { reps: readonly SalesRepRow[]; repTeam: readonly number[] }): InteractionRow[] {
	const talk: Talk = {
		products: products.map((p) => p.name),
		topGroups: PRODUCT_TREE.filter((g) => g.code !== 'SERV').map((g) => g.name.toLowerCase()),
		teamReps: TEAMS.map((_, t) => reps.reps.filter((_r, i) => reps.repTeam[i] === t)),
		pickCustomer: customerPicker(ctx, customers),
	};
	const interactions = Array.from({ length: count }, () => generateInteraction(ctx, talk));
	// Chronological rows read naturally in a table without a sort and keep B-tree inserts mostly appending.
	return interactions.sort((a, b) => Date.parse(a.occurred_at) - Date.parse(b.occurred_at));
}

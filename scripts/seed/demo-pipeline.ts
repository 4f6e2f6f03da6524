import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { type OpportunityFacts, type OpportunityWritePlan, type PipelineStage, planOpportunityWrite } from '../../packages/crm-core/src/index.ts';
import { toDay } from '../../packages/crm-directus/src/load-pricing-context.ts';
import { dayForDriver } from '../../packages/crm-directus/src/ledger-rows.ts';
import { toPipelineStage } from '../../packages/crm-directus/src/pipeline/pipeline-rows.ts';
import { ACCESS_MODEL } from '../access/define-access.ts';
import { createRng, type Rng } from './random.ts';

type Row = Record<string, unknown>;
const DAY_MS = 86_400_000;
const MAX_OPPORTUNITIES = 80;
const NEXT_STEPS = ['Site visit with the plant manager', 'Send the revised proposal', 'Demo for the buying team', 'Call about budget approval', 'Agree delivery terms'];
const TASKS = ['Send references from a similar site', 'Check the delivery window with logistics', 'Get the technical sign-off', 'Prepare the price breakdown'];
const DEAL_NAMES = ['Fleet renewal', 'Spare parts framework', 'Line extension', 'Service upgrade', 'Second site roll-out', 'Annual supply contract'];

/** One demo deal as it went: the stages it passed through, then where it stands (open, won through an order, or lost). */
interface DealStory {
	customer: Row;
	path: PipelineStage[];
	fate: 'open' | 'won' | 'lost';
	order: Row | null;
	startedAt: number;
}

/**
 * The demo's pipeline (S6.8): the stages and lost reasons a project starts with, and deals of the demo's
 * customers moved through them by the same use case as a rep's moves, so their history, probabilities,
 * summaries and timeline entries are what the CRM would have written. A won deal is won by one of its
 * customer's confirmed orders, which links back.
 */
export async function seedDemoPipeline(trx: Knex, now: Date): Promise<void> {
	if (await trx('crm_pipeline_stages').first('id')) return;
	const starting = ACCESS_MODEL.startingRows!;
	const stageRows = starting['crm_pipeline_stages']!.map((r) => ({ id: randomUUID(), active: true, ...r }));
	const reasons = starting['crm_lost_reasons']!.map((r) => ({ id: randomUUID(), active: true, ...r }));
	await trx('crm_pipeline_stages').insert(stageRows);
	await trx('crm_lost_reasons').insert(reasons);
	const stages = stageRows.map(toPipelineStage);
	const customers = (await trx('crm_customers').select('id', 'owner', 'currency').whereNotNull('owner').whereIn('status', ['active', 'key']).orderBy('id').limit(MAX_OPPORTUNITIES)) as Row[];
	const orders = (await trx('crm_orders').select('id', 'customer', 'currency', 'net_total', 'confirmed_at').whereNotNull('confirmed_at').whereNull('opportunity').orderBy('id')) as Row[];
	const rng = createRng(1608);
	const stories = customers.map((c) => tellStory(rng, c, stages, orders, now.getTime()));
	const written = stories.map((s) => writeStory(rng, s, stages, reasons, now.getTime()));
	await insertChunked(trx, 'crm_opportunities', written.map((w) => w.opportunity));
	await insertChunked(trx, 'crm_opportunity_stage_history', written.flatMap((w) => w.history));
	await insertChunked(trx, 'crm_interactions', written.flatMap((w) => w.timeline));
	await insertChunked(trx, 'crm_opportunity_tasks', written.flatMap((w) => tasksOf(rng, w.opportunity, now.getTime())));
	for (const w of written) if (w.opportunity['order']) await trx('crm_orders').where('id', w.opportunity['order'] as string).update({ opportunity: w.opportunity['id'] });
}

function tellStory(rng: Rng, customer: Row, stages: PipelineStage[], orders: Row[], now: number): DealStory {
	const open = stages.filter((s) => s.outcome === 'open').sort((a, b) => a.sort - b.sort);
	const orderIndex = orders.findIndex((o) => o['customer'] === customer['id']);
	const fate = rng.weighted<DealStory['fate']>([['open', 6], ['won', orderIndex >= 0 ? 2 : 0], ['lost', 2]]);
	const order = fate === 'won' ? orders.splice(orderIndex, 1)[0]! : null;
	const depth = rng.int(1, open.length);
	const closing = fate === 'open' ? [] : [stages.find((s) => s.outcome === fate)!];
	return { customer, path: [...open.slice(0, depth), ...closing], fate, order, startedAt: now - rng.int(20, 150) * DAY_MS };
}

function writeStory(rng: Rng, story: DealStory, stages: PipelineStage[], reasons: Row[], now: number): { opportunity: Row; history: Row[]; timeline: Row[] } {
	const id = randomUUID();
	const step = (now - DAY_MS - story.startedAt) / story.path.length;
	let facts: OpportunityFacts = {
		id,
		name: `${rng.pick(DEAL_NAMES)} ${new Date(now).getUTCFullYear() + 1}`,
		customerId: String(story.customer['id']),
		amount: story.order ? Number(story.order['net_total']) : rng.int(4, 60) * 50_000,
		currency: String(story.order?.['currency'] ?? story.customer['currency'] ?? 'EUR'),
		expectedClose: new Date(story.fate === 'open' ? now + rng.int(5, 120) * DAY_MS : now - DAY_MS).toISOString().slice(0, 10),
		stageId: null,
		status: 'open',
		stageEnteredAt: null,
		nextStep: rng.pick(NEXT_STEPS),
		nextStepDue: new Date(now + rng.int(1, 14) * DAY_MS).toISOString().slice(0, 10),
		lostReasonId: story.fate === 'lost' ? String(rng.pick(reasons)['id']) : null,
		quoteId: null,
		orderId: story.order ? String(story.order['id']) : null,
	};
	const history: Row[] = [];
	const timeline: Row[] = [];
	let last: OpportunityWritePlan | null = null;
	story.path.forEach((stage, i) => {
		const at = new Date(Math.round(story.startedAt + i * step)).toISOString();
		const plan = planOpportunityWrite({ before: i === 0 ? null : facts, after: { ...facts, stageId: stage.id }, stages, now: at, by: stage.outcome === 'won' ? 'order' : 'person' });
		const open = history.at(-1);
		if (open) open['left_at'] = new Date(at);
		history.push({ id: randomUUID(), opportunity: id, stage: plan.stageId, from_stage: plan.history!.fromStageId, entered_at: new Date(at), left_at: null, moved_by: null });
		timeline.push({ id: randomUUID(), type: 'system', direction: 'internal', occurred_at: new Date(at), customer: facts.customerId, contact: null, subject: plan.timeline!.subject, related_collection: 'crm_opportunities', related_key: id, date_created: new Date(at), user_created: null });
		facts = { ...facts, stageId: plan.stageId, status: plan.derived.status, stageEnteredAt: plan.derived.stage_entered_at };
		last = plan;
	});
	const d = (last as OpportunityWritePlan | null)!.derived;
	const opportunity = {
		id,
		name: facts.name,
		customer: facts.customerId,
		owner: story.customer['owner'],
		amount: facts.amount,
		currency: facts.currency,
		expected_close: facts.expectedClose,
		stage: facts.stageId,
		next_step: story.fate === 'open' ? facts.nextStep : null,
		next_step_due: story.fate === 'open' ? facts.nextStepDue : null,
		lost_reason: facts.lostReasonId,
		order: facts.orderId,
		...d,
		stage_entered_at: new Date(d.stage_entered_at),
		closed_at: d.closed_at ? new Date(d.closed_at) : null,
		date_created: new Date(story.startedAt),
	};
	return { opportunity, history, timeline };
}

/** Pre-contract tasks of an open deal: one or two, some done. */
function tasksOf(rng: Rng, opportunity: Row, now: number): Row[] {
	if (opportunity['status'] !== 'open') return [];
	return Array.from({ length: rng.int(1, 2) }, () => ({ id: randomUUID(), opportunity: opportunity['id'], title: rng.pick(TASKS), due_date: new Date(now + rng.int(-5, 20) * DAY_MS).toISOString().slice(0, 10), assignee: opportunity['owner'], done: rng.chance(0.3), notes: null, date_created: new Date(now - DAY_MS), date_updated: null, user_created: null }));
}

async function insertChunked(trx: Knex, table: string, rows: Row[]): Promise<void> {
	const prepared = rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' && /^(expected_close|next_step_due|due_date)$/.test(k) ? dayForDriver(trx, toDay(v)!) : v])));
	for (let i = 0; i < prepared.length; i += 100) await trx(table).insert(prepared.slice(i, i + 100));
}

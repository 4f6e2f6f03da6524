import type { OpportunityFacts, PipelineStage } from '../../../packages/crm-core/src/index.ts';

const stage = (id: string, sort: number, probabilityBp: number, forecastCategory: PipelineStage['forecastCategory'], outcome: PipelineStage['outcome'] = 'open', over: Partial<PipelineStage> = {}): PipelineStage => ({ id, name: id[0]!.toUpperCase() + id.slice(1), sort, probabilityBp, forecastCategory, outcome, requiresNextStep: false, active: true, ...over });

/** A pipeline as the demo seeds it, plus an inactive stage. */
export const STAGES: PipelineStage[] = [
	stage('qualify', 10, 1000, 'pipeline'),
	stage('develop', 20, 3000, 'pipeline', 'open', { requiresNextStep: true }),
	stage('propose', 30, 6000, 'best_case', 'open', { requiresNextStep: true }),
	stage('negotiate', 40, 8000, 'commit'),
	stage('won', 90, 10_000, 'closed', 'won'),
	stage('lost', 95, 0, 'omitted', 'lost'),
	stage('retired', 50, 5000, 'pipeline', 'open', { active: false }),
];

export const opportunity = (over: Partial<OpportunityFacts> = {}): OpportunityFacts => ({
	id: 'o1',
	name: 'Fleet renewal',
	customerId: 'c1',
	amount: 1_200_000,
	currency: 'EUR',
	expectedClose: '2026-12-20',
	stageId: 'qualify',
	status: 'open',
	stageEnteredAt: '2026-11-01T09:00:00.000Z',
	nextStep: null,
	nextStepDue: null,
	lostReasonId: null,
	quoteId: null,
	orderId: null,
	...over,
});

export const NOW = '2026-12-04T10:00:00.000Z';

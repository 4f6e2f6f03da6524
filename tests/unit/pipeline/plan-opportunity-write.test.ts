import { describe, expect, test } from 'vitest';
import { type OpportunityFacts, planOpportunityWrite } from '../../../packages/crm-core/src/index.ts';
import { domainFailure } from '../domain-failure.ts';
import { NOW, opportunity, STAGES } from './pipeline-fixtures.ts';

const NEXT = { nextStep: 'Demo on site', nextStepDue: '2026-12-10' };

describe('planOpportunityWrite: the CRM derives what the stage says', () => {
	test('a new opportunity without a stage starts in the first active open stage, at its probability and category', () => {
		const plan = planOpportunityWrite({ before: null, after: opportunity({ stageId: null }), stages: STAGES, now: NOW, by: 'person' });
		expect(plan).toEqual({
			stageId: 'qualify',
			derived: { status: 'open', probability_bp: 1000, forecast_category: 'pipeline', stage_entered_at: NOW, closed_at: null, summary: '12,000.00 EUR · 10 %' },
			history: { fromStageId: null, toStageId: 'qualify', at: NOW },
			clear: [],
			timeline: { customerId: 'c1', subject: 'Opportunity "Fleet renewal" opened in Qualify (12,000.00 EUR · 10 % · closes 2026-12-20)' },
		});
	});

	test('a move records when the stage was entered and opens a history row from the old stage', () => {
		const plan = planOpportunityWrite({ before: opportunity(), after: opportunity({ stageId: 'negotiate' }), stages: STAGES, now: NOW, by: 'person' });
		expect(plan.derived).toMatchObject({ probability_bp: 8000, forecast_category: 'commit', stage_entered_at: NOW });
		expect(plan.history).toEqual({ fromStageId: 'qualify', toStageId: 'negotiate', at: NOW });
		expect(plan.timeline?.subject).toBe('Opportunity "Fleet renewal": Qualify → Negotiate (12,000.00 EUR · 80 % · closes 2026-12-20)');
	});

	test('an edit that keeps the stage keeps when it was entered and writes no history', () => {
		const before = opportunity();
		const plan = planOpportunityWrite({ before, after: { ...before, amount: 900_000 }, stages: STAGES, now: NOW, by: 'person' });
		expect(plan.derived.stage_entered_at).toBe(before.stageEnteredAt);
		expect(plan.derived.summary).toBe('9,000.00 EUR · 10 %');
		expect(plan.history).toBeNull();
		expect(plan.timeline).toBeNull();
	});

	test('losing closes the opportunity at 0 %, omitted from the forecast', () => {
		const plan = planOpportunityWrite({ before: opportunity(), after: opportunity({ stageId: 'lost', lostReasonId: 'price' }), stages: STAGES, now: NOW, by: 'person' });
		expect(plan.derived).toEqual({ status: 'lost', probability_bp: 0, forecast_category: 'omitted', stage_entered_at: NOW, closed_at: NOW, summary: '12,000.00 EUR · lost' });
		expect(plan.timeline?.subject).toBe('Opportunity "Fleet renewal" lost: Qualify → Lost (12,000.00 EUR · lost)');
	});

	test('reopening a lost opportunity empties its lost reason and its closing time', () => {
		const before = opportunity({ stageId: 'lost', status: 'lost', lostReasonId: 'price' });
		const plan = planOpportunityWrite({ before, after: { ...before, stageId: 'negotiate' }, stages: STAGES, now: NOW, by: 'person' });
		expect(plan.derived).toMatchObject({ status: 'open', closed_at: null });
		expect(plan.clear).toEqual(['lost_reason', 'lost_note']);
		expect(plan.timeline?.subject).toBe('Opportunity "Fleet renewal" reopened: Lost → Negotiate (12,000.00 EUR · 80 % · closes 2026-12-20)');
	});

	test('the confirmed order wins it: 100 %, closed', () => {
		const plan = planOpportunityWrite({ before: opportunity({ stageId: 'negotiate' }), after: opportunity({ stageId: 'won' }), stages: STAGES, now: NOW, by: 'order' });
		expect(plan.derived).toMatchObject({ status: 'won', probability_bp: 10_000, forecast_category: 'closed', closed_at: NOW, summary: '12,000.00 EUR · won' });
		expect(plan.timeline?.subject).toBe('Opportunity "Fleet renewal" won: Negotiate → Won (12,000.00 EUR · won)');
	});
});

describe('planOpportunityWrite refuses what the pipeline does not allow', () => {
	test.each<[string, OpportunityFacts | null, Partial<OpportunityFacts>, [string, unknown]]>([
		['winning by hand', opportunity(), { stageId: 'won' }, ['CRM_STAGE_NOT_ALLOWED', 'stage']],
		['a new opportunity born lost', null, { stageId: 'lost', lostReasonId: 'price' }, ['CRM_STAGE_NOT_ALLOWED', 'stage']],
		['an inactive stage', opportunity(), { stageId: 'retired' }, ['CRM_STAGE_NOT_ALLOWED', 'stage']],
		['a stage that does not exist', opportunity(), { stageId: 'nowhere' }, ['CRM_REFERENCE_NOT_FOUND', 'stage']],
		['a stage that needs a next step, without one', opportunity(), { stageId: 'develop' }, ['CRM_NEXT_STEP_REQUIRED', 'next_step']],
		['a next step without its day', opportunity(), { stageId: 'develop', nextStep: 'Call back' }, ['CRM_NEXT_STEP_REQUIRED', 'next_step_due']],
		['emptying the next step where the stage needs one', opportunity({ stageId: 'develop', ...NEXT }), { nextStep: '  ' }, ['CRM_NEXT_STEP_REQUIRED', 'next_step']],
		['losing without a reason', opportunity(), { stageId: 'lost' }, ['CRM_LOST_REASON_REQUIRED', 'lost_reason']],
		['moving a won opportunity', opportunity({ stageId: 'won', status: 'won' }), { stageId: 'negotiate' }, ['CRM_OPPORTUNITY_CLOSED', 'stage']],
		['changing the amount of a won opportunity', opportunity({ stageId: 'won', status: 'won' }), { amount: 1 }, ['CRM_OPPORTUNITY_CLOSED', 'amount']],
		['changing the customer of a won opportunity', opportunity({ stageId: 'won', status: 'won' }), { customerId: 'c2' }, ['CRM_OPPORTUNITY_CLOSED', 'customer']],
	])('%s', (_, before, change, failure) => {
		const after = { ...(before ?? opportunity()), ...change };
		expect(domainFailure(() => planOpportunityWrite({ before, after, stages: STAGES, now: NOW, by: 'person' }))).toEqual(failure);
	});

	test('a stage that needs a next step takes one with its day', () => {
		expect(domainFailure(() => planOpportunityWrite({ before: opportunity(), after: opportunity({ stageId: 'develop', ...NEXT }), stages: STAGES, now: NOW, by: 'person' }))).toBeNull();
	});

	test('a won opportunity still takes a new next step or notes', () => {
		const before = opportunity({ stageId: 'won', status: 'won', stageEnteredAt: '2026-12-01T08:00:00.000Z' });
		const plan = planOpportunityWrite({ before, after: { ...before, nextStep: 'Kick-off' }, stages: STAGES, now: NOW, by: 'person' });
		expect(plan.derived.closed_at).toBe('2026-12-01T08:00:00.000Z');
	});
});

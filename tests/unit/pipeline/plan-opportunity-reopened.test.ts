import { describe, expect, test } from 'vitest';
import { planOpportunityReopened } from '../../../packages/crm-core/src/index.ts';
import { NOW, opportunity, STAGES } from './pipeline-fixtures.ts';

const won = opportunity({ stageId: 'won', status: 'won', orderId: 'ord1', quoteId: 'q1' });
const order = { id: 'ord1', number: 'SO-2026-000042' };

describe('planOpportunityReopened: cancelling the order that won a deal', () => {
	test('returns the deal to the stage it was won from, open, unlinked from the order, and says why on the timeline', () => {
		expect(planOpportunityReopened({ opportunity: won, stages: STAGES, order, stageBeforeWon: 'negotiate', now: NOW })).toEqual({
			stageId: 'negotiate',
			derived: { status: 'open', probability_bp: 8000, forecast_category: 'commit', stage_entered_at: NOW, closed_at: null, summary: '12,000.00 EUR · 80 %' },
			history: { fromStageId: 'won', toStageId: 'negotiate', at: NOW },
			clear: ['order'],
			timeline: { customerId: 'c1', subject: 'Opportunity "Fleet renewal" reopened: Won → Negotiate (order SO-2026-000042 was cancelled)' },
		});
	});

	test.each([
		['no history says where it came from', null, 'negotiate'],
		['it came from a stage no longer used', 'retired', 'negotiate'],
		['it came from the lost stage', 'lost', 'negotiate'],
		['it came from an early stage that asks for a next step it no longer has', 'develop', 'develop'],
	])('goes to the last active open stage when %s (or back where it was)', (_case, before, expected) => {
		expect(planOpportunityReopened({ opportunity: won, stages: STAGES, order, stageBeforeWon: before, now: NOW })?.stageId).toBe(expected);
	});

	test.each([
		['the deal is open', opportunity({ orderId: 'ord1' })],
		['the deal is lost', opportunity({ stageId: 'lost', status: 'lost', orderId: 'ord1' })],
		['another order won it', { ...won, orderId: 'ord2' }],
	])('changes nothing when %s', (_case, o) => {
		expect(planOpportunityReopened({ opportunity: o, stages: STAGES, order, stageBeforeWon: 'negotiate', now: NOW })).toBeNull();
	});

	test('names the order by its key when it has no number, and leaves the timeline out without a customer', () => {
		const plan = planOpportunityReopened({ opportunity: { ...won, customerId: null }, stages: STAGES, order: { id: 'ord1', number: null }, stageBeforeWon: 'propose', now: NOW });
		expect([plan?.stageId, plan?.timeline]).toEqual(['propose', null]);
		expect(planOpportunityReopened({ opportunity: won, stages: STAGES, order: { id: 'ord1', number: null }, stageBeforeWon: 'propose', now: NOW })?.timeline?.subject).toBe('Opportunity "Fleet renewal" reopened: Won → Propose (order ord1 was cancelled)');
	});
});

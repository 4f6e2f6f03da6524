import { describe, expect, test } from 'vitest';
import { planOpportunityWon, planQuoteFromOpportunity, stageDurations } from '../../../packages/crm-core/src/index.ts';
import { domainFailure } from '../domain-failure.ts';
import { NOW, opportunity, STAGES } from './pipeline-fixtures.ts';

const forQuote = (over = {}) => ({ ...opportunity(over), contactId: 'p1', ownerId: 'r1' });

describe('planQuoteFromOpportunity: a proposal from an open opportunity', () => {
	test('carries the customer, contact, owner and currency, and links back', () => {
		expect(planQuoteFromOpportunity(forQuote(), [], '2026-12-04')).toEqual({ customer: 'c1', contact: 'p1', owner: 'r1', currency: 'EUR', issue_date: '2026-12-04', opportunity: 'o1', notes: 'From the opportunity "Fleet renewal".' });
	});

	test('follows a rejected or expired proposal', () => {
		expect(planQuoteFromOpportunity(forQuote(), [{ id: 'q1', number: 'QT-1', status: 'rejected' }, { id: 'q2', number: 'QT-2', status: 'expired' }], '2026-12-04').opportunity).toBe('o1');
	});

	test.each<[string, ReturnType<typeof forQuote>, { id: string; number: string; status: string }[], [string, unknown]]>([
		['a standing draft', forQuote(), [{ id: 'q1', number: 'QT-1', status: 'draft' }], ['CRM_OPPORTUNITY_HAS_QUOTE', undefined]],
		['a sent proposal', forQuote(), [{ id: 'q1', number: 'QT-1', status: 'sent' }], ['CRM_OPPORTUNITY_HAS_QUOTE', undefined]],
		['a won opportunity', forQuote({ status: 'won' }), [], ['CRM_OPPORTUNITY_CLOSED', 'status']],
		['a lost opportunity', forQuote({ status: 'lost' }), [], ['CRM_OPPORTUNITY_CLOSED', 'status']],
		['no currency', forQuote({ currency: null }), [], ['CRM_REQUIRED_FIELD', 'currency']],
	])('is refused for %s', (_, o, quotes, failure) => {
		expect(domainFailure(() => planQuoteFromOpportunity(o, quotes, '2026-12-04'))).toEqual(failure);
	});
});

describe('planOpportunityWon: the confirmed order wins the opportunity', () => {
	test('moves an open opportunity to the won stage and links the order', () => {
		const plan = planOpportunityWon({ opportunity: opportunity({ stageId: 'negotiate' }), stages: STAGES, orderId: 'so1', now: NOW });
		expect(plan).toMatchObject({ stageId: 'won', orderId: 'so1', derived: { status: 'won', probability_bp: 10_000, closed_at: NOW }, history: { fromStageId: 'negotiate', toStageId: 'won' } });
	});

	test('wins a lost opportunity too: the customer came back', () => {
		expect(planOpportunityWon({ opportunity: opportunity({ stageId: 'lost', status: 'lost', lostReasonId: 'price' }), stages: STAGES, orderId: 'so1', now: NOW })?.derived.status).toBe('won');
	});

	test('leaves a won opportunity as it is', () => {
		expect(planOpportunityWon({ opportunity: opportunity({ stageId: 'won', status: 'won' }), stages: STAGES, orderId: 'so2', now: NOW })).toBeNull();
	});

	test('needs a won stage', () => {
		expect(domainFailure(() => planOpportunityWon({ opportunity: opportunity(), stages: STAGES.filter((s) => s.outcome !== 'won'), orderId: 'so1', now: NOW }))).toEqual(['CRM_STAGE_INVALID', 'outcome']);
	});
});

describe('stageDurations: how long the opportunity spent in each stage', () => {
	test('adds up repeated visits and counts the current stage until now, in hundredths of a day', () => {
		const times = stageDurations(
			[
				{ stageId: 'qualify', stageName: 'Qualify', enteredAt: '2026-11-01T00:00:00.000Z', leftAt: '2026-11-03T12:00:00.000Z' },
				{ stageId: 'develop', stageName: 'Develop', enteredAt: '2026-11-03T12:00:00.000Z', leftAt: '2026-11-04T00:00:00.000Z' },
				{ stageId: 'qualify', stageName: 'Qualify', enteredAt: '2026-11-04T00:00:00.000Z', leftAt: '2026-11-05T00:00:00.000Z' },
				{ stageId: 'propose', stageName: 'Propose', enteredAt: '2026-11-05T00:00:00.000Z', leftAt: null },
			],
			'2026-11-06T06:00:00.000Z',
		);
		expect(times).toEqual([
			{ stageId: 'qualify', stageName: 'Qualify', visits: 2, centidays: 350, current: false },
			{ stageId: 'develop', stageName: 'Develop', visits: 1, centidays: 50, current: false },
			{ stageId: 'propose', stageName: 'Propose', visits: 1, centidays: 125, current: true },
		]);
	});
});
